import ExcelJS, { type Worksheet } from 'exceljs';
import type { ImportKind } from '../../../../shared/api/files';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../app';
import { getCentre } from '../db/centre';
import {
  addChoices, finishSheet, headerFooterText, setColumns, writeHeader, writeRows, writeTitle, writeTotals, type SheetColumn,
} from './style';

/** Title lines, a blank row, then the header: the importer finds the header below the titles. */
const HEADER_ROW = 5;
const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Rows of an empty template that get the dropdowns. */
const TEMPLATE_ROWS = 500;

/** Where the totals go and what they add up. */
export interface TotalsPlace<E> {
  /** The first row under the data. */
  row: number;
  firstRow: number;
  lastRow: number;
  label: string;
  columns: SheetColumn<E>[];
  rows: E[];
}

/** How a kind's list is written: its rows, its columns, the template's instruction. */
export interface ExportDef<E> {
  rows(ctx: CallContext): E[];
  columns(ctx: CallContext): SheetColumn<E>[];
  /** The template's instruction line; `row` is the first data row. */
  instruction(ctx: CallContext, row: number): string;
  /** Columns that stay in view when scrolling right (number, code, name). */
  frozenColumns: number;
  /** Totals other than the columns' own `total` (order values per currency). */
  totals?(sheet: Worksheet, place: TotalsPlace<E>): void;
}

/**
 * One sheet: titles with the centre's name, header, rows (none for a template), totals, print
 * setup on A4 fitted to the width with the header row repeated on every page.
 */
export async function buildWorkbook<E>(ctx: CallContext, kind: ImportKind, def: ExportDef<E>, withRows: boolean): Promise<Buffer> {
  const { t } = ctx;
  const columns = def.columns(ctx);
  const rows = withRows ? def.rows(ctx) : null;
  const centre = getCentre(ctx.app.db);
  const centreLine = [centre.cooperativeName, centre.name].filter((part) => part).join(' — ') || null;
  const title = rows === null ? t(`imports.templateTitle.${kind}`) : t(`imports.title.${kind}`);
  const today = ctx.app.today();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  // Excel recomputes the totals on opening; the cached results serve readers that do not.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const width = columns.length;
  const sheet = workbook.addWorksheet(t(`imports.sheet.${kind}`), {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centreLine ?? '')}&R${headerFooterText(title)}`,
      oddFooter: `&L${headerFooterText(t('imports.printed', { date: formatDateId(today) }))}&R${t('imports.page')}`,
    },
  });
  setColumns(sheet, columns);
  writeTitle(sheet, [
    { text: title, size: 14, bold: true, height: 22 },
    { text: centreLine, size: 12, bold: true },
    rows === null
      ? { text: def.instruction(ctx, FIRST_DATA_ROW), size: 10, height: 42 }
      : { text: t('imports.asOf', { date: formatDateId(today) }), size: 10 },
  ], width);
  writeHeader(sheet, HEADER_ROW, columns);
  let lastRow = HEADER_ROW;
  if (rows === null) {
    addChoices(sheet, columns, FIRST_DATA_ROW, FIRST_DATA_ROW + TEMPLATE_ROWS - 1);
  } else {
    writeRows(sheet, FIRST_DATA_ROW, columns, rows);
    addChoices(sheet, columns, FIRST_DATA_ROW, FIRST_DATA_ROW + rows.length - 1);
    lastRow = HEADER_ROW + rows.length;
    if (rows.length > 0) {
      const place = { row: lastRow + 1, firstRow: FIRST_DATA_ROW, lastRow, label: t('imports.total'), columns, rows };
      if (def.totals) def.totals(sheet, place);
      else if (columns.some((column) => column.total)) writeTotals(sheet, place.row, place.label, columns, rows, FIRST_DATA_ROW);
    }
  }
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width, frozenColumns: def.frozenColumns });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
