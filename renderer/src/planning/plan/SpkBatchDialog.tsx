import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../../shared/api/planning';
import type { SpkSelectionValues, SpkSheet } from '../../../../shared/api/production';
import { formatDateId } from '../../../../shared/dates';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { useNextNumber } from '../../platform/bulk/useNextNumber';
import { Dialog } from '../../platform/common/Dialog';
import { errorMessage, formatAmount, formatNumber } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import type { Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { lastOfRun } from '../../platform/forms/numberRange';

/** The Monday of an ISO day's week, `weeks` weeks on. */
export function mondayOf(iso: string, weeks = 0): string {
  const day = new Date(`${iso}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - back + weeks * 7);
  return day.toISOString().slice(0, 10);
}

interface SpkBatchDialogProps {
  selected: AssignmentRow;
  onClose(): void;
  onIssued(): Promise<void>;
  notify(notice: Notice): void;
}

type Scope = 'order' | 'week';

function figures(spks: readonly SpkSheet[]) {
  const toIssue = spks.filter((spk) => spk.spkNo === null);
  return {
    toIssue: toIssue.length,
    issued: spks.length - toIssue.length,
    units: new Set(spks.map((spk) => spk.unitCode)).size,
    pieces: spks.reduce((sum, spk) => sum + spk.qty, 0),
    wages: spks.reduce((sum, spk) => sum + spk.qty * spk.pieceRate, 0),
  };
}

/**
 * Issues and prints every SPK of an order or of a week at once: what will be numbered and at
 * which rates is shown first, then the SPKs are issued together and printed one a page.
 */
export function SpkBatchDialog({ selected, onClose, onIssued, notify }: SpkBatchDialogProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [scope, setScope] = useState<Scope>('order');
  const [weekStart, setWeekStart] = useState(() => mondayOf(selected.start));
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const selection: SpkSelectionValues = scope === 'order' ? { orderNo: selected.orderNo } : { weekStart };
  const listed = useCallData('spk:list', selection);
  const sums = listed.data ? figures(listed.data) : null;
  const fmt = (value: number) => formatNumber(value, locale);
  // The system numbers SPKs as it issues them: the numbers they will get are shown, not typed.
  const nextNo = useNextNumber('spk', true);

  async function issueAndPrint() {
    setIsBusy(true);
    setFailure(null);
    try {
      const result = await call('spk:issue', selection);
      const numbers = result.spks.flatMap((spk) => (spk.spkNo ? [spk.spkNo] : [])).sort();
      await onIssued();
      notify({ message: t('workshops.batch.issuedNotice', { count: result.issued, shown: fmt(result.issued), first: numbers[0] ?? '', last: numbers.at(-1) ?? '' }) });
      navigate(scope === 'order' ? { page: 'print', list: 'spk-order', orderNo: selected.orderNo } : { page: 'print', list: 'spk-week', weekStart });
    } catch (error) {
      setFailure(errorMessage(error));
      setIsBusy(false);
    }
  }

  const choice = (value: Scope, label: string) => (
    <label className="radio-line">
      <input type="radio" name="spk-batch-scope" checked={scope === value} onChange={() => setScope(value)} data-testid={`spk-batch-${value}`} />
      {label}
    </label>
  );
  return (
    <Dialog
      title={t('workshops.batch.title')}
      onClose={onClose}
      testId="spk-batch"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-testid="spk-batch-cancel">
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="button primary" disabled={isBusy || !sums || sums.toIssue + sums.issued === 0} onClick={() => void issueAndPrint()} data-testid="spk-batch-go">
            {sums && sums.toIssue > 0 ? t('workshops.batch.issueAndPrint', { count: sums.toIssue, shown: fmt(sums.toIssue) }) : t('workshops.batch.printOnly')}
          </button>
        </>
      }
    >
      <div className="dialog-text">
        {choice('order', t('workshops.batch.byOrder', { orderNo: selected.orderNo }))}
        {choice('week', t('workshops.batch.byWeek', { date: formatDateId(weekStart) }))}
        {scope === 'week' ? (
          <div className="toolbar-group">
            <button type="button" className="button" onClick={() => setWeekStart(mondayOf(weekStart, -1))} data-testid="spk-batch-week-back">
              ‹ {t('workshops.batch.weekBefore')}
            </button>
            <button type="button" className="button" onClick={() => setWeekStart(mondayOf(weekStart, 1))} data-testid="spk-batch-week-next">
              {t('workshops.batch.weekAfter')} ›
            </button>
          </div>
        ) : null}
      </div>
      {listed.error ? <div className="form-error">{listed.error}</div> : null}
      {failure ? <div className="form-error" data-testid="spk-batch-error">{failure}</div> : null}
      {sums ? (
        <p className="dialog-text" data-testid="spk-batch-summary">
          {t('workshops.batch.summary', {
            toIssue: fmt(sums.toIssue), issued: fmt(sums.issued), units: fmt(sums.units), pieces: fmt(sums.pieces), wages: formatAmount(sums.wages, 'IDR', locale),
          })}
        </p>
      ) : (
        <p className="dialog-text muted">{t('ui.common.loading')}</p>
      )}
      {sums && sums.toIssue > 0 && nextNo ? (
        <p className="dialog-text" data-testid="spk-batch-numbers">
          {t('forms.spkNumbers', { count: sums.toIssue, first: nextNo, last: lastOfRun(nextNo, sums.toIssue) })}
        </p>
      ) : null}
      <p className="dialog-text muted">{t('workshops.batch.explain')}</p>
    </Dialog>
  );
}
