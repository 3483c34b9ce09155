import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../../../shared/countries';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { GovernmentUnitsTable } from './GovernmentUnitsTable';
import { monthText, periodText, shareText } from '../../platform/common/reportFormat';
import '../reports.css';
import { PrintDocument } from '../../platform/print/PrintDocument';

/**
 * PROFIL SENTRA IKM on A4: the sentra profile in e-Smart IKM and SIINas terms, the raw materials
 * and products, the fields not kept ("Data belum tersedia"), every unit, and the signatures.
 */
export function GovernmentPrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const { locale, centre } = useApp();
  const report = useCallData('reports:government', { from, to });
  const categories = useCallData('categories:list', {});
  if (!report.data || !categories.data) return <div className="boot-message">{report.error ?? categories.error ?? t('ui.common.loading')}</div>;
  const data = report.data;
  const g = (key: string, params?: Record<string, unknown>) => t(`reportGovernment.${key}`, params);
  const fmt = (value: number) => formatNumber(value, locale);
  const noData = g('noData');
  const idr = (value: number | null) => (value === null ? noData : formatAmount(value, 'IDR', locale));
  const reg = data.figures.registry;
  const count = (value: number | null) => (value === null ? noData : fmt(value));
  const { figures } = data;
  const missingMonths = figures.missingMonths.length === 0 || figures.producedQty === null ? '' : g('note.missingMonths', { months: figures.missingMonths.map((month) => monthText(month, t)).join(', ') });
  const categoryName = new Map(categories.data.map((c) => [c.code, locale === 'en' ? c.nameEn : c.nameId]));
  // Words left, figures right: a row whose value is a figure says so.
  const rows: { section?: string; label: string; value: string; note?: string; isFigure?: boolean }[] = [
    { section: g('section.identity'), label: g('item.name'), value: centre.name },
    { label: g('item.cooperative'), value: centre.cooperativeName ?? noData },
    { label: g('item.location'), value: [centre.village, centre.district, centre.regency, centre.province].filter(Boolean).join(', ') || noData },
    { label: g('item.kbli'), value: data.kbli.length === 0 ? noData : data.kbli.map((k) => g('item.kbliUnits', { code: k.code, units: k.units })).join('; ') },
    { section: g('section.units', { date: formatDateId(data.asOf) }), label: g('item.units'), isFigure: true, value: reg.units === null ? noData : `${count(reg.units)} (${g('item.activeUnits').toLowerCase()} ${count(reg.activeUnits)})` },
    { label: g('item.members'), isFigure: true, value: count(reg.members), note: g('note.members') },
    { label: g('item.workers'), isFigure: true, value: count(reg.workers), note: g('note.activeOnly') },
    { label: g('item.capacity'), isFigure: true, value: reg.registeredMonthlyCapacity === null ? noData : `${count(reg.registeredMonthlyCapacity)} ${g('unit.pcsMonth')}`, note: g('note.activeOnly') },
    {
      section: g('section.production', { months: figures.monthsWithData.length, total: figures.months.length }), label: g('item.installed'), isFigure: true,
      value: data.installedCapacity === null ? noData : `${fmt(data.installedCapacity)} ${g('unit.pcs')}`, note: `${g('note.installed', { months: figures.monthsWithData.length })} ${missingMonths}`.trim(),
    },
    { label: g('item.produced'), isFigure: true, value: data.producedQty === null ? noData : `${fmt(data.producedQty)} ${g('unit.pcs')}`, note: g('note.produced') },
    { label: g('item.productionValue'), isFigure: true, value: idr(data.productionValueIdr), note: g('note.productionValue') },
    { label: g('item.utilisation'), isFigure: true, value: data.utilisationPct === null ? noData : shareText(data.utilisationPct, locale), note: missingMonths },
    { section: g('section.exports'), label: g('item.exportValue'), isFigure: true, value: data.exportUsdCents === null ? noData : formatAmount(data.exportUsdCents, 'USD', locale), note: g('note.exports', { months: data.exportMonths, total: data.months }) },
    { label: g('item.exportCountries'), value: data.exportCountries.length === 0 ? noData : data.exportCountries.map((code) => COUNTRIES[code]?.[locale] ?? code).join(', ') },
  ];
  return (
    <PrintDocument
      list="government"
      fileName={`${g('fileWord')}-${data.period.from}-${data.period.to}.pdf`}
      back="reports"
      title={g('title')}
      today={today}
      orientation="landscape"
      note={`${g('period', { period: periodText(data.period.from, data.period.to, t) })} · ${g('asOf', { date: formatDateId(data.asOf) })}`}
      totals={
        <div className="print-totals" data-testid="print-missing">
          <strong>{g('section.missing')}</strong>: {data.missing.map((key) => g(`missing.${key}`)).join('; ')}.
        </div>
      }
    >
      <table className="print-table" data-testid="print-profile">
        <tbody>
          {rows.flatMap((row) => [
            ...(row.section ? [<tr key={`s-${row.section}`}><th colSpan={3}>{row.section}</th></tr>] : []),
            <tr key={row.label}>
              <td>{row.label}</td><td className={row.isFigure ? 'num nowrap' : undefined}>{row.value}</td><td>{row.note ?? ''}</td>
            </tr>,
          ])}
        </tbody>
      </table>
      <h2 className="print-section">{g('section.materials')}</h2>
      {data.materials.length === 0 ? <p className="print-note">{noData}</p> : (
        <table className="print-table" data-testid="print-materials">
          <tbody>
            {data.materials.map((m) => (
              <tr key={`${m.category}-${m.uom}`}>
                <td>{t(`ui.materialCategory.${m.category}`, { defaultValue: m.category })}</td>
                <td className="num nowrap">{formatNumber(Math.round(m.qty), locale)} {t(`ui.uom.${m.uom}`, { defaultValue: m.uom })}</td>
                <td className="num nowrap">{idr(m.valueIdr)}</td>
              </tr>
            ))}
            <tr className="print-sum"><td colSpan={2}>{g('item.materialsTotal')}</td><td className="num nowrap">{idr(data.materialValueIdr)}</td></tr>
          </tbody>
        </table>
      )}
      <h2 className="print-section">{g('section.products')}</h2>
      {data.products.length === 0 ? <p className="print-note">{noData}</p> : (
        <table className="print-table" data-testid="print-products">
          <tbody>
            {data.products.map((p) => (
              <tr key={`${p.category}-${p.hsCode}`}>
                <td>{categoryName.get(p.category) ?? p.category}</td><td className="mono">{p.hsCode}</td><td>{g('item.productCount', { count: p.products })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* G after F, as in the workbook: which units lack which field, so the Dinas knows what is still to be asked. */}
      <h2 className="print-section">{g('section.completeness')}</h2>
      {data.units.length === 0 ? <p className="print-note">{noData}</p> : data.completeness.length === 0 ? <p className="print-note">{g('complete')}</p> : (
        <table className="print-table" data-testid="print-completeness">
          <tbody>
            {data.completeness.map((entry) => (
              <tr key={entry.field}>
                <td>{g(`field.${entry.field}`)}</td>
                <td className="num nowrap">{fmt(entry.units)}</td>
                <td>{g('note.lacking', { total: data.units.length, codes: entry.unitCodes.length <= 20 ? entry.unitCodes.join(', ') : `${entry.unitCodes.slice(0, 20).join(', ')} … (+${entry.unitCodes.length - 20})` })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <GovernmentUnitsTable report={data} className="print-table" limit={data.units.length} />
    </PrintDocument>
  );
}
