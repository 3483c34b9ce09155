import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatQty } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { MaterialsFigures } from './MaterialsFigures';
import { MaterialsStockTable } from './MaterialsStockTable';
import { MaterialsSuggestionTable } from './MaterialsSuggestionTable';
import { periodText } from '../../platform/common/reportFormat';
import '../reports.css';
import '../production-reports.css';
import { PrintDocument } from '../../platform/print/PrintDocument';

/**
 * LAPORAN BAHAN BAKU on A4 landscape: headline values, every material with stock, use and
 * receipts, the open purchase orders, the last plan's suggestions, and the signatures.
 */
export function MaterialsReportPrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const report = useCallData('reports:materials', { from, to });
  if (!report.data) return <div className="boot-message">{report.error ?? t('ui.common.loading')}</div>;
  const data = report.data;
  const w = (key: string, params?: Record<string, unknown>) => t(`reportMaterials.${key}`, params);
  const c = (key: string) => w(`column.${key}`);
  return (
    <PrintDocument
      list="materials"
      fileName={`${w('fileWord')}-${data.period.from}-${data.period.to}.pdf`}
      back="reports"
      title={w('title')}
      today={today}
      orientation="landscape"
      note={`${w('period', { period: periodText(data.period.from, data.period.to, t) })} · ${w('asOf', { date: formatDateId(data.asOf) })}`}
      totals={
        <div className="print-totals">
          {data.unvalued.length > 0 ? <div>{w('unvalued', { codes: data.unvalued.join(', ') })}</div> : null}
          <div>{w('noteValues')}</div>
        </div>
      }
    >
      <MaterialsFigures report={data} className="print-headline production-print-headline" cardClass="print-headline-cell" />
      {!data.hasStock ? <p className="print-note">{w('noStock')}</p> : null}
      <h2 className="print-section">{w('sheet.stock')}</h2>
      <MaterialsStockTable lines={data.materials} className="print-table" testId="print-materials-stock" />
      <h2 className="print-section">{w('sheet.open')}</h2>
      {data.openPurchases.length > 0 ? (
        <table className="print-table production-table" data-testid="print-materials-open">
          <thead>
            <tr>
              {['poNo', 'supplier', 'expectedOn', 'code', 'name'].map((key) => <th key={key}>{c(key)}</th>)}
              <th className="num">{c('openQty')}</th>
              <th className="num">{c('value')}</th>
            </tr>
          </thead>
          <tbody>
            {data.openPurchases.map((line) => (
              <tr key={`${line.poNo}-${line.materialCode}`}>
                <td className="nowrap">{line.poNo}</td>
                <td>{line.supplier}</td>
                <td className={`nowrap${line.isLate ? ' materials-late' : ''}`}>{formatDateId(line.expectedOn)}{line.isLate ? ` · ${c('late').toLowerCase()}` : ''}</td>
                <td className="nowrap">{line.materialCode}</td>
                <td>{line.materialName}</td>
                <td className="num nowrap">{`${formatQty(line.openQty, locale)} ${line.uom}`}</td>
                <td className="num nowrap">{line.valueIdr === null ? '—' : formatAmount(line.valueIdr, 'IDR', locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="print-note">{w('noOpen')}</p>
      )}
      <h2 className="print-section">{w('sheet.suggestions')}</h2>
      {data.plan && data.plan.lines.length > 0 ? (
        <>
          <p className="print-note">{w('planLine', { date: formatDateId(data.plan.today) })}</p>
          <MaterialsSuggestionTable lines={data.plan.lines} className="print-table" testId="print-materials-suggestions" />
        </>
      ) : (
        <p className="print-note">{data.plan ? w('noSuggestions') : w('noPlan')}</p>
      )}
    </PrintDocument>
  );
}
