import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { useCallData } from '../../platform/common/useCallData';
import { ProductionFigures } from './ProductionFigures';
import { ProductionTable } from './ProductionTable';
import { monthText, periodText } from '../../platform/common/reportFormat';
import '../reports.css';
import '../production-reports.css';
import { PrintDocument } from '../../platform/print/PrintDocument';

/**
 * LAPORAN PRODUKSI on A4 landscape: the headline figures, the months, every workshop with work
 * or capacity in the period, how the figures are counted, and the signatures.
 */
export function ProductionReportPrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const report = useCallData('reports:production', { from, to });
  if (!report.data) return <div className="boot-message">{report.error ?? t('ui.common.loading')}</div>;
  const data = report.data;
  const w = (key: string, params?: Record<string, unknown>) => t(`reportProduction.${key}`, params);
  return (
    <PrintDocument
      list="production"
      fileName={`${w('fileWord')}-${data.period.from}-${data.period.to}.pdf`}
      back="reports"
      title={w('title')}
      today={today}
      orientation="landscape"
      note={`${w('period', { period: periodText(data.period.from, data.period.to, t) })} · ${w('asOf', { date: formatDateId(data.asOf) })}`}
      totals={
        <div className="print-totals">
          <div>{w('noteAssigned')}</div>
          <div>{w('noteValue')}</div>
          {data.unpricedAccepted > 0 ? <div>{w('unpriced', { count: data.unpricedAccepted })}</div> : null}
        </div>
      }
    >
      <ProductionFigures report={data} className="print-headline production-print-headline" cardClass="print-headline-cell" />
      {data.missingMonths.length > 0 ? (
        <p className="print-note" data-testid="print-missing">{w('missingMonths', { months: data.missingMonths.map((month) => monthText(month, t)).join(', ') })}</p>
      ) : null}
      {data.total.hasData ? (
        <>
          <h2 className="print-section">{w('screen.byMonth')}</h2>
          <ProductionTable lines={data.byMonth} by="month" total={data.total} className="print-table production-table" testId="print-production-by-month" />
          <h2 className="print-section">{w('sheet.units')}</h2>
          <ProductionTable lines={data.byUnit} by="unit" total={data.total} className="print-table production-table" testId="print-production-by-unit" />
        </>
      ) : (
        <p className="print-note">{w('screen.nothing')}</p>
      )}
    </PrintDocument>
  );
}
