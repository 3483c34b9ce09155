import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import { useCallData } from '../platform/common/useCallData';
import { Card } from './Card';

/**
 * "Kurs belum ada": the orders and shipments whose rupiah or dollar worth is unknown because no
 * rate lies within the window of their date, each named; nothing at all when every value has a rate.
 */
export function MissingRatesCard() {
  const { t } = useTranslation();
  const missing = useCallData('dashboard:missingRates', {});
  const data = missing.data;
  if (!data || data.total === 0) return null;
  const more = data.total - data.rows.length;
  const aside = <span className="dash-count is-bad" data-testid="missing-rates-count">{data.total}</span>;
  return (
    <Card title={t('rates.card.title')} aside={aside} link={{ href: '#/orders', label: t('rates.card.action') }} testId="dash-missing-rates">
      <p>{t('rates.card.intro', { count: data.total, days: data.days })}</p>
      <table className="dash-table">
        <tbody>
          {data.rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`} data-testid="missing-rate">
              <td className="mono">{t(`rates.card.${row.kind}`, { no: row.no })}</td>
              <td>{t('rates.card.line', { currency: row.currency, date: formatDateId(row.date) })}</td>
              <td className="muted">{row.latestBefore ? t('rates.card.lastBefore', { date: formatDateId(row.latestBefore) }) : t('rates.card.noneBefore')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p className="muted">{t('rates.card.more', { count: more })}</p> : null}
    </Card>
  );
}
