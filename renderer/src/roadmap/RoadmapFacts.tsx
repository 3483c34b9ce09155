import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '../../../shared/api/roadmap';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../platform/appContext';
import { kpiValueText, pctText } from './roadmapFormat';

/** The roadmap in one band: its name and years, and how this year stands — counts by status and exports against target. */
export function RoadmapFacts({ view }: { view: RoadmapView }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const h = view.headline;
  const exports = view.kpis.find((kpi) => kpi.standard === 'export-usd');
  const exportCell = exports?.years.find((cell) => cell.year === h.year);
  const counts = [
    { key: 'achieved', count: h.achieved }, { key: 'on-track', count: h.onTrack }, { key: 'behind', count: h.behind }, { key: 'no-data', count: h.noData },
  ];
  return (
    <section className="panel roadmap-facts" data-testid="roadmap-facts">
      <div className="roadmap-name" data-testid="roadmap-title">{view.name}</div>
      <div className="roadmap-meta">
        <span>{t('roadmap.page.period', { start: view.startYear, end: view.endYear })}</span>
        <span>{t('roadmap.page.baseline', { year: view.baselineYear })}</span>
        <span>{t('roadmap.page.asOf', { date: formatDateId(view.today) })}</span>
      </div>
      <div className="roadmap-headline" data-testid="roadmap-headline">
        <strong>{t('roadmap.page.headline', { year: h.year })}</strong>
        {counts.map((item) => (
          <span key={item.key} className={`kpi-status kpi-status-${item.key}`} data-testid={`headline-${item.key}`}>
            {item.count} {t(`roadmap.status.${item.key}`)}
          </span>
        ))}
        {exports && exportCell?.target != null ? (
          <span className="headline-exports" data-testid="headline-exports">
            {exports.label}: {kpiValueText(exports, exportCell.actual, locale) || t('roadmap.grid.noData')} / {kpiValueText(exports, exportCell.target, locale)} ({pctText(exportCell.pctOfTarget, locale)})
          </span>
        ) : null}
      </div>
      <p className="panel-note">{t('roadmap.page.currentNote', { year: view.currentYear, months: view.monthsPassed })}</p>
    </section>
  );
}
