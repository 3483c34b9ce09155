import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/orders';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';

/**
 * How far a saved order is made: per line the pieces QC accepted against those ordered (the test
 * of "Siap kirim"), and the manager's reason where it was called ready sooner.
 */
export function OrderProgress({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (order.status === 'draft' || order.status === 'cancelled') return null;
  const fmt = (value: number) => formatNumber(value, locale);
  return (
    <section className="order-progress" data-testid="order-progress">
      {order.readyReason ? (
        <div className="info-banner" data-testid="order-ready-reason-shown">{t('orders.form.forcedReady', { reason: order.readyReason })}</div>
      ) : null}
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('ui.order.product')}</th>
            <th className="num">{t('orders.form.accepted')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.lineNo} className={line.acceptedQty < line.qty ? 'muted' : undefined} data-testid={`order-accepted-${line.lineNo}`}>
              <td>{`${line.sku} — ${line.productName}`}</td>
              <td className="num">{t('orders.form.acceptedOf', { accepted: fmt(line.acceptedQty), ordered: fmt(line.qty) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
