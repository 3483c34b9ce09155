import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../../shared/api/production';
import { call } from '../platform/api/client';
import { errorMessage } from '../platform/common/format';
import { ConfirmCancelPurchase } from './ConfirmCancelPurchase';
import { statusLabel } from '../platform/common/statusLabel';

interface PurchaseStatusActionsProps {
  po: PurchaseOrder;
  /** Pesan: a draft is saved as typed, then ordered. */
  onOrder(): void;
  onReceive(): void;
  onPrint(): void;
  onChanged(po: PurchaseOrder): void;
  onError(message: string): void;
}

/** The steps a PO's status allows: order a draft, receive an ordered one, cancel either (asked first), print any. */
export function PurchaseStatusActions({ po, onOrder, onReceive, onPrint, onChanged, onError }: PurchaseStatusActionsProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);

  async function cancel() {
    setIsBusy(true);
    setIsConfirming(false);
    try {
      onChanged(await call('purchases:setStatus', { id: po.id, status: 'cancelled' }));
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setIsBusy(false);
    }
  }

  const isOpen = po.status === 'draft' || po.status === 'ordered';
  return (
    <div className="status-actions" data-testid="po-status-actions">
      <span className={`status-pill po-${po.status}`} data-testid="po-status">
        {statusLabel(t, 'purchase', po.status)}
      </span>
      {po.status === 'draft' ? (
        <button type="button" className="button" disabled={isBusy} data-testid="po-to-ordered" onClick={onOrder}>
          {t('purchasing.action.ordered')}
        </button>
      ) : null}
      {po.status === 'ordered' ? (
        <button type="button" className="button" disabled={isBusy} data-testid="po-receive" onClick={onReceive}>
          {t('purchasing.action.receive')}
        </button>
      ) : null}
      {isOpen ? (
        <button type="button" className="button danger" disabled={isBusy} data-testid="po-to-cancelled" onClick={() => setIsConfirming(true)}>
          {t('purchasing.action.cancelled')}
        </button>
      ) : null}
      <button type="button" className="button" data-testid="po-print" onClick={onPrint}>
        {t('purchasing.action.print')}
      </button>
      {isConfirming ? <ConfirmCancelPurchase po={po} onConfirm={() => void cancel()} onBack={() => setIsConfirming(false)} /> : null}
    </div>
  );
}
