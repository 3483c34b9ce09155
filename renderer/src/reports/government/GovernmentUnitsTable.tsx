import { useTranslation } from 'react-i18next';
import type { GovernmentReport } from '../../../../shared/api/registry-reports';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { shareText } from '../../platform/common/reportFormat';

/** Rows shown on screen; the workbook and the printout carry them all. */
const SHOWN = 15;

/** The units with their production, capacity use and material use in the period. */
export function GovernmentUnitsTable({ report, className = 'plain-table compact performance-table', limit = SHOWN }: { report: GovernmentReport; className?: string; limit?: number }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const fmt = (value: number | null) => (value === null ? '—' : formatNumber(value, locale));
  const idr = (value: number | null) => (value === null ? '—' : formatAmount(value, 'IDR', locale));
  const c = (key: string, params?: Record<string, unknown>) => t(`reportGovernment.column.${key}`, params);
  return (
    <section className="panel report-section">
      <h2 className="panel-title">{t('reportGovernment.screen.unitsTable')}</h2>
      <table className={className} data-testid="report-government-units">
        <thead>
          <tr>
            <th>{t('unit.unitCode')}</th><th>{t('unit.name')}</th><th>{t('unit.kbli')}</th><th className="num">{t('unit.workers')}</th>
            <th className="num">{c('installed', { months: report.figures.monthsWithData.length })}</th><th className="num">{c('produced')}</th><th className="num">{c('utilisation')}</th>
            <th className="num">{c('productionValue')}</th><th className="num">{c('materialValue')}</th><th>{t('reportRegistry.column.state')}</th>
          </tr>
        </thead>
        <tbody>
          {report.units.slice(0, limit).map(({ unit, capacity: installed, producedQty, productionValueIdr, materialValueIdr }) => {
            const utilisation = producedQty === null || !installed ? null : Math.round((producedQty / installed) * 10_000) / 100;
            return (
              <tr key={unit.id}>
                <td className="nowrap">{unit.unitCode}</td><td>{unit.name}</td><td>{unit.kbli ?? <span className="no-data">{t('reportGovernment.noData')}</span>}</td><td className="num">{fmt(unit.workers)}</td>
                <td className="num">{fmt(installed)}</td><td className="num">{fmt(producedQty)}</td><td className="num">{utilisation === null ? '—' : shareText(utilisation, locale)}</td>
                <td className="num nowrap">{idr(productionValueIdr)}</td><td className="num nowrap">{idr(materialValueIdr)}</td>
                <td>{t(unit.isActive ? 'reportRegistry.state.active' : 'reportRegistry.state.dormant')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {report.units.length > limit ? <p className="report-empty">{t('reportRegistry.screen.more', { count: formatNumber(report.units.length - limit, locale) })}</p> : null}
    </section>
  );
}
