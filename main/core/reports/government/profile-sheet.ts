import type { Cell, CellValue } from 'exceljs';
import type { GovernmentReport } from '../../../../shared/api/registry-reports';
import { COUNTRIES } from '../../../../shared/countries';
import { formatDateId } from '../../../../shared/dates';
import { monthLabel } from '../../../../shared/month-labels';
import type { CallContext } from '../../platform/app';
import { getCentre, listCategories } from '../../platform/db/centre';
import { writeHeader, type SheetColumn } from '../../platform/workbook/style';
import type { ListRanges } from '../registry/sheets';
import type { ReportSheet } from '../../platform/workbook/report-sheet';

const THIN = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
const COUNT = '#,##0';
const RUPIAH = '#,##0';
const USD = '#,##0.00';
const PERCENT = '0.00%';

type Value = CellValue | { formula: string; result: number | string };

/** Unit codes in a note: the first twenty, then how many more (the unit sheet has them all). */
function listed(codes: string[]): string {
  return codes.length <= 20 ? codes.join(', ') : `${codes.slice(0, 20).join(', ')} … (+${codes.length - 20})`;
}

/**
 * The sentra profile: identity, units and workforce at the period's end, production and capacity
 * use, raw materials consumed, exports and products in the period, and the fields the app does
 * not keep. Counts and sums over the per-unit sheet are live formulas with their results; a
 * figure the data does not reach reads "belum ada data".
 */
export function writeProfileSheet(ctx: CallContext, { sheet, headerRow }: ReportSheet, report: GovernmentReport, units: ListRanges): void {
  const g = (key: string, params?: Record<string, unknown>) => ctx.t(`reportGovernment.${key}`, params);
  const centre = getCentre(ctx.app.db);
  const noData = g('noData');
  const header: SheetColumn<null>[] = [
    { key: 'item', header: g('column.item'), width: 44, kind: 'text', value: () => null },
    { key: 'value', header: g('column.value'), width: 30, kind: 'number', value: () => null },
    { key: 'unit', header: g('column.unit'), width: 12, kind: 'text', value: () => null },
    { key: 'note', header: g('column.note'), width: 50, kind: 'text', value: () => null },
  ];
  header.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  writeHeader(sheet, headerRow, header);
  let row = headerRow + 1;
  const put = (cell: Cell, value: Value, numFmt: string) => {
    cell.value = value;
    cell.numFmt = numFmt;
    cell.border = THIN;
    cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
  };
  const line = (label: string, value: Value, format: string, unit = '', note = '') => {
    const r = sheet.getRow(row);
    put(r.getCell(1), label, '@');
    put(r.getCell(2), value, typeof value === 'string' ? '@' : format);
    put(r.getCell(3), unit, '@');
    put(r.getCell(4), note, '@');
    // Wrapped text needs its row tall enough: not every reader fits the height on opening.
    const lines = Math.max(1, ...[label, value, note].map((text, i) => (typeof text === 'string' ? Math.ceil(text.length / (header[i === 0 ? 0 : i === 1 ? 1 : 3].width - 2)) : 1)));
    if (lines > 1) r.height = 14 * lines;
    row++;
    return row - 1;
  };
  const section = (title: string) => {
    row++;
    sheet.mergeCells(row, 1, row, 4);
    const cell = sheet.getCell(row, 1);
    cell.value = title;
    cell.font = { bold: true };
    row++;
  };
  const text = (value: string | null) => value ?? noData;
  const pcs = g('unit.pcs');
  section(g('section.identity'));
  line(g('item.name'), centre.name, '@');
  line(g('item.cooperative'), text(centre.cooperativeName), '@', '', centre.cooperativeRegNo ? g('item.regNo', { number: centre.cooperativeRegNo }) : '');
  line(g('item.address'), text(centre.address), '@');
  line(g('item.village'), text(centre.village), '@');
  line(g('item.district'), text(centre.district), '@');
  line(g('item.regency'), text(centre.regency), '@');
  line(g('item.province'), text(centre.province), '@');
  line(g('item.kbli'), report.kbli.length === 0 ? noData : report.kbli.map((k) => g('item.kbliUnits', { code: k.code, units: k.units })).join('; '), '@');

  const active = `"${ctx.t('reportRegistry.state.active')}"`;
  const has = units.rows > 0;
  const reg = report.figures.registry;
  // A registry figure without any history by then is unknown: "belum ada data", never 0.
  const counted = (value: number | null, formula: string): Value => (value === null ? noData : has ? { formula, result: value } : value);
  section(g('section.units', { date: formatDateId(report.asOf) }));
  line(g('item.units'), counted(reg.units, `COUNTA(${units.range('unit_code')})`), COUNT, g('unit.units'));
  line(g('item.activeUnits'), counted(reg.activeUnits, `COUNTIF(${units.range('state')},${active})`), COUNT, g('unit.units'));
  line(g('item.members'), reg.members ?? noData, COUNT, g('unit.people'), g('note.members'));
  line(g('item.workers'), counted(reg.workers, `SUMIF(${units.range('state')},${active},${units.range('workers')})`), COUNT, g('unit.people'), g('note.activeOnly'));
  line(g('item.capacity'), counted(reg.registeredMonthlyCapacity, `SUMIF(${units.range('state')},${active},${units.range('monthly_capacity')})`), COUNT, g('unit.pcsMonth'), g('note.activeOnly'));

  const { figures } = report;
  const covered = figures.monthsWithData.length;
  const missingMonths = figures.missingMonths.map((month) => monthLabel(ctx, month)).join(', ');
  section(g('section.production', { months: covered, total: figures.months.length }));
  const known = report.producedQty !== null && has;
  const monthsNote = figures.missingMonths.length === 0 ? '' : ` ${g('note.missingMonths', { months: missingMonths })}`;
  const installedRow = line(g('item.installed'), known ? { formula: `SUM(${units.range('installed')})`, result: report.installedCapacity ?? 0 } : noData, COUNT, pcs, `${g('note.installed', { months: covered })}${monthsNote}`);
  const producedRow = line(g('item.produced'), known ? { formula: `SUM(${units.range('produced')})`, result: report.producedQty ?? 0 } : noData, COUNT, pcs, g('note.produced'));
  const partial = figures.unpricedOrders.length === 0 ? '' : ` ${g('note.partial', { orders: figures.unpricedOrders.map((order) => order.orderNo).join(', ') })}`;
  line(g('item.productionValue'), known ? { formula: `SUM(${units.range('production_value')})`, result: report.productionValueIdr ?? 0 } : noData, RUPIAH, 'Rp', `${g('note.productionValue')}${partial}`);
  line(g('item.utilisation'), known && report.utilisationPct !== null ? { formula: `IF(B${installedRow}=0,"",ROUND(B${producedRow}/B${installedRow},4))`, result: Math.round(((report.producedQty ?? 0) / (report.installedCapacity ?? 1)) * 10_000) / 10_000 } : noData, PERCENT, '', monthsNote.trim());

  section(g('section.materials'));
  const materialName = (category: string) => ctx.t(`ui.materialCategory.${category}`, { defaultValue: category });
  const uomName = (uom: string) => ctx.t(`ui.uom.${uom}`, { defaultValue: uom });
  const firstMaterial = row;
  // Material quantities read as whole units among the profile's whole numbers.
  const quantity = (qty: number) => Math.round(qty).toLocaleString(ctx.locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 });
  for (const material of report.materials) line(materialName(material.category), material.valueIdr, RUPIAH, 'Rp', `${quantity(material.qty)} ${uomName(material.uom)}`);
  if (report.materials.length === 0) line(g('item.materials'), noData, '@');
  else {
    const total = report.materials.reduce((sum, material) => sum + material.valueIdr, 0);
    line(g('item.materialsTotal'), { formula: `SUM(B${firstMaterial}:B${row - 1})`, result: total }, RUPIAH, 'Rp', g('note.materials'));
    sheet.getRow(row - 1).font = { bold: true };
  }

  section(g('section.exports'));
  line(g('item.exportValue'), report.exportUsdCents === null ? noData : report.exportUsdCents / 100, USD, 'USD', g('note.exports', { months: report.exportMonths, total: report.months }));
  line(g('item.exportCountries'), report.exportCountries.length === 0 ? noData : report.exportCountries.map((code) => COUNTRIES[code]?.[ctx.locale] ?? code).join(', '), '@');

  section(g('section.products'));
  const categories = new Map(listCategories(ctx.app.db).map((c) => [c.code, ctx.locale === 'en' ? c.nameEn : c.nameId]));
  if (report.products.length === 0) line(g('item.products'), noData, '@');
  for (const product of report.products) line(categories.get(product.category) ?? product.category, product.hsCode, '@', g('unit.hs'), g('item.productCount', { count: product.products }));

  section(g('section.completeness'));
  if (reg.units === null || report.units.length === 0) line(g('item.completeness'), noData, '@');
  else if (report.completeness.length === 0) line(g('item.completeness'), g('complete'), '@');
  for (const entry of report.completeness) {
    line(g(`field.${entry.field}`), entry.units, COUNT, g('unit.units'), g('note.lacking', { total: report.units.length, codes: listed(entry.unitCodes) }));
  }

  section(g('section.missing'));
  for (const key of report.missing) line(g(`missing.${key}`), g('notStored'), '@');
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}
