import type { Workbook } from 'exceljs';
import type { CallContext } from '../app';
import { finishSheet, setColumns, styleTotalsRow, sumOf, writeHeader, writeRows, writeTotals, type SheetColumn } from './style';
import { addReportSheet } from './report-sheet';

/**
 * A report table on its own sheet, as the production and materials reports write them: the
 * report frame, the columns, live SUBTOTAL totals with their results, and share columns (reject %,
 * utilisation %) that are live quotients in every row and in the totals row. An empty table says
 * so in words instead of a row of zeros.
 */

export const SHARE_FORMAT = '0.00%';

/** A column of numerator ÷ denominator (two other columns' keys), blank where the denominator is 0. */
export interface ShareColumn {
  key: string;
  numerator: string;
  denominator: string;
}

export function shareOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function shareColumn<T>(key: string, header: string, share: ShareColumn, value: (row: T) => number | null): SheetColumn<T> {
  return {
    key, header, width: 11, kind: 'decimal', numFmt: () => SHARE_FORMAT, value,
    formula: (cellOf) => `IF(${cellOf(share.denominator)}=0,"",${cellOf(share.numerator)}/${cellOf(share.denominator)})`,
  };
}

export interface TableSheet<T> {
  name: string;
  title: string;
  lines: string[];
  columns: SheetColumn<T>[];
  rows: T[];
  shares?: ShareColumn[];
  frozenColumns: number;
  orientation: 'portrait' | 'landscape';
  emptyText: string;
  notes?: string[];
}

/** Writes the sheet; returns the data rows' span, for formulas elsewhere. */
export function addTableSheet<T>(ctx: CallContext, workbook: Workbook, def: TableSheet<T>): { sheetName: string; firstRow: number; lastRow: number; letterOf(key: string): string } {
  const width = def.columns.length;
  const { sheet, headerRow } = addReportSheet(ctx, workbook, { name: def.name, title: def.title, lines: def.lines, width, orientation: def.orientation });
  setColumns(sheet, def.columns);
  writeHeader(sheet, headerRow, def.columns);
  const firstRow = headerRow + 1;
  const lastRow = headerRow + def.rows.length;
  writeRows(sheet, firstRow, def.columns, def.rows);
  const letterOf = (key: string) => sheet.getColumn(Math.max(1, def.columns.findIndex((column) => column.key === key) + 1)).letter;
  let end = headerRow + 1;
  if (def.rows.length === 0) {
    styleTotalsRow(sheet, headerRow + 1, width, def.emptyText);
  } else {
    const totalRow = lastRow + 1;
    writeTotals(sheet, totalRow, ctx.t('imports.total'), def.columns, def.rows, firstRow);
    for (const share of def.shares ?? []) {
      const total = (key: string) => {
        const column = def.columns.find((candidate) => candidate.key === key);
        return column ? sumOf(def.rows.map((row, i) => column.value(row, i))) : 0;
      };
      const cell = sheet.getCell(`${letterOf(share.key)}${totalRow}`);
      const [n, d] = [`${letterOf(share.numerator)}${totalRow}`, `${letterOf(share.denominator)}${totalRow}`];
      cell.value = { formula: `IF(${d}=0,"",${n}/${d})`, result: shareOf(total(share.numerator), total(share.denominator)) ?? '' };
      cell.numFmt = SHARE_FORMAT;
    }
    end = totalRow;
  }
  (def.notes ?? []).forEach((note, i) => {
    const row = end + 2 + i;
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = note;
    cell.numFmt = '@';
    cell.font = { italic: true, size: 9 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 28;
  });
  finishSheet(sheet, { headerRow, lastRow: Math.max(headerRow, lastRow), width, frozenColumns: def.frozenColumns });
  return { sheetName: def.name, firstRow, lastRow, letterOf };
}
