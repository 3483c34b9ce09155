import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_TRANSITIONS, shortLinesOf, type Order, type OrderStatus, type OrderStatusChange } from '../../../../shared/domain/orders';
import { call } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import { ConfirmCancel } from './ConfirmCancel';
import { ReadyDialog } from './ReadyDialog';
import { statusLabel } from '../../platform/common/statusLabel';

interface OrderStatusActionsProps {
  order: Order;
  onChanged(change: OrderStatusChange): void;
  onError(message: string): void;
}

/**
 * The next steps the workflow allows from the order's status (ORDER_TRANSITIONS). Cancelling asks
 * first; "Siap kirim" before accepted deliveries cover the order says what is missing and asks a
 * manager for a written reason.
 */
export function OrderStatusActions({ order, onChanged, onError }: OrderStatusActionsProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  const [asking, setAsking] = useState<'cancel' | 'ready' | null>(null);
  const short = shortLinesOf(order.lines);

  async function move(status: OrderStatus, reason?: string) {
    setIsBusy(true);
    setAsking(null);
    try {
      onChanged(await call('orders:setStatus', { id: order.id, status, reason }));
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setIsBusy(false);
    }
  }

  function choose(next: OrderStatus) {
    if (next === 'cancelled') setAsking('cancel');
    else if (next === 'ready' && short.length > 0) setAsking('ready');
    else void move(next);
  }

  return (
    <div className="status-actions" data-testid="order-status-actions">
      <span className={`status-pill order-${order.status}`} data-testid="order-status">
        {statusLabel(t, 'order', order.status)}
      </span>
      {ORDER_TRANSITIONS[order.status].map((next) => (
        <button
          key={next}
          type="button"
          className={`button${next === 'cancelled' ? ' danger' : ''}`}
          disabled={isBusy}
          data-testid={`order-to-${next}`}
          onClick={() => choose(next)}
        >
          {t(`ui.orderAction.${next}`)}
        </button>
      ))}
      {asking === 'cancel' ? <ConfirmCancel order={order} onConfirm={() => void move('cancelled')} onBack={() => setAsking(null)} /> : null}
      {asking === 'ready' ? <ReadyDialog order={order} short={short} onForce={(reason) => void move('ready', reason)} onBack={() => setAsking(null)} /> : null}
    </div>
  );
}
