import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/api/production';
import { ConfirmDialog } from '../platform/common/ConfirmDialog';

/** Membatalkan PO: said plainly before it is done, with the way back named. */
export function ConfirmCancelPurchase({ po, onConfirm, onBack }: { po: PurchaseOrder; onConfirm(): void; onBack(): void }) {
  const { t } = useTranslation();
  const hasReceipts = po.lines.some((line) => line.receivedQty > 0);
  return (
    <ConfirmDialog
      title={t('purchasing.cancel.title', { poNo: po.poNo })}
      testId="po-cancel-confirm"
      backLabel={t('purchasing.cancel.back')}
      confirmLabel={t('purchasing.action.cancelled')}
      onBack={onBack}
      onConfirm={onConfirm}
      backTestId="po-cancel-back"
      confirmTestId="po-cancel-yes"
    >
      <p className="dialog-text">{t('purchasing.cancel.text', { poNo: po.poNo, supplier: po.supplier })}</p>
      {hasReceipts ? <p className="dialog-text">{t('purchasing.cancel.receiptsStay')}</p> : null}
    </ConfirmDialog>
  );
}
