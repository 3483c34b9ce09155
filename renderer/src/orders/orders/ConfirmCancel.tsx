import { useTranslation } from 'react-i18next';
import { OPEN_ASSIGNMENT_STATUSES } from '../../../../shared/api/planning';
import type { Order } from '../../../../shared/domain/orders';
import { useApp } from '../../platform/appContext';
import { ConfirmDialog } from '../../platform/common/ConfirmDialog';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';

const OPEN = new Set<string>(OPEN_ASSIGNMENT_STATUSES);

/** Membatalkan pesanan: said plainly before it is done, with the open SPKs that go with it and the way back named. */
export function ConfirmCancel({ order, onConfirm, onBack }: { order: Order; onConfirm(): void; onBack(): void }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const work = useCallData('plan:assignments', { orderNo: order.orderNo, open: true });
  const open = (work.data ?? []).filter((row) => OPEN.has(row.status));
  // Pieces still to be handed in: what closing these SPKs takes off the workshops.
  const qty = open.reduce((sum, row) => sum + Math.max(0, row.qty - row.deliveredQty), 0);
  return (
    <ConfirmDialog
      title={t('ui.orderForm.cancelTitle', { orderNo: order.orderNo })}
      testId="order-cancel-confirm"
      backLabel={t('ui.orderForm.cancelBack')}
      confirmLabel={t('ui.orderAction.cancelled')}
      onBack={onBack}
      onConfirm={onConfirm}
      backTestId="order-cancel-back"
      confirmTestId="order-cancel-yes"
    >
      <p className="dialog-text">{t('ui.orderForm.cancelText', { orderNo: order.orderNo, buyer: order.buyerName })}</p>
      {open.length > 0 ? (
        <p className="dialog-text" data-testid="order-cancel-work">
          {t('orders.cancelWork', {
            count: open.length,
            qty: formatNumber(qty, locale),
            list: open.map((row) => `${row.unitCode} ${formatNumber(Math.max(0, row.qty - row.deliveredQty), locale)} pcs`).join(', '),
          })}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
