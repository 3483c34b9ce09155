import { useTranslation } from 'react-i18next';
import type { DashboardPurchases } from '../../../shared/api/dashboard';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../platform/appContext';
import { formatNumber, formatQty } from '../platform/common/format';
import { Card, NoData } from './Card';
import { bigMoney } from '../platform/common/summaryFormat';

/**
 * The plan's open purchase suggestions (not yet on a PO: as the plan, purchasing and the materials
 * report count them), and of them what to order by the end of this week, the late ones first.
 */
export function PurchasesCard({ purchases }: { purchases: DashboardPurchases | null }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  if (!purchases) {
    return (
      <Card title={t('dashboard.buy.title')} testId="dash-buy">
        <NoData text={t('dashboard.buy.noPlan')} link={{ href: '#/plan', label: t('dashboard.load.link') }} testId="dash-buy-none" />
      </Card>
    );
  }
  const until = formatDateId(purchases.weekEnd);
  const value = purchases.value.map((sum) => bigMoney(sum.amount, sum.currency, locale, t)).join(' + ');
  const notes = [
    purchases.unpricedLines > 0 ? t('dashboard.buy.unpriced', { count: purchases.unpricedLines, formatted: fmt(purchases.unpricedLines) }) : null,
    purchases.onPurchaseOrders > 0 ? t('dashboard.buy.ordered', { count: purchases.onPurchaseOrders, formatted: fmt(purchases.onPurchaseOrders) }) : null,
  ].filter((note) => note !== null);
  return (
    <Card
      title={t('dashboard.buy.title')}
      aside={<span className="muted">{t('dashboard.buy.until', { date: until })}</span>}
      link={{ href: '#/purchases', label: t('dashboard.buy.link') }}
      testId="dash-buy"
    >
      {purchases.open > 0 ? (
        <div className="dash-line" data-testid="buy-open">
          {t('dashboard.buy.open', { count: purchases.open, formatted: fmt(purchases.open), late: fmt(purchases.openLate) })}
        </div>
      ) : null}
      {purchases.lines === 0 ? <p className="dash-good">{t('dashboard.buy.none', { date: until })}</p> : null}
      {value ? (
        <div className="dash-line" data-testid="buy-value">
          <span className="muted">{t('dashboard.buy.value')}</span> <strong>{value}</strong>
        </div>
      ) : null}
      {purchases.first.length > 0 ? (
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('dashboard.buy.head.material')}</th>
              <th className="num">{t('dashboard.buy.head.qty')}</th>
              <th className="num">{t('dashboard.buy.head.orderBy')}</th>
            </tr>
          </thead>
          <tbody>
            {purchases.first.map((line) => (
              <tr
                key={`${line.materialCode}|${line.needBy}`}
                title={`${line.materialName} (${line.materialCode}) · ${line.supplierName ?? ''}${line.late ? ` · ${t('dashboard.buy.late')}` : ''}`}
                data-testid="buy-line"
              >
                <td className="dash-name">{line.materialName}</td>
                <td className="num">{`${formatQty(line.purchaseQty, locale)} ${line.purchaseUom}`}</td>
                <td className={`num${line.late ? ' is-bad' : ''}`}>{formatDateId(line.orderBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {notes.length > 0 ? <p className="dash-note">{notes.join(' · ')}</p> : null}
    </Card>
  );
}
