import type { Borders, Fill, Worksheet } from 'exceljs';

/**
 * Layout and formats of the registry workbooks, kept apart from what goes in them. Every value
 * from the database is written as a plain string, number or date: the only formulas are the
 * totals built here from column letters and row numbers.
 */

/** `decimal` is for fractional quantities; `money` is formatted per row by its currency. */
export type ColumnKind = 'index' | 'text' | 'number' | 'decimal' | 'money' | 'date';
export type PlainValue = string | number | Date | null;

export interface SheetColumn<T> {
  key: string;
  header: string;
  width: number;
  kind: ColumnKind;
  value(row: T, index: number): PlainValue;
  /** A dropdown of the accepted words; a warning, not a block, because synonyms also import. */
  choices?: string[];
  total?: 'count' | 'sum';
  /** A cell's own format where the column's does not fit the row (rupiah without decimals, USD with). */
  numFmt?(row: T): string;
  /**
   * A live formula instead of a plain value (a line's qty × price); `value` gives its computed
   * result. `cellOf` turns a column key into the address of that column in the same row.
   */
  formula?(cellOf: (key: string) => string): string;
}

// Text format (@) keeps a NIK's 16 digits and a phone's leading 0 when someone edits or types,
// and makes Excel treat "=…" typed into the cell as text, not as a formula.
const FORMATS: Record<ColumnKind, string> = {
  index: '0', text: '@', number: '#,##0', decimal: '#,##0.00', money: '#,##0.00', date: 'dd/mm/yyyy',
};

/** Rupiah and yen have no minor unit: `#,##0`; the others `#,##0.00`. */
export function moneyFormat(minorDigits: number): string {
  return minorDigits === 0 ? '#,##0' : '#,##0.00';
}

const THIN: Partial<Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };

/** ISO date to the UTC midnight exceljs turns into the same Excel day everywhere. */
export function excelDate(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** Column widths and formats first, so the cells written later and those typed in Excel inherit them. */
export function setColumns<T>(sheet: Worksheet, columns: SheetColumn<T>[]): void {
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = column.width;
    sheetColumn.numFmt = FORMATS[column.kind];
    if (column.kind === 'index') sheetColumn.alignment = { horizontal: 'center' };
  });
}

/** Title lines above the header, each merged across the table. */
export function writeTitle(sheet: Worksheet, lines: { text: string | null; size: number; bold?: boolean; height?: number }[], width: number): void {
  lines.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    sheet.mergeCells(i + 1, 1, i + 1, width);
    const cell = row.getCell(1);
    cell.value = line.text;
    cell.font = { size: line.size, bold: line.bold ?? false };
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    cell.numFmt = '@';
    if (line.height) row.height = line.height;
  });
}

export function writeHeader<T>(sheet: Worksheet, rowNumber: number, columns: SheetColumn<T>[]): void {
  const row = sheet.getRow(rowNumber);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 30;
}

export function writeRows<T>(sheet: Worksheet, firstRow: number, columns: SheetColumn<T>[], rows: T[]): void {
  const letters = new Map(columns.map((column, i) => [column.key, sheet.getColumn(i + 1).letter]));
  rows.forEach((item, index) => {
    const rowNumber = firstRow + index;
    const row = sheet.getRow(rowNumber);
    const cellOf = (key: string) => `${letters.get(key) ?? 'A'}${rowNumber}`;
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const value = column.value(item, index);
      cell.value = column.formula && typeof value === 'number' ? { formula: column.formula(cellOf), result: value } : value;
      if (column.numFmt) cell.numFmt = column.numFmt(item);
      cell.border = THIN;
    });
  });
}

/** Dropdowns on the rows that hold (or will hold) data. */
export function addChoices<T>(sheet: Worksheet, columns: SheetColumn<T>[], fromRow: number, toRow: number): void {
  columns.forEach((column, i) => {
    if (!column.choices) return;
    for (let r = fromRow; r <= toRow; r++) {
      sheet.getRow(r).getCell(i + 1).dataValidation = {
        type: 'list', allowBlank: true, formulae: [`"${column.choices.join(',')}"`], showErrorMessage: true, errorStyle: 'warning',
      };
    }
  });
}

/** A totals row's label and lines; its label is one the importer recognises and skips. */
export function styleTotalsRow(sheet: Worksheet, rowNumber: number, width: number, label: string): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = label;
  for (let col = 1; col <= width; col++) {
    const cell = row.getCell(col);
    cell.font = { bold: true };
    cell.border = { top: { style: 'double' }, bottom: { style: 'thin' } };
  }
}

/**
 * Decimal places a number has as written in its cell (to 15 significant digits, as spreadsheets
 * keep them): 165.8445 → 4, 0.1 → 1, 12 → 0.
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa, exponent] = Number(value.toPrecision(15)).toExponential().split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

/**
 * A sum or difference of cells as a spreadsheet computes it: exact in decimal, so rounded to the
 * most decimals among its terms (0,1 + 0,2 caches 0,3, not 0,30000000000000004; 165,8445 stays
 * 165,8445 and is never rounded to what the column shows).
 */
export function exactDecimal(result: number, decimals: number): number {
  // A term with 15 decimals is no short decimal (1/3): its sum stays as the arithmetic gives it.
  return decimals >= 15 ? result : Number(result.toFixed(decimals));
}

/** The SUM of a column's cells, exactly as the formula gives it. */
export function sumOf(values: PlainValue[]): number {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return exactDecimal(numbers.reduce((sum, v) => sum + v, 0), Math.max(0, ...numbers.map(decimalsOf)));
}

/**
 * A totals row under the data: live SUBTOTAL formulas (they follow the autofilter) with their
 * value already computed, so a reader that does not recalculate still sees the right figure.
 */
export function writeTotals<T>(sheet: Worksheet, rowNumber: number, label: string, columns: SheetColumn<T>[], rows: T[], firstRow: number): void {
  styleTotalsRow(sheet, rowNumber, columns.length, label);
  const row = sheet.getRow(rowNumber);
  const lastRow = firstRow + rows.length - 1;
  columns.forEach((column, i) => {
    if (!column.total || rows.length === 0) return;
    const cell = row.getCell(i + 1);
    const letter = sheet.getColumn(i + 1).letter;
    const values = rows.map((item, index) => column.value(item, index));
    const result = column.total === 'sum' ? sumOf(values) : values.filter((v) => v !== null && v !== '').length;
    cell.value = { formula: `SUBTOTAL(${column.total === 'sum' ? 9 : 3},${letter}${firstRow}:${letter}${lastRow})`, result };
    cell.numFmt = column.total === 'sum' && column.kind !== 'number' ? FORMATS[column.kind] : '#,##0';
  });
}

/** `&` starts a code in Excel's header and footer language; a centre called "A & B" must print as such. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

export function finishSheet(sheet: Worksheet, options: { headerRow: number; lastRow: number; width: number; frozenColumns: number }): void {
  const { headerRow, lastRow, width, frozenColumns } = options;
  sheet.views = [{ state: 'frozen', xSplit: frozenColumns, ySplit: headerRow, topLeftCell: sheet.getRow(headerRow + 1).getCell(frozenColumns + 1).address }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, lastRow), column: width } };
}
