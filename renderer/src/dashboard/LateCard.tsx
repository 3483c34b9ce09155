import { useTranslation } from 'react-i18next';
import type { DashboardLate } from '../../../shared/api/dashboard';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../platform/appContext';
import { formatNumber } from '../platform/common/format';
import { Card, NoData } from './Card';

/** Order lines the saved plan cannot finish in time: how many, why, and the first ones. */
export function LateCard({ late, planDate, today }: { late: DashboardLate | null; planDate: string | null; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  const link = { href: '#/plan', label: t('dashboard.late.link') };
  if (!late) {
    return (
      <Card title={t('dashboard.late.title')} testId="dash-late">
        <NoData text={t('dashboard.late.noPlan')} link={link} testId="dash-late-none" />
      </Card>
    );
  }
  const aside = <span className={`dash-count${late.lines > 0 ? ' is-bad' : ''}`} data-testid="late-count">{t('dashboard.late.lines', { count: late.lines, formatted: fmt(late.lines) })}</span>;
  return (
    <Card title={t('dashboard.late.title')} aside={aside} link={link} testId="dash-late">
      {late.lines === 0 ? <p className="dash-good">{t('dashboard.late.none', { date: formatDateId(planDate) })}</p> : null}
      <ul className="dash-reasons">
        {late.byReason.map((reason) => (
          <li key={reason.reason} title={reason.message}>
            <strong>{fmt(reason.lines)}</strong> <span>{reason.message}</span>
          </li>
        ))}
      </ul>
      {late.first.length > 0 ? (
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('dashboard.late.head.orderNo')}</th>
              <th>{t('dashboard.late.head.sku')}</th>
              <th className="num">{t('dashboard.late.head.short')}</th>
              <th className="num">{t('dashboard.late.head.shipBy')}</th>
            </tr>
          </thead>
          <tbody>
            {late.first.map((line) => (
              <tr key={`${line.orderNo}|${line.sku}`} title={`${line.orderNo} · ${line.buyerName ?? ''} — ${line.message}`} data-testid="late-line">
                <td className="mono">{line.orderNo}</td>
                <td className="mono dash-name">{line.sku}</td>
                <td className="num">{fmt(line.shortQty)}</td>
                <td className={`num${line.shipBy !== null && line.shipBy < today ? ' is-bad' : ''}`}>{formatDateId(line.shipBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
