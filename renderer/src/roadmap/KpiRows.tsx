import { useTranslation } from 'react-i18next';
import type { KpiProgress, KpiYear, RoadmapView } from '../../../shared/api/roadmap';
import { useApp } from '../platform/appContext';
import { GrowTargets } from './GrowTargets';
import { gridUnit, kpiKey, kpiNumberText, pctText } from './roadmapFormat';
import { StatusChip } from './StatusChip';
import { TargetInput } from './TargetInput';

export interface KpiRowsProps {
  view: RoadmapView;
  kpi: KpiProgress;
  onTarget(kpi: KpiProgress, year: number, value: number | null): Promise<boolean>;
  onActual(kpi: KpiProgress, cell: KpiYear): void;
  onGrow(kpi: KpiProgress, pct: number): Promise<boolean>;
}

/** One KPI in the grid: its targets (typed in place), its actuals with their source, and % of target with the status. */
export function KpiRows({ view, kpi, onTarget, onActual, onGrow }: KpiRowsProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const key = kpiKey(kpi);
  const inPeriod = (year: number) => year >= view.startYear && year <= view.endYear;
  const baseline = kpi.years.find((cell) => cell.year === view.baselineYear);
  const actual = (cell: KpiYear) => {
    if (cell.year > view.currentYear) return null;
    const label = t('roadmap.grid.actualLabel', { kpi: kpi.label, year: cell.year });
    const months = cell.monthsWithData !== null && cell.actual !== null && cell.source === 'data' && cell.monthsWithData < (cell.year === view.currentYear ? view.monthsPassed : 12)
      ? t('roadmap.grid.months', { count: cell.monthsWithData, of: cell.year === view.currentYear ? view.monthsPassed : 12 })
      : cell.source === 'hand' && cell.monthsCovered !== null
        ? t('roadmap.grid.covered', { count: cell.monthsCovered })
        : cell.source === 'data' && cell.unpricedOrders.length > 0 ? t('roadmap.grid.partial') : null;
    const title = [cell.note, cell.unpricedOrders.length > 0 && cell.source === 'data' ? t('roadmap.workbook.remark.partial', { orders: cell.unpricedOrders.join(', ') }) : null].filter(Boolean).join(' · ');
    return (
      <button type="button" className="actual-button" aria-label={label} title={title || undefined} data-testid={`actual-${key}-${cell.year}`} onClick={() => onActual(kpi, cell)}>
        {cell.actual === null ? (
          <span className="no-data">{t('roadmap.grid.noData')}</span>
        ) : (
          <>
            <span className="actual-value">{kpiNumberText(kpi, cell.actual, locale)}</span>
            <span className={`source-tag source-${cell.source}`}>{months ?? t(`roadmap.source.${cell.source ?? 'data'}`)}</span>
          </>
        )}
      </button>
    );
  };
  return (
    <>
      <tr className="kpi-first" data-testid={`kpi-${key}`}>
        <th rowSpan={3} scope="rowgroup" className="kpi-name">
          <div className="kpi-label">{kpi.label}</div>
          <div className="kpi-unit">
            {gridUnit(kpi, t('roadmap.grid.millions'))} · {t(`roadmap.measure.${kpi.measure}`)}
            {kpi.direction === 'down' ? ` · ${t('roadmap.direction.down')}` : ''}
          </div>
          {baseline?.actual !== null && baseline?.actual !== undefined ? (
            <GrowTargets kpi={kpi} baselineYear={view.baselineYear} onGrow={(pct) => onGrow(kpi, pct)} testId={`grow-${key}`} />
          ) : null}
        </th>
        <th scope="row" className="row-kind">{t('roadmap.grid.row.target')}</th>
        {kpi.years.map((cell) => (
          <td key={cell.year} className="num">
            {inPeriod(cell.year) ? (
              <TargetInput kpi={kpi} year={cell.year} target={cell.target} onSave={(value) => onTarget(kpi, cell.year, value)} testId={`target-${key}-${cell.year}`} />
            ) : (
              <span className="muted">—</span>
            )}
          </td>
        ))}
      </tr>
      <tr>
        <th scope="row" className="row-kind">{t('roadmap.grid.row.actual')}</th>
        {kpi.years.map((cell) => (
          <td key={cell.year} className="num">
            {actual(cell)}
          </td>
        ))}
      </tr>
      <tr className="kpi-last">
        <th scope="row" className="row-kind">{t('roadmap.grid.row.pct')}</th>
        {kpi.years.map((cell) => (
          <td key={cell.year} className="num pct-cell">
            {cell.pctOfTarget !== null ? <span data-testid={`pct-${key}-${cell.year}`}>{pctText(cell.pctOfTarget, locale)}</span> : null}
            {/* A year still ahead has nothing to judge yet. */}
            {cell.year <= view.currentYear ? <StatusChip status={cell.status} testId={`status-${key}-${cell.year}`} /> : null}
          </td>
        ))}
      </tr>
    </>
  );
}
