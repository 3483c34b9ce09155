import type { Worksheet } from 'exceljs';
import type { ReportPeriod } from '../../../../shared/api/exports';
import type { MaterialLine, MaterialsReport, OpenPurchaseLine, SuggestionLine } from '../../../../shared/api/report-materials';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import { excelDate, writeHeader, type SheetColumn } from '../../platform/workbook/style';
import { finishWorkbook, type WorkbookSink, type WrittenWorkbook } from '../definition';
import { periodLabel } from '../../../../shared/month-labels';
import { addTableSheet } from '../../platform/workbook/table-sheet';
import { addReportSheet, reportWorkbook } from '../../platform/workbook/report-sheet';

/**
 * Laporan Bahan Baku as a workbook: a summary, stock and use per material, open purchase orders
 * and the last plan's suggestions. A centre has tens of materials, so the in-memory workbook
 * serves; the summary's money figures are live sums of the material sheet.
 */

export function materialsTexts(ctx: CallContext, report: MaterialsReport) {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`reportMaterials.${key}`, params);
  return {
    w,
    title: w('title'),
    lines: [w('period', { period: periodLabel(ctx, report.period.from, report.period.to) }), w('asOf', { date: formatDateId(report.asOf) })],
  };
}

export function materialFlag(ctx: CallContext, line: MaterialLine): string | null {
  const words = [
    line.isBelowSafety ? ctx.t('reportMaterials.flag.belowSafety') : line.isBelowReorder ? ctx.t('reportMaterials.flag.belowReorder') : null,
    line.costMissing === 'cost' ? ctx.t('reportMaterials.flag.noCost') : line.costMissing === 'rate' ? ctx.t('reportMaterials.flag.noRate') : null,
  ];
  return words.filter(Boolean).join('; ') || null;
}

function stockColumns(ctx: CallContext): SheetColumn<MaterialLine>[] {
  const c = (key: string) => ctx.t(`reportMaterials.column.${key}`);
  const qty = (key: string, pick: (l: MaterialLine) => number, total = true): SheetColumn<MaterialLine> => ({ key, header: c(key), width: 12, kind: 'decimal', value: pick, total: total ? 'sum' : undefined });
  const money = (key: string, pick: (l: MaterialLine) => number | null): SheetColumn<MaterialLine> => ({ key, header: c(key), width: 16, kind: 'number', value: pick, total: 'sum' });
  return [
    { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_l, i) => i + 1 },
    { key: 'code', header: c('code'), width: 12, kind: 'text', value: (l) => l.materialCode },
    { key: 'name', header: c('name'), width: 28, kind: 'text', value: (l) => l.name },
    { key: 'category', header: c('category'), width: 12, kind: 'text', value: (l) => l.category },
    { key: 'uom', header: c('uom'), width: 8, kind: 'text', value: (l) => l.uom },
    { key: 'unitCost', header: c('unitCost'), width: 13, kind: 'number', value: (l) => l.unitCostIdr },
    qty('onHand', (l) => l.onHand, false),
    money('stockValue', (l) => l.stockValueIdr),
    qty('issued', (l) => l.issued, false),
    qty('returned', (l) => l.returned, false),
    qty('consumed', (l) => l.consumed, false),
    money('consumedValue', (l) => l.consumedValueIdr),
    qty('received', (l) => l.received, false),
    money('receivedValue', (l) => l.receivedValueIdr),
    qty('ordered', (l) => l.ordered, false),
    qty('reorderPoint', (l) => l.reorderPoint, false),
    qty('safetyStock', (l) => l.safetyStock, false),
    { key: 'flag', header: c('flag'), width: 26, kind: 'text', value: (l) => materialFlag(ctx, l) },
  ];
}

function openColumns(ctx: CallContext): SheetColumn<OpenPurchaseLine>[] {
  const c = (key: string) => ctx.t(`reportMaterials.column.${key}`);
  return [
    { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_l, i) => i + 1 },
    { key: 'poNo', header: c('poNo'), width: 15, kind: 'text', value: (l) => l.poNo },
    { key: 'supplier', header: c('supplier'), width: 24, kind: 'text', value: (l) => l.supplier },
    { key: 'orderDate', header: c('orderDate'), width: 12, kind: 'date', value: (l) => excelDate(l.orderDate) },
    { key: 'expectedOn', header: c('expectedOn'), width: 12, kind: 'date', value: (l) => excelDate(l.expectedOn) },
    { key: 'status', header: c('status'), width: 10, kind: 'text', value: (l) => ctx.t(`reportMaterials.status.${l.status}`) },
    { key: 'code', header: c('code'), width: 12, kind: 'text', value: (l) => l.materialCode },
    { key: 'name', header: c('name'), width: 26, kind: 'text', value: (l) => l.materialName },
    { key: 'openQty', header: c('openQty'), width: 13, kind: 'decimal', value: (l) => l.openQty },
    { key: 'uom', header: c('uom'), width: 8, kind: 'text', value: (l) => l.uom },
    { key: 'value', header: c('value'), width: 16, kind: 'number', value: (l) => l.valueIdr, total: 'sum' },
    { key: 'late', header: c('late'), width: 10, kind: 'text', value: (l) => (l.isLate ? ctx.t('reportMaterials.yes') : null) },
  ];
}

function suggestionColumns(ctx: CallContext): SheetColumn<SuggestionLine>[] {
  const c = (key: string) => ctx.t(`reportMaterials.column.${key}`);
  return [
    { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_l, i) => i + 1 },
    { key: 'code', header: c('code'), width: 12, kind: 'text', value: (l) => l.materialCode },
    { key: 'name', header: c('name'), width: 26, kind: 'text', value: (l) => l.materialName },
    { key: 'qty', header: c('qty'), width: 12, kind: 'decimal', value: (l) => l.qty },
    { key: 'uom', header: c('uom'), width: 8, kind: 'text', value: (l) => l.uom },
    { key: 'supplier', header: c('supplier'), width: 24, kind: 'text', value: (l) => l.supplierName },
    { key: 'orderBy', header: c('orderBy'), width: 13, kind: 'date', value: (l) => excelDate(l.orderBy) },
    { key: 'needBy', header: c('needBy'), width: 13, kind: 'date', value: (l) => excelDate(l.needBy) },
    { key: 'late', header: c('late'), width: 10, kind: 'text', value: (l) => (l.late ? ctx.t('reportMaterials.yes') : null) },
    { key: 'value', header: c('value'), width: 16, kind: 'number', value: (l) => l.valueIdr, total: 'sum' },
  ];
}

/** Ringkasan: item and value; money figures as live sums of the stock sheet's columns. */
function writeSummary(ctx: CallContext, sheet: Worksheet, headerRow: number, report: MaterialsReport, stock: { sheetName: string; firstRow: number; lastRow: number; letterOf(key: string): string }): void {
  const w = (key: string) => ctx.t(`reportMaterials.${key}`);
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 20;
  writeHeader(sheet, headerRow, [
    { key: 'item', header: w('column.item'), width: 44, kind: 'text', value: () => null },
    { key: 'value', header: w('column.value'), width: 20, kind: 'number', value: () => null },
  ]);
  const quoted = `'${stock.sheetName.replace(/'/g, "''")}'`;
  const sumOf = (key: string, result: number) =>
    report.materials.length === 0 ? result : { formula: `SUM(${quoted}!${stock.letterOf(key)}${stock.firstRow}:${stock.letterOf(key)}${stock.lastRow})`, result };
  const suggestions = report.plan?.lines ?? [];
  const rows: [string, number | { formula: string; result: number } | string][] = [
    [w('summary.materials'), report.materials.length],
    [w('summary.stockValue'), sumOf('stockValue', report.totals.stockValueIdr)],
    [w('summary.consumedValue'), sumOf('consumedValue', report.totals.consumedValueIdr)],
    [w('summary.receivedValue'), sumOf('receivedValue', report.totals.receivedValueIdr)],
    [w('summary.openValue'), report.totals.openValueIdr],
    [w('summary.suggestions'), report.plan ? suggestions.length : w('screen.noPlan')],
    [w('summary.lateSuggestions'), report.plan ? suggestions.filter((line) => line.late).length : w('screen.noPlan')],
    [w('summary.belowReorder'), report.belowReorder],
    [w('summary.belowSafety'), report.belowSafety],
  ];
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
  rows.forEach(([label, value], i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.getCell(1).value = label;
    row.getCell(1).numFmt = '@';
    row.getCell(2).value = value;
    row.getCell(2).numFmt = typeof value === 'string' ? '@' : '#,##0';
    row.getCell(1).border = border;
    row.getCell(2).border = border;
  });
  const notes = [
    report.hasStock ? null : w('noStock'),
    report.unvalued.length > 0 ? ctx.t('reportMaterials.unvalued', { codes: report.unvalued.join(', ') }) : null,
    report.plan ? ctx.t('reportMaterials.planLine', { date: formatDateId(report.plan.today) }) : w('noPlan'),
    w('noteValues'),
  ].filter((note): note is string => note !== null);
  notes.forEach((note, i) => {
    const r = headerRow + rows.length + 2 + i;
    sheet.mergeCells(r, 1, r, 2);
    const cell = sheet.getCell(r, 1);
    cell.value = note;
    cell.numFmt = '@';
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(r).height = 30;
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}

/** `laporan-bahan-2026-01-2026-11.xlsx`. */
export function materialsFileName(ctx: CallContext, period: ReportPeriod): string {
  return `${ctx.t('reportMaterials.fileWord')}-${period.from}-${period.to}.xlsx`;
}

/** The workbook of a computed report (reports/definition.ts: computed once, then laid out). */
export async function materialsWorkbook(ctx: CallContext, report: MaterialsReport, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const texts = materialsTexts(ctx, report);
  const { w } = texts;
  const workbook = reportWorkbook(ctx);
  const summary = addReportSheet(ctx, workbook, { name: w('sheet.summary'), title: texts.title, lines: texts.lines, width: 2, orientation: 'portrait' });
  const stock = addTableSheet(ctx, workbook, {
    name: w('sheet.stock'), title: `${texts.title} — ${w('sheet.stock')}`, lines: texts.lines, columns: stockColumns(ctx), rows: report.materials,
    frozenColumns: 3, orientation: 'landscape', emptyText: w('noStock'), notes: [w('noteValues')],
  });
  addTableSheet(ctx, workbook, {
    name: w('sheet.open'), title: `${texts.title} — ${w('sheet.open')}`, lines: texts.lines, columns: openColumns(ctx), rows: report.openPurchases,
    frozenColumns: 2, orientation: 'landscape', emptyText: w('noOpen'),
  });
  addTableSheet(ctx, workbook, {
    name: w('sheet.suggestions'), title: `${texts.title} — ${w('sheet.suggestions')}`,
    lines: [...texts.lines, report.plan ? ctx.t('reportMaterials.planLine', { date: formatDateId(report.plan.today) }) : w('noPlan')],
    columns: suggestionColumns(ctx), rows: report.plan?.lines ?? [], frozenColumns: 3, orientation: 'landscape',
    emptyText: report.plan ? w('noSuggestions') : w('noPlan'),
  });
  writeSummary(ctx, summary.sheet, summary.headerRow, report, stock);
  return finishWorkbook(workbook, materialsFileName(ctx, report.period), sink);
}
