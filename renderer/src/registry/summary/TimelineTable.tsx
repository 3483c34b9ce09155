import { useTranslation } from 'react-i18next';
import { useApp } from '../../platform/appContext';
import { formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';

function signed(value: number, format: (n: number) => string): string {
  if (value === 0) return '0';
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}

/**
 * Year by year (at each year's end): what the revitalisation roadmap reports — units revived
 * (change in active units) and workers absorbed (change in workers).
 */
export function TimelineTable({ fromYear, toYear }: { fromYear: number; toYear: number }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const timeline = useCallData('registry:timeline', { fromYear, toYear });
  const fmt = (value: number) => formatNumber(value, locale);
  const rows = timeline.data ?? [];
  const maxUnits = Math.max(1, ...rows.map((row) => row.activeUnits));
  return (
    <section className="panel">
      <h2 className="panel-title">{t('ui.summary.timelineTitle', { from: fromYear, to: toYear })}</h2>
      <p className="panel-note">{t('ui.summary.timelineNote')}</p>
      {timeline.error ? <div className="form-error">{timeline.error}</div> : null}
      <table className="plain-table timeline" data-testid="summary-timeline">
        <thead>
          <tr>
            <th>{t('ui.summary.year')}</th>
            <th className="num">{t('ui.summary.card.members')}</th>
            <th className="num">{t('ui.summary.card.activeMembers')}</th>
            <th className="num">{t('ui.summary.card.activeUnits')}</th>
            <th className="num">{t('ui.summary.unitsRevived')}</th>
            <th className="num">{t('ui.summary.card.workers')}</th>
            <th className="num">{t('ui.summary.workersAbsorbed')}</th>
            <th className="bar-cell" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const previous = index > 0 ? rows[index - 1] : null;
            return (
              <tr key={row.asOf}>
                <td>{row.asOf.slice(0, 4)}</td>
                <td className="num">{fmt(row.members)}</td>
                <td className="num">{fmt(row.activeMembers)}</td>
                <td className="num">{fmt(row.activeUnits)}</td>
                <td className="num delta">{previous ? signed(row.activeUnits - previous.activeUnits, fmt) : ''}</td>
                <td className="num">{fmt(row.workers)}</td>
                <td className="num delta">{previous ? signed(row.workers - previous.workers, fmt) : ''}</td>
                <td className="bar-cell" aria-hidden="true">
                  <div className="bar" style={{ width: `${(row.activeUnits / maxUnits) * 100}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
