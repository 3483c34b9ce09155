import type { Workbook } from 'exceljs';
import type { PerformanceLine } from '../../../../shared/api/exports';
import type { CallContext } from '../../platform/app';
import { finishSheet, setColumns, styleTotalsRow, writeHeader, writeRows, writeTotals, type SheetColumn } from '../../platform/workbook/style';
import { addReportSheet } from '../../platform/workbook/report-sheet';

/**
 * One breakdown of the export-performance report as a sheet: its key columns, then this period,
 * the same months a year earlier, growth and share. Growth and share are live formulas carrying
 * their results; a growth from nothing is left empty and the note under the table says why.
 */

export const PERCENT = '0.00%';

export interface BreakdownSheet {
  name: string;
  title: string;
  lines: string[];
  /** The columns that name a line (month, country code and name, category, HS code). */
  keys: SheetColumn<PerformanceLine>[];
  /** Header words of the two money columns, with their periods. */
  currentHeader: string;
  previousHeader: string;
  rows: PerformanceLine[];
  /** A last column (the month sheet's "no data" remark). */
  remark?: SheetColumn<PerformanceLine>;
  notes: string[];
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Writes the sheet; returns where the money columns' data rows are, for the summary's formulas. */
export function addBreakdownSheet(ctx: CallContext, workbook: Workbook, def: BreakdownSheet): { current: string; previous: string } {
  const w = (key: string) => ctx.t(`exports.workbook.${key}`);
  const base: SheetColumn<PerformanceLine>[] = [{ key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_r, i) => i + 1 }, ...def.keys];
  const width = base.length + 4 + (def.remark ? 1 : 0);
  const { sheet, headerRow } = addReportSheet(ctx, workbook, { name: def.name, title: def.title, lines: def.lines, width, orientation: 'portrait' });
  const firstRow = headerRow + 1;
  const lastRow = headerRow + def.rows.length;
  const letter = (offset: number) => sheet.getColumn(base.length + offset).letter;
  const currentRange = `$${letter(1)}$${firstRow}:$${letter(1)}$${Math.max(firstRow, lastRow)}`;
  const columns: SheetColumn<PerformanceLine>[] = [
    ...base,
    // An unknown month stays blank (its remark says why) rather than showing a zero.
    { key: 'current', header: def.currentHeader, width: 17, kind: 'money', value: (r) => (r.currentKnown ? r.currentUsdCents / 100 : null), total: 'sum' },
    { key: 'previous', header: def.previousHeader, width: 17, kind: 'money', value: (r) => (r.previousKnown ? r.previousUsdCents / 100 : null), total: 'sum' },
    {
      key: 'growth', header: w('growth'), width: 13, kind: 'decimal', numFmt: () => PERCENT,
      value: (r) => (r.growthPct === null ? null : ratio(r.currentUsdCents - r.previousUsdCents, r.previousUsdCents)),
      formula: (cellOf) => `IF(${cellOf('previous')}=0,"",${cellOf('current')}/${cellOf('previous')}-1)`,
    },
    {
      key: 'share', header: w('share'), width: 11, kind: 'decimal', numFmt: () => PERCENT,
      value: (r) => (r.sharePct === null ? null : ratio(r.currentUsdCents, def.rows.reduce((sum, row) => sum + row.currentUsdCents, 0))),
      formula: (cellOf) => `IF(SUM(${currentRange})=0,"",${cellOf('current')}/SUM(${currentRange}))`,
    },
    ...(def.remark ? [def.remark] : []),
  ];
  setColumns(sheet, columns);
  writeHeader(sheet, headerRow, columns);
  writeRows(sheet, firstRow, columns, def.rows);
  let end = headerRow;
  if (def.rows.length > 0) {
    const totalRow = lastRow + 1;
    writeTotals(sheet, totalRow, ctx.t('imports.total'), columns, def.rows, firstRow);
    const current = def.rows.reduce((sum, row) => sum + row.currentUsdCents, 0);
    const previous = def.rows.reduce((sum, row) => sum + row.previousUsdCents, 0);
    const [c, p, g, s] = [1, 2, 3, 4].map((offset) => `${letter(offset)}${totalRow}`);
    const growth = sheet.getCell(g);
    growth.value = { formula: `IF(${p}=0,"",${c}/${p}-1)`, result: ratio(current - previous, previous) ?? '' };
    growth.numFmt = PERCENT;
    const share = sheet.getCell(s);
    share.value = { formula: `SUBTOTAL(9,${letter(4)}${firstRow}:${letter(4)}${lastRow})`, result: current === 0 ? 0 : 1 };
    share.numFmt = PERCENT;
    end = totalRow;
  } else {
    styleTotalsRow(sheet, headerRow + 1, width, w('noRows'));
    end = headerRow + 1;
  }
  def.notes.forEach((note, i) => {
    const row = end + 2 + i;
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = note;
    cell.numFmt = '@';
    cell.font = { italic: true, size: 9 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 26;
  });
  finishSheet(sheet, { headerRow, lastRow: Math.max(headerRow, lastRow), width, frozenColumns: base.length });
  return { current: `${letter(1)}${firstRow}:${letter(1)}${Math.max(firstRow, lastRow)}`, previous: `${letter(2)}${firstRow}:${letter(2)}${Math.max(firstRow, lastRow)}` };
}
