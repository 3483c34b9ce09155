import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkResult } from '../../../../shared/api/bulk';
import { useApp } from '../appContext';
import { Dialog } from '../common/Dialog';
import { errorMessage, formatNumber } from '../common/format';
import { SelectField } from '../common/SelectField';
import { BulkSummaryDialog } from './BulkSummaryDialog';

interface BulkStatusButtonProps<S extends string> {
  /** `orders`, `purchases`, `shipments`: names the button and dialog in tests. */
  area: string;
  /** The ids of the rows ticked in the grid. */
  ids: readonly number[];
  statuses: readonly S[];
  word(status: S): string;
  /** The area's bulk call (`orders:setStatusMany` …). */
  apply(ids: number[], status: S): Promise<BulkResult>;
  /** After the call: the list loads again. */
  onChanged(): void;
}

/**
 * "Change status of selected…": one status for every ticked row, each row checked by the same
 * rules as its own status buttons; one summary says what changed and why the others did not.
 */
export function BulkStatusButton<S extends string>({ area, ids, statuses, word, apply, onChanged }: BulkStatusButtonProps<S>) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [isChoosing, setIsChoosing] = useState(false);
  const [status, setStatus] = useState<S>(statuses[0]);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);

  async function run() {
    setIsBusy(true);
    setFailure(null);
    try {
      const answer = await apply([...ids], status);
      setIsChoosing(false);
      setResult(answer);
      onChanged();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={ids.length === 0} title={t('bulk.selectHint')} onClick={() => setIsChoosing(true)} data-testid={`${area}-bulk-status`}>
        {t('bulk.setStatus', { shown: formatNumber(ids.length, locale) })}
      </button>
      {isChoosing ? (
        <Dialog
          title={t('bulk.statusTitle', { count: formatNumber(ids.length, locale) })}
          onClose={() => setIsChoosing(false)}
          testId="bulk-status"
          footer={
            <>
              <button type="button" className="button" onClick={() => setIsChoosing(false)}>
                {t('ui.common.cancel')}
              </button>
              <button type="button" className="button primary" disabled={isBusy} onClick={() => void run()} data-testid="bulk-status-apply">
                {t('bulk.apply')}
              </button>
            </>
          }
        >
          <SelectField
            label={t('bulk.statusTo')}
            value={status}
            options={statuses.map((value) => ({ value, label: word(value) }))}
            onChange={(value) => setStatus(statuses.find((known) => known === value) ?? statuses[0])}
            testId="bulk-status-to"
          />
          <p className="dialog-text muted">{t('bulk.statusExplain')}</p>
          {failure ? <div className="form-error">{failure}</div> : null}
        </Dialog>
      ) : null}
      {result ? <BulkSummaryDialog result={result} onClose={() => setResult(null)} /> : null}
    </>
  );
}
