import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallData } from '../common/useCallData';
import type { MonthPeriod } from './PeriodBar';
import { ReportShell } from './ReportShell';
import { monthText } from './reportFormat';
import { ShipmentsCountryTable } from './ShipmentsCountryTable';
import { ShipmentsHeadline } from './ShipmentsHeadline';
import { ShipmentsMonthTable } from './ShipmentsMonthTable';
import './shipments-report.css';

/**
 * Laporan Pengapalan on screen: the shipments that left in the chosen months, by destination and
 * by month; the list of shipments one by one is in the workbook and on paper.
 */
export function ShipmentsReport({ today }: { today: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<MonthPeriod>({ from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) });
  const report = useCallData('reports:shipments', period);


  const data = report.data;
  const s = (key: string, params?: Record<string, unknown>) => t(`reportShipments.screen.${key}`, params);
  return (
    <ReportShell name="shipments" printList="shipments-report" today={today} period={period} onPeriod={setPeriod}>
      {report.error ? <div className="form-error" role="alert" data-testid="report-error">{report.error}</div> : null}
      {data && !report.error ? (
        <>
          <ShipmentsHeadline report={data} />
          <p className="report-empty" data-testid="shipments-pending">{s('pending', data.pending)}</p>
          {data.totals.shipments === 0 ? (
            <p className="report-empty" data-testid="report-empty">{s('none')}</p>
          ) : (
            <>
              {data.missingMonths.length > 0 ? (
                <div className="report-warning" data-testid="report-missing">{s('missing', { months: data.missingMonths.map((month) => monthText(month, t)).join(', ') })}</div>
              ) : null}
              <div className="report-sections">
                <section className="panel report-section">
                  <h2 className="panel-title">{s('byCountry')}</h2>
                  <ShipmentsCountryTable report={data} className="plain-table compact" testId="shipments-by-country" />
                </section>
                <section className="panel report-section">
                  <h2 className="panel-title">{s('byMonth')}</h2>
                  <ShipmentsMonthTable report={data} className="plain-table compact" testId="shipments-by-month" />
                </section>
              </div>
            </>
          )}
        </>
      ) : null}
    </ReportShell>
  );
}
