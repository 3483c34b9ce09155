import { useTranslation } from 'react-i18next';
import { monthsWithoutShipments, withoutFobText } from '../../../../shared/api/report-shipments';
import { useApp } from '../../platform/appContext';
import { useCallData } from '../../platform/common/useCallData';
import { monthSourceNotes, partialMonthText } from '../../shipments/export-history/monthSourceText';
import { monthText, periodText } from '../../platform/common/reportFormat';
import { ShipmentsCountryTable } from './ShipmentsCountryTable';
import { ShipmentsHeadline } from './ShipmentsHeadline';
import { ShipmentsListTable } from './ShipmentsListTable';
import { ShipmentsMonthTable } from './ShipmentsMonthTable';
import '../reports.css';
import './shipments-report.css';
import { PrintDocument } from '../../platform/print/PrintDocument';

/**
 * LAPORAN PENGAPALAN EKSPOR on A4 landscape: the headline figures, by destination and by month,
 * then every shipment that left, and the chair's and secretary's signatures.
 */
export function ShipmentsReportPrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const report = useCallData('reports:shipments', { from, to });
  if (!report.data) return <div className="boot-message">{report.error ?? t('ui.common.loading')}</div>;
  const data = report.data;
  const { period } = data;
  const s = (key: string, params?: Record<string, unknown>) => t(`reportShipments.screen.${key}`, params);
  const hasData = data.totals.shipments > 0;
  return (
    <PrintDocument
      list="shipments-report"
      fileName={`${t('reportShipments.fileWord')}-${period.from}-${period.to}.pdf`}
      back="reports"
      title={t('reportShipments.title')}
      today={today}
      orientation="landscape"
      note={t('reportShipments.period', { period: periodText(period.from, period.to, t) })}
      totals={<div className="print-totals">{s('pending', data.pending)}</div>}
    >
      <ShipmentsHeadline report={data} print />
      {!hasData ? <p className="print-note" data-testid="print-empty">{s('none')}</p> : null}
      {[partialMonthText(period, t), ...monthSourceNotes(data.exports.monthSources, t, locale)].filter((note): note is string => note !== null).map((note) => (
        <p className="print-note" key={note} data-testid="print-export-note">{note}</p>
      ))}
      {hasData && withoutFobText(t, data.withoutFob) ? <p className="print-note" data-testid="print-without-fob">{withoutFobText(t, data.withoutFob)}</p> : null}
      {hasData && monthsWithoutShipments(data).length > 0 ? (
        <p className="print-note" data-testid="print-missing">{s('missing', { months: monthsWithoutShipments(data).map((month) => monthText(month, t)).join(', ') })}</p>
      ) : null}
      {hasData ? (
        <>
          <div className="shipments-print-pair">
            <section className="print-section-pair">
              <h2 className="print-section">{s('byCountry')}</h2>
              <ShipmentsCountryTable report={data} className="print-table" testId="print-by-country" />
            </section>
            <section className="print-section-pair">
              <h2 className="print-section">{s('byMonth')}</h2>
              <ShipmentsMonthTable report={data} className="print-table" testId="print-by-month" />
            </section>
          </div>
          <h2 className="print-section">{s('list')}</h2>
          <ShipmentsListTable report={data} className="print-table" testId="print-shipments" />
        </>
      ) : null}
    </PrintDocument>
  );
}
