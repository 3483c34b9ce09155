import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_TRANSITIONS, type Order, type OrderStatus } from '../../../shared/domain/orders';
import { call } from '../api/client';
import { errorMessage } from '../common/format';
import { ConfirmCancel } from './ConfirmCancel';

interface OrderStatusActionsProps {
  order: Order;
  onChanged(order: Order): void;
  onError(message: string): void;
}

/** The next steps the workflow allows from the order's status (ORDER_TRANSITIONS); cancelling asks first. */
export function OrderStatusActions({ order, onChanged, onError }: OrderStatusActionsProps) {
  const { t } = useTranslation();
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);

  async function move(status: OrderStatus) {
    setIsBusy(true);
    setIsConfirming(false);
    try {
      onChanged(await call('orders:setStatus', { id: order.id, status }));
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className="status-actions" data-testid="order-status-actions">
      <span className={`status-pill order-${order.status}`} data-testid="order-status">
        {t(`ui.orderStatus.${order.status}`)}
      </span>
      {ORDER_TRANSITIONS[order.status].map((next) => (
        <button
          key={next}
          type="button"
          className={`button${next === 'cancelled' ? ' danger' : ''}`}
          disabled={isBusy}
          data-testid={`order-to-${next}`}
          onClick={() => (next === 'cancelled' ? setIsConfirming(true) : void move(next))}
        >
          {t(`ui.orderAction.${next}`)}
        </button>
      ))}
      {isConfirming ? <ConfirmCancel order={order} onConfirm={() => void move('cancelled')} onBack={() => setIsConfirming(false)} /> : null}
    </div>
  );
}
