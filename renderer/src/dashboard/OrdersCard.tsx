import { useTranslation } from 'react-i18next';
import type { DashboardOrders } from '../../../shared/api/dashboard';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../platform/appContext';
import { ChartLegend } from '../platform/charts/ChartLegend';
import { StackedBar } from '../../../shared/charts/StackedBar';
import { formatNumber } from '../platform/common/format';
import { Card, NoData } from './Card';
import { bigMoney } from '../platform/common/summaryFormat';
import { statusLabel } from '../platform/common/statusLabel';

/** Due orders listed: the card has room for four beside the status bar. */
const SHOWN = 4;

/** The open order book by status (worth in rupiah), what ships in the next two weeks and what is overdue. */
export function OrdersCard({ orders }: { orders: DashboardOrders | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  const rupiah = (value: number | null) => (value === null ? t('orders.form.noRate') : bigMoney(value, 'IDR', locale, t));
  if (!orders) {
    return (
      <Card title={t('dashboard.orders.title')} testId="dash-orders">
        <NoData text={t('dashboard.orders.none')} link={{ href: '#/orders', label: t('dashboard.orders.noneLink') }} testId="dash-orders-none" />
      </Card>
    );
  }
  const segments = orders.byStatus.map((row) => ({
    key: row.status,
    value: row.valueIdr,
    className: `order-${row.status}`,
    tip: `${statusLabel(t, 'order', row.status)}: ${fmt(row.orders)} · ${rupiah(row.valueIdr)}`,
  }));
  return (
    <Card
      title={t('dashboard.orders.title')}
      aside={<span className="dash-count" data-testid="orders-open">{`${fmt(orders.openOrders)} · ${rupiah(orders.openValueIdr)}`}</span>}
      link={{ href: '#/orders', label: t('dashboard.orders.link') }}
      testId="dash-orders"
    >
      <StackedBar segments={segments} label={t('dashboard.orders.title')} testId="orders-status-bar" />
      <ChartLegend
        testId="orders-status-legend"
        items={orders.byStatus.map((row) => ({ key: row.status, label: statusLabel(t, 'order', row.status), className: `order-${row.status}`, figure: fmt(row.orders) }))}
      />
      <div className="dash-line" data-testid="orders-due">
        <span className="muted">{t('dashboard.orders.due', { date: formatDateId(orders.dueUntil) })}</span>{' '}
        <strong>{t('dashboard.orders.dueCount', { count: orders.dueOrders, formatted: fmt(orders.dueOrders), value: rupiah(orders.dueValueIdr) })}</strong>
      </div>
      {orders.dueOrders === 0 ? <p className="dash-note">{t('dashboard.orders.noneDue', { date: formatDateId(orders.dueUntil) })}</p> : null}
      {orders.firstDue.length > 0 ? (
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('dashboard.orders.head.orderNo')}</th>
              <th>{t('dashboard.orders.head.buyer')}</th>
              <th className="num">{t('dashboard.orders.head.shipBy')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.firstDue.slice(0, SHOWN).map((order) => (
              <tr key={order.id} title={`${order.orderNo} · ${order.buyerName} · ${statusLabel(t, 'order', order.status)} · ${rupiah(order.valueIdr)}`} data-testid="due-order">
                <td className="mono">{order.orderNo}</td>
                <td className="dash-name">{order.buyerName}</td>
                <td className="num">{formatDateId(order.shipBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {orders.unratedOrders > 0 ? (
        <p className="dash-note" data-testid="orders-unrated">{t('dashboard.orders.unrated', { count: orders.unratedOrders, formatted: fmt(orders.unratedOrders) })}</p>
      ) : null}
      {orders.overdueOrders > 0 ? (
        <p className="dash-warning" data-testid="orders-overdue">{t('dashboard.orders.overdue', { count: orders.overdueOrders, formatted: fmt(orders.overdueOrders) })}</p>
      ) : null}
    </Card>
  );
}
