import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '../../../shared/api/roadmap';
import { KpiRows, type KpiRowsProps } from './KpiRows';

/** The KPI × year grid: a column per year from the baseline to the end, three lines per KPI. */
export function KpiGrid({ view, ...handlers }: { view: RoadmapView } & Omit<KpiRowsProps, 'view' | 'kpi'>) {
  const { t } = useTranslation();
  return (
    <section className="panel roadmap-grid-panel">
      <h2 className="panel-title">{t('roadmap.grid.title')}</h2>
      <p className="panel-note">{t('roadmap.grid.note')}</p>
      <div className="table-scroll roadmap-grid-scroll">
        <table className="plain-table compact roadmap-grid" data-testid="roadmap-grid">
          <thead>
            <tr>
              <th className="kpi-name">{t('roadmap.grid.kpi')}</th>
              <th className="row-kind" aria-hidden="true" />
              {view.years.map((year) => (
                <th key={year} className={`num year-head${year === view.currentYear ? ' is-current' : ''}`}>
                  {year}
                  {year === view.baselineYear ? <span className="year-tag">{t('roadmap.grid.baselineYear')}</span> : null}
                  {year === view.currentYear ? <span className="year-tag">{t('roadmap.grid.currentYear')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.kpis.map((kpi) => (
              <KpiRows key={kpi.id} view={view} kpi={kpi} {...handlers} />
            ))}
          </tbody>
        </table>
      </div>
      <dl className="kpi-sources">
        <dt>{t('roadmap.grid.sources')}</dt>
        {view.kpis.map((kpi) => (
          <dd key={kpi.id}>
            <strong>{kpi.label}</strong>: {t(`roadmap.kpiSource.${kpi.standard ?? 'own'}`)}
          </dd>
        ))}
      </dl>
    </section>
  );
}
