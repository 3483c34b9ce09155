import type { Borders, Fill, Worksheet } from 'exceljs';

/**
 * Layout and formats of the registry workbooks, kept apart from what goes in them. Every value
 * from the database is written as a plain string, number or date: the only formulas are the
 * totals built here from column letters and row numbers.
 */

export type ColumnKind = 'index' | 'text' | 'number' | 'date';
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
}

// Text format (@) keeps a NIK's 16 digits and a phone's leading 0 when someone edits or types,
// and makes Excel treat "=…" typed into the cell as text, not as a formula.
const FORMATS: Record<ColumnKind, string> = { index: '0', text: '@', number: '#,##0', date: 'dd/mm/yyyy' };

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
  rows.forEach((item, index) => {
    const row = sheet.getRow(firstRow + index);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.value = column.value(item, index);
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

/**
 * A totals row under the data: live SUBTOTAL formulas (they follow the autofilter) with their
 * value already computed, so a reader that does not recalculate still sees the right figure.
 * Its label is one the importer recognises and skips.
 */
export function writeTotals<T>(sheet: Worksheet, rowNumber: number, label: string, columns: SheetColumn<T>[], rows: T[], firstRow: number): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = label;
  const lastRow = firstRow + rows.length - 1;
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { bold: true };
    cell.border = { top: { style: 'double' }, bottom: { style: 'thin' } };
    if (!column.total || rows.length === 0) return;
    const letter = sheet.getColumn(i + 1).letter;
    const values = rows.map((item, index) => column.value(item, index));
    const result = column.total === 'sum'
      ? values.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0)
      : values.filter((v) => v !== null && v !== '').length;
    cell.value = { formula: `SUBTOTAL(${column.total === 'sum' ? 9 : 3},${letter}${firstRow}:${letter}${lastRow})`, result };
    cell.numFmt = '#,##0';
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
