import { useState } from 'react';
import { performanceWithoutFobNotes } from '../../../../shared/api/report-shipments';
import { useTranslation } from 'react-i18next';
import { defaultReportMonths } from '../../../../shared/api/exports';
import { useApp } from '../../platform/appContext';
import { useCallData } from '../../platform/common/useCallData';
import { monthSourceNotes, partialMonthText } from '../../shipments/export-history/monthSourceText';
import { HeadlineFigures } from './HeadlineFigures';
import { PerformanceBreakdowns } from './PerformanceBreakdowns';
import type { MonthPeriod } from '../PeriodBar';
import { ReportShell } from '../ReportShell';
import { monthText } from '../../platform/common/reportFormat';

/**
 * Kinerja Ekspor on screen: pick the months, read the headline figures and the breakdowns, then
 * download the same report as a workbook or open it as an A4 page to print.
 */
export function ExportPerformanceReport({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  // The reports' default period: January to the last complete month (in January the whole previous year).
  const [period, setPeriod] = useState<MonthPeriod>(() => defaultReportMonths(today));
  const report = useCallData('reports:exportPerformance', period);
  const data = report.data;
  const partial = data ? partialMonthText(data.period, t) : null;
  const sourceNotes = data ? monthSourceNotes(data.monthSources, t, locale) : [];
  const months = (list: string[]) => list.map((month) => monthText(month, t)).join(', ');
  return (
    <ReportShell name="export-performance" printList="export-performance" today={today} period={period} onPeriod={setPeriod}>
      {report.error ? (
        <div className="form-error" role="alert" data-testid="report-error">
          {report.error}
        </div>
      ) : null}
      {data && !report.error ? (
        <>
          {partial ? <p className="report-note" data-testid="report-partial-month">{partial}</p> : null}
          <HeadlineFigures report={data} />
          {sourceNotes.length > 0 ? (
            <div className="report-warning" data-testid="report-month-sources">
              {sourceNotes.map((note) => <div key={note}>{note}</div>)}
            </div>
          ) : null}
          {performanceWithoutFobNotes(t, data.withoutFob).length > 0 ? (
            <div className="report-warning" data-testid="report-without-fob">
              {performanceWithoutFobNotes(t, data.withoutFob).map((note) => <div key={note}>{note}</div>)}
            </div>
          ) : null}
          {data.missingMonths.length > 0 || data.missingPreviousMonths.length > 0 ? (
            <div className="report-warning" data-testid="report-missing">
              {data.missingMonths.length > 0 ? <div>{t('exports.reports.missing', { months: months(data.missingMonths) })}</div> : null}
              {data.missingPreviousMonths.length > 0 ? <div>{t('exports.reports.missingPrevious', { months: months(data.missingPreviousMonths) })}</div> : null}
            </div>
          ) : null}
          {(data.currentUsdCents ?? 0) === 0 && (data.previousUsdCents ?? 0) === 0 ? <p className="report-empty" data-testid="report-empty">{t('exports.reports.noneAtAll')}</p> : <PerformanceBreakdowns report={data} />}
        </>
      ) : null}
    </ReportShell>
  );
}
