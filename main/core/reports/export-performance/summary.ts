import type { Cell } from 'exceljs';
import { performanceWithoutFobNotes } from '../../../../shared/api/report-shipments';
import type { ExportPerformance, PerformanceLine } from '../../../../shared/api/exports';
import type { CallContext } from '../../platform/app';
import { writeHeader, type SheetColumn } from '../../platform/workbook/style';
import { PERCENT, ratio } from './sheet';
import { monthSourceNotes } from './sources';
import { monthLabel, partialMonthLabel } from '../../../../shared/month-labels';
import type { ReportSheet } from '../../platform/workbook/report-sheet';

const MONEY = '#,##0.00';
const COUNT = '#,##0';
/** The summary's columns: item, this period, a year earlier, change, growth. */
export const SUMMARY_COLUMNS = 5;
const THIN = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;

/** Where the month sheet keeps its money, for the summary's live totals. */
export interface MonthRanges {
  sheet: string;
  current: string;
  previous: string;
  /** The money columns' headers, with their periods. */
  currentHeader: string;
  previousHeader: string;
}

function activeCount(lines: PerformanceLine[], pick: (line: PerformanceLine) => number): number {
  return lines.filter((line) => pick(line) > 0).length;
}

/**
 * The summary: the period's FOB value against the same months a year earlier (live sums of the
 * month sheet, with their results), how widely the centre exported, the roadmap target (absent
 * until a roadmap exists, and said so), and notes on missing months. Returns the first free row
 * under the notes (where the charts go).
 */
export function writeSummarySheet(ctx: CallContext, { sheet, headerRow }: ReportSheet, report: ExportPerformance, months: MonthRanges): number {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`exports.workbook.${key}`, params);
  const header: SheetColumn<null>[] = [
    { key: 'item', header: w('column.item'), width: 42, kind: 'text', value: () => null },
    { key: 'current', header: months.currentHeader, width: 19, kind: 'money', value: () => null },
    { key: 'previous', header: months.previousHeader, width: 19, kind: 'money', value: () => null },
    { key: 'change', header: w('column.change'), width: 17, kind: 'money', value: () => null },
    { key: 'growth', header: w('growth'), width: 13, kind: 'decimal', value: () => null },
  ];
  header.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  writeHeader(sheet, headerRow, header);
  let row = headerRow + 1;
  const put = (cell: Cell, value: Cell['value'], numFmt: string) => {
    cell.value = value;
    cell.numFmt = numFmt;
    cell.border = THIN;
  };
  // An unknown figure is an empty cell with a note ("belum ada data"), never 0; nor a change or growth from it.
  const unknown = (cell: Cell) => {
    put(cell, null, MONEY);
    cell.note = w('noData');
  };
  const figure = (label: string, current: number | null, previous: number | null, format: string, withGrowth: boolean, sources?: MonthRanges) => {
    const r = sheet.getRow(row);
    put(r.getCell(1), label, '@');
    const quoted = sources ? `'${sources.sheet.replace(/'/g, "''")}'` : '';
    if (current === null) unknown(r.getCell(2));
    else put(r.getCell(2), sources ? { formula: `SUM(${quoted}!${sources.current})`, result: current } : current, format);
    if (previous === null) unknown(r.getCell(3));
    else put(r.getCell(3), sources ? { formula: `SUM(${quoted}!${sources.previous})`, result: previous } : previous, format);
    const both = current !== null && previous !== null;
    put(r.getCell(4), both ? { formula: `B${row}-C${row}`, result: Math.round((current - previous) * 100) / 100 } : null, format);
    put(r.getCell(5), withGrowth && both ? { formula: `IF(C${row}=0,"",B${row}/C${row}-1)`, result: ratio(current - previous, previous) ?? '' } : null, PERCENT);
    row++;
  };
  const cents = (value: number | null) => (value === null ? null : value / 100);
  figure(w('summary.fob'), cents(report.currentUsdCents), cents(report.previousUsdCents), MONEY, true, months);
  sheet.getRow(row - 1).font = { bold: true };
  figure(w('summary.countries'), activeCount(report.byCountry, (l) => l.currentUsdCents), activeCount(report.byCountry, (l) => l.previousUsdCents), COUNT, false);
  figure(w('summary.categories'), activeCount(report.byCategory, (l) => l.currentUsdCents), activeCount(report.byCategory, (l) => l.previousUsdCents), COUNT, false);
  figure(w('summary.hsCodes'), activeCount(report.byHsCode, (l) => l.currentUsdCents), activeCount(report.byHsCode, (l) => l.previousUsdCents), COUNT, false);
  figure(w('summary.monthsWithData'), report.monthsWithData.current, report.monthsWithData.previous, COUNT, false);
  // Without a roadmap target for the year a zero target would be a false fact: say so instead.
  put(sheet.getRow(row).getCell(1), w('summary.target'), '@');
  if (report.target) {
    const year = report.period.to.slice(0, 4);
    put(sheet.getRow(row).getCell(2), report.target.usd / 100, MONEY);
    sheet.mergeCells(row, 3, row, 5);
    const pct = new Intl.NumberFormat(ctx.locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(report.target.pct);
    put(sheet.getRow(row).getCell(3), ctx.t('roadmap.exportTarget.workbook', { pct: `${pct} %`, year }), '@');
  } else {
    sheet.mergeCells(row, 2, row, 5);
    put(sheet.getRow(row).getCell(2), report.hasRoadmap ? w('summary.noTarget', { year: report.period.to.slice(0, 4) }) : w('summary.noRoadmap'), '@');
  }
  row += 2;
  const list = (keys: string[]) => keys.map((month) => monthLabel(ctx, month)).join(', ');
  const notes = [
    partialMonthLabel(ctx, report.period),
    report.growthPct === null ? w('growthNone') : null,
    report.missingMonths.length > 0 ? w('missingMonths', { months: list(report.missingMonths) }) : null,
    report.missingPreviousMonths.length > 0 ? w('missingPreviousMonths', { months: list(report.missingPreviousMonths) }) : null,
    ...performanceWithoutFobNotes(ctx.t, report.withoutFob),
    ...monthSourceNotes(ctx, report.monthSources, report.period),
    w('source'),
  ].filter((note): note is string => note !== null);
  for (const note of notes) {
    sheet.mergeCells(row, 1, row, 5);
    const cell = sheet.getRow(row).getCell(1);
    cell.value = note;
    cell.numFmt = '@';
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 28;
    row++;
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  return row;
}
