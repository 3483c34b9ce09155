import { useTranslation } from 'react-i18next';
import type { KpiYear, RoadmapView } from '../../../shared/api/roadmap';
import { useApp } from '../platform/appContext';
import { gridUnit, kpiKey, kpiNumberText, pctText } from './roadmapFormat';
import { statusLabel } from '../platform/common/statusLabel';

/** Every KPI year by year on paper: target, actual (* = typed by hand), % of target and the status in words. */
export function RoadmapPrintTable({ view }: { view: RoadmapView }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  // What the figure covers, as the grid says it: a hand value's months, a production value left partial.
  const printMark = (cell: KpiYear) =>
    cell.source === 'hand' && cell.monthsCovered !== null ? ` (${t('roadmap.grid.covered', { count: cell.monthsCovered })})`
      : cell.source === 'data' && cell.unpricedOrders.length > 0 ? ` (${t('roadmap.grid.partial')})` : '';
  return (
    <table className="print-table roadmap-print-table" data-testid="print-kpis">
      <thead>
        <tr>
          <th>{t('roadmap.grid.kpi')}</th>
          <th />
          {view.years.map((year) => (
            <th key={year} className="num">
              {year}
              {year === view.baselineYear ? ` (${t('roadmap.grid.baselineYear')})` : ''}
            </th>
          ))}
        </tr>
      </thead>
      {view.kpis.map((kpi) => (
        // One body per KPI, so a page break never splits a KPI's four lines.
        <tbody key={kpi.id} className="kpi-block">
            <tr className="kpi-first">
              <td rowSpan={4} className="kpi-name">
                <strong>{kpi.label}</strong>
                <div>{gridUnit(kpi, t('roadmap.grid.millions'))}</div>
              </td>
              <td>{t('roadmap.grid.row.target')}</td>
              {kpi.years.map((cell) => (
                <td key={cell.year} className="num nowrap">{kpiNumberText(kpi, cell.target, locale)}</td>
              ))}
            </tr>
            <tr>
              <td>{t('roadmap.grid.row.actual')}</td>
              {kpi.years.map((cell) => (
                <td key={cell.year} className="num nowrap" data-testid={`print-actual-${kpiKey(kpi)}-${cell.year}`}>
                  {cell.actual !== null ? `${kpiNumberText(kpi, cell.actual, locale)}${cell.source === 'hand' ? '*' : ''}${printMark(cell)}` : cell.year <= view.currentYear ? t('roadmap.grid.noData') : ''}
                </td>
              ))}
            </tr>
            <tr>
              <td>{t('roadmap.grid.row.pct')}</td>
              {kpi.years.map((cell) => (
                <td key={cell.year} className="num nowrap" data-testid={`print-pct-${kpiKey(kpi)}-${cell.year}`}>
                  {cell.pctOfTarget !== null ? pctText(cell.pctOfTarget, locale) : ''}
                </td>
              ))}
            </tr>
            <tr className="kpi-last">
              <td>{t('roadmap.workbook.column.status')}</td>
              {kpi.years.map((cell) => (
                <td key={cell.year} className={`center status-word status-${cell.status}`} data-testid={`print-status-${kpiKey(kpi)}-${cell.year}`}>
                  {cell.status !== 'no-target' && cell.year <= view.currentYear ? statusLabel(t, 'roadmap', cell.status) : ''}
                </td>
              ))}
            </tr>
        </tbody>
      ))}
    </table>
  );
}
