import type { Workbook, Worksheet } from 'exceljs';
import type { CallContext } from '../app';
import type { ChartImage } from './chart-image';
import { addReportSheet } from './report-sheet';

/**
 * Chart pictures on the in-memory summary sheets (never on streamed sheets: exceljs' streaming
 * writer cannot hold images). A picture sits under the table, over rows of a fixed height, so
 * what comes after it starts below it in Excel and in LibreOffice alike.
 */

const ROW_POINTS = 15;
const ROW_PIXELS = 20;

/** The picture at `row` (1-based) from column A; returns the first free row after it. */
export function placeChart(workbook: Workbook, sheet: Worksheet, image: ChartImage, row: number): number {
  const id = workbook.addImage({ base64: image.png.toString('base64'), extension: 'png' });
  const rows = Math.ceil(image.height / ROW_PIXELS);
  for (let r = row; r < row + rows; r++) sheet.getRow(r).height = ROW_POINTS;
  sheet.addImage(id, { tl: { col: 0, row: row - 1 }, ext: { width: image.width, height: image.height }, editAs: 'oneCell' });
  return row + rows;
}

/** Where a chart would stand, the words that there is nothing to draw (never a chart of zeros). */
export function placeNoChart(sheet: Worksheet, row: number, width: number, text: string): number {
  sheet.mergeCells(row, 1, row, width);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.numFmt = '@';
  cell.font = { italic: true, size: 10, color: { argb: 'FF5F6B78' } };
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(row).height = 28;
  return row + 1;
}

/** The picture's width: about 16 cm at 96 pixels an inch, inside an A4 page fitted to its width. */
export const CHART_WIDTH = 605;
const CHART_SHEET_COLUMNS = 8;

/**
 * A sheet of its own for a chart too tall to share the summary's printed page: the report's
 * frame (letterhead, title, period), portrait A4, eight columns a little wider than the picture.
 * Returns the sheet, its width in columns and the row the picture goes in.
 */
export function addChartSheet(ctx: CallContext, workbook: Workbook, frame: { title: string; lines: string[] }): { sheet: Worksheet; width: number; row: number } {
  const { sheet, headerRow } = addReportSheet(ctx, workbook, { name: ctx.t('charts.sheet'), ...frame, width: CHART_SHEET_COLUMNS, orientation: 'portrait' });
  for (let column = 1; column <= CHART_SHEET_COLUMNS; column++) sheet.getColumn(column).width = 11;
  return { sheet, width: CHART_SHEET_COLUMNS, row: headerRow };
}

/** Numbers in the charts' words as the reader's language writes them. */
export function chartNumbers(ctx: CallContext) {
  const tag = ctx.locale === 'id' ? 'id-ID' : 'en-GB';
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    tick: (value: number) => compact.format(value),
    /** A share of 0–1 as `37 %`, `<1 %` for a sliver. */
    wholePct: (share: number) => (share > 0 && share < 0.005 ? '<1 %' : `${whole.format(Math.round(share * 100))} %`),
    pct: (value: number) => `${oneDecimal.format(value)} %`,
    money: (value: number) => money.format(value),
  };
}

/** `Jan`, or `Jan 26` where the months run over a year end. */
export function shortMonth(ctx: CallContext, month: string, spansYears: boolean): string {
  const name = ctx.t(`exports.monthShort.${Number(month.slice(5, 7))}`);
  return spansYears ? `${name} ${month.slice(2, 4)}` : name;
}
