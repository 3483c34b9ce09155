import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '../../../shared/api/roadmap';
import { KpiChart } from './KpiChart';
import { kpiKey } from './roadmapFormat';

/** Target against actual for every KPI, small multiples with one legend. */
export function KpiCharts({ view, className = 'panel charts-panel' }: { view: RoadmapView; className?: string }) {
  const { t } = useTranslation();
  return (
    <section className={className}>
      <h2 className="panel-title">{t('roadmap.charts.title')}</h2>
      <div className="chart-legend">
        <span className="legend-target">{t('roadmap.charts.target')}</span>
        <span className="legend-actual">{t('roadmap.charts.actual')}</span>
        <span className="kpi-status kpi-status-achieved">{t('roadmap.status.achieved')}</span>
        <span className="kpi-status kpi-status-on-track">{t('roadmap.status.on-track')}</span>
        <span className="kpi-status kpi-status-behind">{t('roadmap.status.behind')}</span>
      </div>
      <div className="kpi-charts">
        {view.kpis.map((kpi) => (
          <figure key={kpi.id} className="kpi-chart-figure">
            <figcaption>
              {kpi.label} <span className="muted">({kpi.unit})</span>
            </figcaption>
            <KpiChart kpi={kpi} testId={`chart-${kpiKey(kpi)}`} />
          </figure>
        ))}
      </div>
    </section>
  );
}
