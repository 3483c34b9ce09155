import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../app';
import { getCentre } from '../db/centre';
import { finishSheet, headerFooterText, setColumns, writeHeader, writeRows, writeTitle, writeTotals, type SheetColumn } from './style';
import type { MadeFile } from '../../../../shared/api/files';
import { outbox } from '../files/outbox';

/**
 * The frame the deliveries, pay and workshop-material workbooks share: title, centre, the
 * period or date, a blank row, the header; A4 landscape fitted to the width, header repeated.
 */
export const HEADER_ROW = 5;
export const FIRST_ROW = HEADER_ROW + 1;

export function word(ctx: CallContext, key: string, params?: Record<string, unknown>): string {
  return ctx.t(`workshops.workbook.${key}`, params);
}

export function column<T>(ctx: CallContext, key: string, width: number, kind: SheetColumn<T>['kind'], value: SheetColumn<T>['value'], extra: Partial<SheetColumn<T>> = {}): SheetColumn<T> {
  return { key, header: word(ctx, `column.${key}`), width, kind, value, ...extra };
}

export function periodLine(ctx: CallContext, from: string, to: string): string {
  return word(ctx, 'period', { from: formatDateId(from), to: formatDateId(to) });
}

export function newWorkbook(ctx: CallContext): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  workbook.calcProperties = { fullCalcOnLoad: true };
  return workbook;
}

interface TableSheet<T> {
  name: string;
  title: string;
  /** The period or the as-of date, and any filter. */
  subtitle: string;
  columns: SheetColumn<T>[];
  rows: T[];
  frozenColumns: number;
}

/** A sheet of rows with a totals row under them; returns the sheet and the totals row's number (null without rows). */
export function tableSheet<T>(ctx: CallContext, workbook: Workbook, table: TableSheet<T>): { sheet: Worksheet; totalsRow: number | null } {
  const centre = getCentre(ctx.app.db);
  const centreLine = [centre.cooperativeName, centre.name].filter((part) => part).join(' — ');
  const { columns, rows } = table;
  const sheet = workbook.addWorksheet(table.name, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centreLine)}&R${headerFooterText(`${table.title} — ${table.subtitle}`)}`,
      oddFooter: `&L${headerFooterText(word(ctx, 'printed', { date: formatDateId(ctx.app.today()) }))}&R${ctx.t('imports.page')}`,
    },
  });
  writeTitle(sheet, [
    { text: table.title, size: 14, bold: true, height: 22 },
    { text: centreLine || null, size: 12, bold: true },
    { text: table.subtitle, size: 10 },
  ], columns.length);
  setColumns(sheet, columns);
  writeHeader(sheet, HEADER_ROW, columns);
  writeRows(sheet, FIRST_ROW, columns, rows);
  const lastRow = HEADER_ROW + rows.length;
  const totalsRow = rows.length > 0 ? lastRow + 1 : null;
  if (totalsRow !== null) writeTotals(sheet, totalsRow, word(ctx, 'total'), columns, rows, FIRST_ROW);
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width: columns.length, frozenColumns: table.frozenColumns });
  return { sheet, totalsRow };
}

/** The address of a column (by key) in a row of the sheet. */
export function cellAt<T>(sheet: Worksheet, columns: SheetColumn<T>[], key: string, row: number): string {
  return `${sheet.getColumn(columns.findIndex((c) => c.key === key) + 1).letter}${row}`;
}

/** The workbook into the outbox, where the door the user came through takes it. */
export async function workbookFile(workbook: Workbook, fileName: string): Promise<MadeFile> {
  return outbox().put(fileName, Buffer.from(await workbook.xlsx.writeBuffer()));
}
