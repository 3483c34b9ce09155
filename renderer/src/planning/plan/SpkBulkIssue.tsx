import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkResult } from '../../../../shared/api/bulk';
import type { AssignmentRow } from '../../../../shared/api/planning';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { BulkSummaryDialog } from '../../platform/bulk/BulkSummaryDialog';
import { errorMessage, formatNumber } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import type { Notice } from '../../platform/common/UndoBar';

interface SpkBulkIssueProps {
  /** The SPK rows ticked in the grid. */
  rows: readonly AssignmentRow[];
  onChanged(): Promise<void>;
  notify(notice: Notice): void;
}

/**
 * "Terbitkan" for every ticked SPK in one go: each is issued as its own button would, the
 * summary names those refused and why, and the issued ones among the ticked print one a page.
 */
export function SpkBulkIssue({ rows, onChanged, notify }: SpkBulkIssueProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ result: BulkResult; printable: number[] } | null>(null);

  async function issue() {
    setIsBusy(true);
    try {
      const ids = rows.map((row) => row.id);
      const result = await call('spk:issueMany', { ids });
      await onChanged();
      // What the print view will show: the ticked SPKs that carry a number now.
      const printable = (await call('spk:list', { ids })).flatMap((spk) => (spk.spkNo ? [spk.id] : []));
      setOutcome({ result, printable });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={isBusy || rows.length === 0} onClick={() => void issue()} data-testid="spk-bulk-issue" title={t('bulk.selectHint')}>
        {t('bulk.issueAndPrint', { shown: formatNumber(rows.length, locale) })}
      </button>
      {outcome ? (
        <BulkSummaryDialog
          result={outcome.result}
          onClose={() => setOutcome(null)}
          action={
            outcome.printable.length > 0 ? (
              <button type="button" className="button" onClick={() => navigate({ page: 'print', list: 'spk-ids', ids: outcome.printable })} data-testid="bulk-summary-print">
                {t('bulk.print')}
              </button>
            ) : (
              <span className="muted">{t('bulk.noneToPrint')}</span>
            )
          }
        />
      ) : null}
    </>
  );
}
