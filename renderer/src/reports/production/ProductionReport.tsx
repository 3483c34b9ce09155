import { useState } from 'react';
import { defaultReportMonths } from '../../../../shared/api/exports';
import { useTranslation } from 'react-i18next';
import { useCallData } from '../../platform/common/useCallData';
import type { MonthPeriod } from '../PeriodBar';
import { ReportShell } from '../ReportShell';
import { ProductionFigures } from './ProductionFigures';
import { ProductionTable } from './ProductionTable';
import { monthText } from '../../platform/common/reportFormat';
import '../production-reports.css';

/** Workshops shown on screen; the workbook and the printout have them all. */
const TOP_UNITS = 10;

/**
 * Laporan Produksi on screen: pick the months, read the headline figures, the months and the
 * busiest workshops, then download the workbook or open the A4 page.
 */
export function ProductionReport({ today }: { today: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<MonthPeriod>(() => defaultReportMonths(today));
  const report = useCallData('reports:production', period);
  const data = report.data;
  const busiest = data ? [...data.byUnit].sort((a, b) => b.assigned - a.assigned || b.delivered - a.delivered || a.key.localeCompare(b.key)).slice(0, TOP_UNITS) : [];
  return (
    <ReportShell name="production" printList="production" today={today} period={period} onPeriod={setPeriod}>
      {report.error ? <div className="form-error" role="alert" data-testid="report-error">{report.error}</div> : null}
      {data && !report.error ? (
        <>
          <ProductionFigures report={data} />
          {data.missingMonths.length > 0 && data.total.hasData ? (
            <div className="report-warning" data-testid="production-missing">
              {t('reportProduction.missingMonths', { months: data.missingMonths.map((month) => monthText(month, t)).join(', ') })}
            </div>
          ) : null}
          {data.total.hasData ? (
            <>
              <section className="panel report-section">
                <h2 className="panel-title">{t('reportProduction.screen.byMonth')}</h2>
                <ProductionTable lines={data.byMonth} by="month" total={data.total} className="plain-table production-table" testId="production-by-month" />
              </section>
              <section className="panel report-section">
                <h2 className="panel-title">{t('reportProduction.screen.topUnits')}</h2>
                <ProductionTable lines={busiest} by="unit" className="plain-table production-table" testId="production-by-unit" />
                {data.byUnit.length > busiest.length ? <p className="report-empty">{t('reportProduction.screen.moreUnits', { count: data.byUnit.length - busiest.length })}</p> : null}
              </section>
            </>
          ) : (
            <p className="report-empty" data-testid="production-empty">{t('reportProduction.screen.nothing')}</p>
          )}
        </>
      ) : null}
    </ReportShell>
  );
}
