import { useTranslation } from 'react-i18next';
import type { OrderEvent } from '../../../../shared/domain/orders';
import { useApp } from '../../platform/appContext';
import { formatNumber, localStamp } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { useReloadOn } from '../../platform/common/useReloadOn';

/** The order's history from the audit log: who changed it when, status steps with a manager's reasons. */
export function OrderHistory({ orderId, version }: { orderId: number; version: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  // `version` (the status) makes the list load again after every step.
  const events = useCallData('orders:history', { id: orderId });
  const { reload } = events;
  useReloadOn(version, reload);
  const fmt = (value: number) => formatNumber(value, locale);

  function words(event: OrderEvent): string {
    if (event.action === 'status' && event.from && event.to) {
      return t('orders.history.status', { from: t(`ui.orderStatus.${event.from}`), to: t(`ui.orderStatus.${event.to}`) });
    }
    return event.action === 'create' || event.action === 'update' || event.action === 'rate' ? t(`orders.history.${event.action}`) : event.action;
  }

  return (
    <details className="order-history" data-testid="order-history">
      <summary>{t('orders.history.title')}</summary>
      {events.data && events.data.length === 0 ? <p className="muted">{t('orders.history.empty')}</p> : null}
      <ul>
        {(events.data ?? []).map((event, index) => (
          <li key={`${event.at}-${index}`} data-testid="order-history-entry">
            <span className="muted">{`${localStamp(event.at)} · ${event.actor}`}</span> {words(event)}
            {event.reason ? <div data-testid="order-history-reason">{t('orders.history.reason', { reason: event.reason })}</div> : null}
            {event.short.length > 0 ? (
              <div className="muted">
                {t('orders.history.short', { missing: event.short.map((line) => `${line.sku} ${fmt(line.accepted)}/${fmt(line.ordered)}`).join(', ') })}
              </div>
            ) : null}
            {event.closedWork > 0 ? <div className="muted">{t('orders.history.closedWork', { count: event.closedWork })}</div> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
