import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallData } from '../common/useCallData';
import { HeadlineFigures } from './HeadlineFigures';
import { PerformanceBreakdowns } from './PerformanceBreakdowns';
import type { MonthPeriod } from './PeriodBar';
import { ReportShell } from './ReportShell';
import { monthText } from './reportFormat';

/**
 * Kinerja Ekspor on screen: pick the months, read the headline figures and the breakdowns, then
 * download the same report as a workbook or open it as an A4 page to print.
 */
export function ExportPerformanceReport({ today }: { today: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<MonthPeriod>({ from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) });
  const report = useCallData('reports:exportPerformance', period);


  const data = report.data;
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
          <HeadlineFigures report={data} />
          {data.missingMonths.length > 0 || data.missingPreviousMonths.length > 0 ? (
            <div className="report-warning" data-testid="report-missing">
              {data.missingMonths.length > 0 ? <div>{t('exports.reports.missing', { months: months(data.missingMonths) })}</div> : null}
              {data.missingPreviousMonths.length > 0 ? <div>{t('exports.reports.missingPrevious', { months: months(data.missingPreviousMonths) })}</div> : null}
            </div>
          ) : null}
          {data.currentUsd === 0 && data.previousUsd === 0 ? <p className="report-empty" data-testid="report-empty">{t('exports.reports.noneAtAll')}</p> : <PerformanceBreakdowns report={data} />}
        </>
      ) : null}
    </ReportShell>
  );
}
