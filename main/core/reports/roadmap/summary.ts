import type { Cell, Worksheet } from 'exceljs';
import type { GapAhead, RoadmapView } from '../../../../shared/api/roadmap';
import type { CallContext } from '../../platform/app';
import { writeHeader, type SheetColumn } from '../../platform/workbook/style';
import { PERCENT } from '../export-performance/sheet';
import { monthLabel } from '../../../../shared/month-labels';
import type { ReportSheet } from '../../platform/workbook/report-sheet';
import { kpiFormat, kpiNumber, ratioFormula, targetRatio } from './kpi-sheet';

/**
 * Ringkasan: every KPI in the headline year against its target and baseline (% of target live),
 * the count by status, then the gap ahead — what the export target needs at today's productivity,
 * the shortfall as a live difference — with the formula written out.
 */

const THIN = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
export const SUMMARY_WIDTH = 8;

function put(cell: Cell, value: Cell['value'], numFmt: string): void {
  cell.value = value;
  cell.numFmt = numFmt;
  cell.border = THIN;
}

function note(sheet: Worksheet, row: number, text: string, italic = false): void {
  sheet.mergeCells(row, 1, row, SUMMARY_WIDTH);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.numFmt = '@';
  cell.font = { italic, size: italic ? 9 : 10 };
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(row).height = 28;
}

/** The gap block: item over columns A–B, then now, needed and the shortfall (a live difference) in C–E. */
function writeGap(ctx: CallContext, sheet: Worksheet, gap: GapAhead, start: number): void {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`roadmap.workbook.${key}`, params);
  const title = sheet.getCell(start, 1);
  title.value = w('gapTitle', { year: gap.targetYear ?? '' });
  title.font = { bold: true, size: 11 };
  if (gap.reason === 'no-target') return note(sheet, start + 1, w('gapNoTarget'));
  const header = sheet.getRow(start + 1);
  sheet.mergeCells(start + 1, 1, start + 1, 2);
  writeHeader(sheet, start + 1, [{ key: 'item', header: w('column.item'), width: 0, kind: 'text', value: () => null }]);
  (['now', 'needed', 'gap'] as const).forEach((key, i) => {
    const cell = header.getCell(3 + i);
    cell.value = w(`column.${key}`);
    cell.style = { ...header.getCell(1).style };
  });
  let row = start + 2;
  for (const line of gap.lines) {
    const r = sheet.getRow(row);
    const divisor = line.key === 'exports' ? 100 : 1;
    const format = line.key === 'exports' ? '#,##0.00' : '#,##0';
    sheet.mergeCells(row, 1, row, 2);
    put(r.getCell(1), ctx.t(`roadmap.gap.${line.key}`), '@');
    put(r.getCell(3), line.now / divisor, format);
    put(r.getCell(4), line.needed === null ? null : line.needed / divisor, format);
    put(r.getCell(5), line.gap === null ? null : { formula: `D${row}-C${row}`, result: line.gap / divisor }, format);
    row += 1;
  }
  const words = { from: monthLabel(ctx, gap.basisFrom, true), to: monthLabel(ctx, gap.basisTo, true) };
  const basis = new Intl.NumberFormat(ctx.locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(gap.basisUsdCents / 100);
  note(sheet, row + 1, gap.reason === 'no-exports' ? w('gapNoExports', words) : w('gapFormula', { year: gap.targetYear, basis, ...words }), true);
  if (gap.reason === null && gap.monthsWithData < 12) note(sheet, row + 2, w('gapPartial', { count: gap.monthsWithData }), true);
}

export function writeRoadmapSummary(ctx: CallContext, { sheet, headerRow }: ReportSheet, view: RoadmapView): void {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`roadmap.workbook.${key}`, params);
  const year = view.headline.year;
  const widths = [30, 9, 16, 16, 16, 11, 15, 10];
  const keys = ['kpi', 'unit', 'baseline', 'targetOf', 'actualOf', 'pct', 'status', 'source'];
  const header: SheetColumn<null>[] = keys.map((key, i) => ({
    key, header: w(`column.${key}`, { year: key === 'baseline' ? view.baselineYear : year }), width: widths[i], kind: 'text', value: () => null,
  }));
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  writeHeader(sheet, headerRow, header);
  let row = headerRow + 1;
  for (const kpi of view.kpis) {
    const cell = kpi.years.find((candidate) => candidate.year === year);
    const baseline = kpi.years.find((candidate) => candidate.year === view.baselineYear)?.actual ?? null;
    const r = sheet.getRow(row);
    const format = kpiFormat(kpi);
    put(r.getCell(1), kpi.label, '@');
    put(r.getCell(2), kpi.unit, '@');
    put(r.getCell(3), kpiNumber(kpi, baseline), format);
    put(r.getCell(4), kpiNumber(kpi, cell?.target ?? null), format);
    put(r.getCell(5), kpiNumber(kpi, cell?.actual ?? null), format);
    const ratio = cell ? targetRatio(kpi, cell) : null;
    put(r.getCell(6), ratio === null ? null : { formula: ratioFormula(kpi, `D${row}`, `E${row}`), result: ratio }, PERCENT);
    put(r.getCell(7), cell ? ctx.t(`roadmap.status.${cell.status}`) : null, '@');
    put(r.getCell(8), cell?.source ? ctx.t(`roadmap.source.${cell.source}`) : null, '@');
    row += 1;
  }
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, row - 1), column: SUMMARY_WIDTH } };
  note(sheet, row + 1, w('headline', { ...view.headline }));
  note(sheet, row + 2, w('pctNote'), true);
  writeGap(ctx, sheet, view.gap, row + 4);
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }];
}
