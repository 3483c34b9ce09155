import { useTranslation } from 'react-i18next';
import type { Order } from '../../../shared/domain/orders';
import { ConfirmDialog } from '../common/ConfirmDialog';

/** Membatalkan pesanan: said plainly before it is done, with the way back named. */
export function ConfirmCancel({ order, onConfirm, onBack }: { order: Order; onConfirm(): void; onBack(): void }) {
  const { t } = useTranslation();
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
    </ConfirmDialog>
  );
}
