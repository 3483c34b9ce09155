import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow, AssignmentStatus } from '../../../../shared/api/planning';
import { ASSIGNMENT_TRANSITIONS } from '../../../../shared/api/production';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { ConfirmDialog } from '../../platform/common/ConfirmDialog';
import { errorMessage, formatNumber } from '../../platform/common/format';
import type { Notice } from '../../platform/common/UndoBar';
import { DeliveryDialog } from './DeliveryDialog';

interface SpkWorkActionsProps {
  selected: AssignmentRow | null;
  today: string;
  onChanged(): Promise<void>;
  notify(notice: Notice): void;
}

function canMove(row: AssignmentRow | null, to: AssignmentStatus): row is AssignmentRow {
  return row !== null && ASSIGNMENT_TRANSITIONS[row.status].includes(to);
}

/** The SPK's working life: issue it to the workshop, record what comes back, or cancel it. */
export function SpkWorkActions({ selected, today, onChanged, notify }: SpkWorkActionsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [isDelivering, setIsDelivering] = useState(false);
  const [isCancelling, setIsCancelling] = useState(false);
  const canDeliver = selected !== null && selected.status !== 'done' && selected.status !== 'cancelled';

  async function move(row: AssignmentRow, status: 'issued' | 'cancelled') {
    setIsCancelling(false);
    try {
      await call('assignments:setStatus', { id: row.id, status });
      await onChanged();
      // The number the SPK just got, for the notice (the status call answers only the status).
      const [issued] = status === 'issued' ? await call('spk:list', { ids: [row.id] }) : [];
      notify({ message: t(status === 'issued' ? 'workshops.spk.issued' : 'workshops.spk.cancelled', { orderNo: row.orderNo, unit: row.unitCode, spkNo: issued?.spkNo ?? '' }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={!canMove(selected, 'issued')} onClick={() => canMove(selected, 'issued') && void move(selected, 'issued')} data-testid="assignment-issue">
        {t('workshops.spk.issue')}
      </button>
      <button type="button" className="button primary" disabled={!canDeliver} onClick={() => setIsDelivering(true)} data-testid="assignment-deliver">
        {t('workshops.spk.deliver')}
      </button>
      <button type="button" className="button" disabled={!canMove(selected, 'cancelled')} onClick={() => setIsCancelling(true)} data-testid="assignment-cancel">
        {t('workshops.spk.cancel')}
      </button>
      {isDelivering && selected ? (
        <DeliveryDialog
          spk={selected}
          today={today}
          onClose={() => setIsDelivering(false)}
          onSaved={(delivery) => {
            setIsDelivering(false);
            notify({
              message: t('workshops.delivery.saved', {
                accepted: formatNumber(delivery.accepted, locale), rejected: formatNumber(delivery.rejected, locale), orderNo: delivery.orderNo, unit: delivery.unitCode,
              }),
            });
            void onChanged();
          }}
        />
      ) : null}
      {isCancelling && selected ? (
        <ConfirmDialog
          title={t('workshops.spk.cancelTitle')}
          testId="assignment-cancel-confirm"
          backLabel={t('workshops.spk.cancelBack')}
          confirmLabel={t('workshops.spk.cancelConfirm')}
          onBack={() => setIsCancelling(false)}
          onConfirm={() => void move(selected, 'cancelled')}
          backTestId="assignment-cancel-back"
          confirmTestId="assignment-cancel-yes"
        >
          <p className="dialog-text">
            {t('workshops.spk.cancelText', { orderNo: selected.orderNo, sku: selected.sku, qty: formatNumber(selected.qty, locale), unit: `${selected.unitCode} — ${selected.unitName}` })}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
