import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../../shared/api/planning';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { Dialog } from '../../platform/common/Dialog';
import { errorMessage, formatAmount, formatNumber } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import type { Notice } from '../../platform/common/UndoBar';
import { SpkBatchDialog } from './SpkBatchDialog';

interface SpkPrintActionsProps {
  selected: AssignmentRow | null;
  onChanged(): Promise<void>;
  notify(notice: Notice): void;
}

/**
 * Printing SPKs: a workshop's issued SPKs (an SPK only planned is issued first, after asking,
 * since a printed SPK always has its number and rate), or all of an order's or a week's at once.
 */
export function SpkPrintActions({ selected, onChanged, notify }: SpkPrintActionsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [isAsking, setIsAsking] = useState(false);
  const [isBatch, setIsBatch] = useState(false);
  const printWorkshop = (row: AssignmentRow) => navigate({ page: 'print', list: 'spk', unitCode: row.unitCode });

  async function issueThenPrint(row: AssignmentRow) {
    try {
      await call('assignments:setStatus', { id: row.id, status: 'issued' });
      await onChanged();
      printWorkshop(row);
    } catch (error) {
      setIsAsking(false);
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!selected || selected.status === 'cancelled' || selected.status === 'done'}
        onClick={() => selected && (selected.status === 'planned' ? setIsAsking(true) : printWorkshop(selected))}
        data-testid="assignment-print-spk"
      >
        {t('ui.assignment.printSpk')}
      </button>
      <button type="button" className="button" disabled={!selected} onClick={() => setIsBatch(true)} data-testid="assignment-batch">
        {t('workshops.batch.open')}
      </button>
      {isAsking && selected ? (
        <Dialog
          title={t('workshops.printOne.title')}
          onClose={() => setIsAsking(false)}
          testId="spk-print-issue"
          footer={
            <>
              <button type="button" className="button" onClick={() => setIsAsking(false)} data-testid="spk-print-issue-back">
                {t('workshops.printOne.back')}
              </button>
              <button type="button" className="button primary" onClick={() => void issueThenPrint(selected)} data-testid="spk-print-issue-yes">
                {t('workshops.printOne.confirm')}
              </button>
            </>
          }
        >
          <p className="dialog-text">
            {t('workshops.printOne.text', {
              orderNo: selected.orderNo, sku: selected.sku, qty: formatNumber(selected.qty, locale), unit: `${selected.unitCode} — ${selected.unitName}`,
              rate: formatAmount(selected.pieceRate, 'IDR', locale), basis: t(`workshops.rate.basis.${selected.rateBasis}`),
            })}
          </p>
        </Dialog>
      ) : null}
      {isBatch && selected ? <SpkBatchDialog selected={selected} onClose={() => setIsBatch(false)} onIssued={onChanged} notify={notify} /> : null}
    </>
  );
}
