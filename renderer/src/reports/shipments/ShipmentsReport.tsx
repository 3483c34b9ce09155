import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultReportMonths } from '../../../../shared/api/exports';
import { monthsWithoutShipments, withoutFobText } from '../../../../shared/api/report-shipments';
import { useApp } from '../../platform/appContext';
import { useCallData } from '../../platform/common/useCallData';
import { monthSourceNotes, partialMonthText } from '../../shipments/export-history/monthSourceText';
import type { MonthPeriod } from '../PeriodBar';
import { ReportShell } from '../ReportShell';
import { monthText } from '../../platform/common/reportFormat';
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
  const { locale } = useApp();
  // The reports' default period: January to the last complete month (in January the whole previous year).
  const [period, setPeriod] = useState<MonthPeriod>(() => defaultReportMonths(today));
  const report = useCallData('reports:shipments', period);
  const data = report.data;
  const partial = data ? partialMonthText(data.period, t) : null;
  const sourceNotes = data ? monthSourceNotes(data.exports.monthSources, t, locale) : [];
  const s = (key: string, params?: Record<string, unknown>) => t(`reportShipments.screen.${key}`, params);
  return (
    <ReportShell name="shipments" printList="shipments-report" today={today} period={period} onPeriod={setPeriod}>
      {report.error ? <div className="form-error" role="alert" data-testid="report-error">{report.error}</div> : null}
      {data && !report.error ? (
        <>
          {partial ? <p className="report-note" data-testid="report-partial-month">{partial}</p> : null}
          <ShipmentsHeadline report={data} />
          {sourceNotes.length > 0 ? (
            <div className="report-warning" data-testid="report-month-sources">
              {sourceNotes.map((note) => <div key={note}>{note}</div>)}
            </div>
          ) : null}
          <p className="report-empty" data-testid="shipments-pending">{s('pending', data.pending)}</p>
          {data.totals.shipments === 0 ? (
            <p className="report-empty" data-testid="report-empty">{s('none')}</p>
          ) : (
            <>
              {monthsWithoutShipments(data).length > 0 ? (
                <div className="report-warning" data-testid="report-missing">{s('missing', { months: monthsWithoutShipments(data).map((month) => monthText(month, t)).join(', ') })}</div>
              ) : null}
              {withoutFobText(t, data.withoutFob) ? (
                <div className="report-warning" data-testid="report-without-fob">{withoutFobText(t, data.withoutFob)}</div>
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
