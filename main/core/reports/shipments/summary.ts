import type { Borders, Workbook } from 'exceljs';
import type { ShipmentsReport } from '../../../../shared/api/report-shipments';
import type { CallContext } from '../../platform/app';
import type { SheetColumn } from '../../platform/workbook/style';
import { M3 } from './columns';
import { openStreamSheet } from '../../platform/workbook/stream-sheet';

/**
 * Ringkasan: the period's headline figures. Those the Pengapalan sheet totals are live references
 * to its totals row (so a filter there shows here too), with their values cached; without a
 * shipment that left, the figures say "no data" instead of zeros.
 */

interface SummaryItem {
  key: string;
  value: number | null;
  numFmt: string;
  /** Column letter on the shipments sheet's totals row that holds this figure. */
  from?: string;
  remark?: string;
  /** Its label where it is not `reportShipments.item.<key>`. */
  label?: string;
}

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export interface SummaryFrame {
  name: string;
  title: string;
  lines: string[];
  /** `'Pengapalan'!` and the row of its totals. */
  shipmentsSheet: string;
  shipmentsTotalRow: number;
  letterOf(key: string): string;
  notes: string[];
}

export function writeShipmentsSummary(ctx: CallContext, workbook: Workbook, report: ShipmentsReport, frame: SummaryFrame): void {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`reportShipments.${key}`, params);
  const { totals } = report;
  const hasData = totals.shipments > 0;
  const leftOut = (sum: 'fobUsdCents' | 'fobIdr') => {
    const count = report.withoutFob.filter((shipment) => shipment.leftOutOf.includes(sum)).length;
    return count > 0 ? w('withoutFobShort', { count }) : undefined;
  };
  const items: SummaryItem[] = [
    { key: 'shipments', value: totals.shipments, numFmt: '#,##0', from: 'shipmentNo' },
    { key: 'cartons', value: totals.cartons, numFmt: '#,##0', from: 'cartons' },
    { key: 'm3', value: totals.volumeM3, numFmt: M3, from: 'm3' },
    { key: 'grossKg', value: totals.grossKg, numFmt: '#,##0.00', from: 'grossKg' },
    // Sums of the known FOB values (null when none is known), each saying how many shipments it leaves out.
    { key: 'fobUsd', value: totals.fobUsdCents === null ? null : totals.fobUsdCents / 100, numFmt: '#,##0.00', from: 'fobUsd', remark: leftOut('fobUsdCents') },
    { key: 'fobIdr', value: totals.fobIdr, numFmt: '#,##0', from: 'fobIdr', remark: leftOut('fobIdr') },
    // The period's exports as every report counts them (export performance's figure), history months included.
    { key: 'exportUsd', label: ctx.t('exports.source.countedColumn'), value: report.exports.usdCents === null ? null : report.exports.usdCents / 100, numFmt: '#,##0.00' },
    { key: 'countries', value: totals.countries, numFmt: '#,##0' },
    { key: 'lines', value: totals.lines, numFmt: '#,##0' },
    { key: 'booked', value: report.pending.booked, numFmt: '#,##0', remark: w('pendingRemark') },
    { key: 'draft', value: report.pending.draft, numFmt: '#,##0', remark: w('pendingRemark') },
  ];
  const columns: SheetColumn<null>[] = [
    { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: () => null },
    { key: 'item', header: w('column.item'), width: 36, kind: 'text', value: () => null },
    { key: 'value', header: w('column.value'), width: 20, kind: 'decimal', value: () => null },
    { key: 'remark', header: w('column.remark'), width: 36, kind: 'text', value: () => null },
  ];
  const { sheet, headerRow } = openStreamSheet(ctx, workbook, { name: frame.name, title: frame.title, lines: frame.lines, orientation: 'portrait', columns, frozenColumns: 2 });
  items.forEach((item, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    const isLinked = item.from !== undefined && item.value !== null && hasData;
    row.getCell(1).value = i + 1;
    row.getCell(2).value = item.label ?? w(`item.${item.key}`);
    row.getCell(3).value = isLinked
      // m³ and kg are the report's totals rounded to 3 decimals: the formula rounds as the report does, so it computes what it caches.
      ? { formula: `${item.key === 'm3' || item.key === 'grossKg' ? 'ROUND(' : ''}${frame.shipmentsSheet}${frame.letterOf(item.from ?? '')}${frame.shipmentsTotalRow}${item.key === 'm3' || item.key === 'grossKg' ? ',3)' : ''}`, result: item.value ?? 0 }
      : item.value;
    row.getCell(4).value = item.value === null ? [w('noData'), item.remark].filter((text) => text !== undefined).join('; ') : (item.remark ?? null);
    const formats = [{ numFmt: '0', alignment: { horizontal: 'center' as const } }, { numFmt: '@' }, { numFmt: item.numFmt }, { numFmt: '@' }];
    formats.forEach((style, c) => (row.getCell(c + 1).style = { ...style, border: THIN }));
    row.commit();
  });
  frame.notes.forEach((text, i) => {
    const at = headerRow + items.length + 2 + i;
    sheet.mergeCells(at, 1, at, columns.length);
    const cell = sheet.getCell(at, 1);
    cell.value = text;
    cell.style = { numFmt: '@', font: { italic: true, size: 9 }, alignment: { wrapText: true, vertical: 'top' } };
    sheet.getRow(at).height = 28;
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + items.length, column: columns.length } };
  sheet.commit();
}
