import type { Borders, Style, Workbook, Worksheet } from 'exceljs';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../app';
import { getCentre } from '../db/centre';
import { decimalsOf, exactDecimal, headerFooterText, writeHeader, writeTitle, type ColumnKind, type SheetColumn } from './style';
import { letterheadLines } from './report-sheet';
import { sheetPressure, type SheetPressure } from './stream-pressure';
import { outputFailure } from './stream-workbook';

/**
 * Report sheets written with exceljs' streaming WorkbookWriter, for detail tables that can run to
 * hundreds of thousands of rows: each row goes to the zip as soon as it is written, and a long
 * table waits for deflate to catch up (addStreamRows, stream-pressure.ts), so memory stays bounded. Same frame as report-sheet.ts (letterhead, title, A4 fitted to width, repeated header
 * row, header and footer), frozen header, autofilter, and a totals row of live SUBTOTALs carrying
 * their results. Views must be known before the first row, so the frame is set up in one call.
 */

/** Excel's last row: a sheet cannot hold more. */
export const EXCEL_MAX_ROWS = 1_048_576;

const FORMATS: Record<ColumnKind, string> = {
  index: '0', text: '@', number: '#,##0', decimal: '#,##0.00', money: '#,##0.00', date: 'dd/mm/yyyy',
};
const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const TOTAL_BORDER: Partial<Borders> = { top: { style: 'double' }, bottom: { style: 'thin' } };

export interface StreamSheetOptions<T> {
  name: string;
  title: string;
  lines: string[];
  orientation: 'portrait' | 'landscape';
  columns: SheetColumn<T>[];
  frozenColumns: number;
}

export interface StreamSheet<T> {
  sheet: Worksheet;
  columns: SheetColumn<T>[];
  headerRow: number;
  /** Data rows written so far. */
  count: number;
  /** Per column: the running sum ('sum') or count of filled cells ('count'). */
  totals: number[];
  /** Per summed column: the most decimals among its cells, to which its sum is exact. */
  decimals: number[];
  styles: Map<string, Partial<Style>>;
  /** How much of the sheet's XML waits for deflate. */
  pressure: SheetPressure;
}

/** Where the header row of a report sheet with these title lines falls (letterhead, gap, title, lines, blank). */
export function headerRowOf(ctx: CallContext, lines: string[]): number {
  return letterheadLines(ctx, getCentre(ctx.app.db)).length + lines.length + 4;
}

/** Adds the sheet with its frame and header row, both already sent to the stream. */
export function openStreamSheet<T>(ctx: CallContext, workbook: Workbook, options: StreamSheetOptions<T>): StreamSheet<T> {
  const centre = getCentre(ctx.app.db);
  const letterhead = letterheadLines(ctx, centre);
  const headerRow = letterhead.length + options.lines.length + 4;
  const width = options.columns.length;
  const sheet = workbook.addWorksheet(options.name, {
    pageSetup: {
      paperSize: 9, orientation: options.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centre.cooperativeName ?? centre.name)}&R${headerFooterText(options.title)}`,
      oddFooter: `&L${headerFooterText(ctx.t('imports.printed', { date: formatDateId(ctx.app.today()) }))}&R${ctx.t('imports.page')}`,
    },
    views: [{
      state: 'frozen', xSplit: options.frozenColumns, ySplit: headerRow,
      topLeftCell: `${String.fromCharCode(65 + options.frozenColumns)}${headerRow + 1}`,
    }],
  });
  options.columns.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  writeTitle(sheet, [
    ...letterhead.map((text, i) => ({ text, size: i === 0 ? 13 : i === 1 ? 11 : 9, bold: i < 2 })),
    { text: null, size: 6, height: 6 },
    { text: options.title, size: 13, bold: true, height: 22 },
    ...options.lines.map((text) => ({ text, size: 10 })),
  ], width);
  for (let row = 1; row < headerRow - 1; row++) sheet.getCell(row, 1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  writeHeader(sheet, headerRow, options.columns);
  sheet.getRow(headerRow).commit();
  return {
    sheet, columns: options.columns, headerRow, count: 0, totals: options.columns.map(() => 0), decimals: options.columns.map(() => 0), styles: new Map(),
    pressure: sheetPressure(sheet, outputFailure(workbook)),
  };
}

/** One style object per format, shared by every cell that has it: exceljs then looks it up instead of building it again. */
function styleFor<T>(table: StreamSheet<T>, kind: ColumnKind, numFmt: string): Partial<Style> {
  const key = `${kind}|${numFmt}`;
  let style = table.styles.get(key);
  if (!style) {
    style = { numFmt, border: THIN, ...(kind === 'index' ? { alignment: { horizontal: 'center' } } : {}) };
    table.styles.set(key, style);
  }
  return style;
}

/** Writes one data row and sends it on; user text stays a plain string, never a formula. */
export function addStreamRow<T>(table: StreamSheet<T>, item: T): void {
  const { sheet, columns } = table;
  const index = table.count;
  const rowNumber = table.headerRow + 1 + index;
  const row = sheet.getRow(rowNumber);
  const cellOf = (key: string) => `${sheet.getColumn(Math.max(1, columns.findIndex((column) => column.key === key) + 1)).letter}${rowNumber}`;
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    const value = column.value(item, index);
    cell.value = column.formula && typeof value === 'number' ? { formula: column.formula(cellOf), result: value } : value;
    cell.style = styleFor(table, column.kind, column.numFmt ? column.numFmt(item) : FORMATS[column.kind]);
    if (column.total === 'sum' && typeof value === 'number') {
      table.totals[i] += value;
      table.decimals[i] = Math.max(table.decimals[i], decimalsOf(value));
    }
    if (column.total === 'count' && value !== null && value !== '') table.totals[i] += 1;
  });
  row.commit();
  table.count += 1;
}

/**
 * Writes rows as addStreamRow does, pausing whenever deflate falls behind: the way to write a table
 * of any length. Other work can run during a pause, so the rows must not come from an iterator
 * over the same database connection while that work might write to it.
 */
export async function addStreamRows<T>(table: StreamSheet<T>, rows: Iterable<T>): Promise<void> {
  for (const item of rows) {
    addStreamRow(table, item);
    if (table.pressure.isFull()) await table.pressure.drained();
  }
}

/**
 * Closes the table: the totals row (or, without rows, the `empty` words in its place), notes under
 * it, the autofilter over header and data; then the sheet goes to the zip.
 */
export function closeStreamSheet<T>(
  table: StreamSheet<T>, options: { label: string; empty: string; notes?: string[]; totalFormats?: Record<string, string> },
): void {
  const { sheet, columns, headerRow, count } = table;
  const width = columns.length;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + count;
  const totalRow = lastRow + 1;
  const row = sheet.getRow(totalRow);
  row.getCell(1).value = count === 0 ? options.empty : options.label;
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { bold: true };
    cell.border = TOTAL_BORDER;
    // The first cell carries the label; a total asked of that column gives way to it.
    if (!column.total || count === 0 || i === 0) return;
    const letter = sheet.getColumn(i + 1).letter;
    const result = column.total === 'sum' ? exactDecimal(table.totals[i], table.decimals[i]) : table.totals[i];
    cell.value = { formula: `SUBTOTAL(${column.total === 'sum' ? 9 : 3},${letter}${firstRow}:${letter}${lastRow})`, result };
    cell.numFmt = options.totalFormats?.[column.key] ?? (column.total === 'sum' && column.kind !== 'number' && column.kind !== 'index' ? FORMATS[column.kind] : '#,##0');
  });
  if (count === 0) sheet.mergeCells(totalRow, 1, totalRow, width);
  (options.notes ?? []).forEach((text, i) => {
    const at = totalRow + 2 + i;
    sheet.mergeCells(at, 1, at, width);
    const cell = sheet.getCell(at, 1);
    cell.value = text;
    cell.style = { numFmt: '@', font: { italic: true, size: 9 }, alignment: { wrapText: true, vertical: 'top' } };
    sheet.getRow(at).height = 26;
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, lastRow), column: width } };
  sheet.commit();
}
