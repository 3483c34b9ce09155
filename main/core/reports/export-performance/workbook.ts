import type { Workbook } from 'exceljs';
import type { ExportPerformance, PerformanceLine, ReportPeriod } from '../../../../shared/api/exports';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import type { SheetColumn } from '../../platform/workbook/style';
import { finishWorkbook, type WorkbookSink, type WrittenWorkbook } from '../definition';
import { addPerformanceCharts } from './charts';
import { addBreakdownSheet, type BreakdownSheet } from './sheet';
import { monthLabel, partialMonthLabel, periodLabel } from '../../../../shared/month-labels';
import { addReportSheet, reportWorkbook } from '../../platform/workbook/report-sheet';
import { SUMMARY_COLUMNS, writeSummarySheet } from './summary';

/**
 * The export-performance workbook: a summary sheet with its charts, then the period by month,
 * destination country, product category and HS code, each against the same months one year earlier.
 */

function keyColumn(key: string, header: string, width: number, value: (line: PerformanceLine) => string): SheetColumn<PerformanceLine> {
  return { key, header, width, kind: 'text', value };
}

export function performanceTexts(ctx: CallContext, report: ExportPerformance) {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`exports.workbook.${key}`, params);
  const { period } = report;
  const current = periodLabel(ctx, period.from, period.to);
  const previous = periodLabel(ctx, period.previousFrom, period.previousTo);
  return {
    w,
    title: w('title'),
    lines: [w('period', { current, previous }), ...[partialMonthLabel(ctx, period)].filter((line): line is string => line !== null), w('asOf', { date: formatDateId(ctx.app.today()) })],
    currentHeader: w('currentUsd', { period: periodLabel(ctx, period.from, period.to, true) }),
    previousHeader: w('previousUsd', { period: periodLabel(ctx, period.previousFrom, period.previousTo, true) }),
    current,
    previous,
  };
}

export function exportPerformanceSheets(ctx: CallContext, workbook: Workbook, report: ExportPerformance): { current: string; previous: string } {
  const texts = performanceTexts(ctx, report);
  const { w } = texts;
  const missing = new Set([...report.missingMonths]);
  const missingBefore = new Set(report.missingPreviousMonths);
  // Each note only where its sheet shows what it explains.
  const growthNote = (rows: PerformanceLine[]) => (rows.some((line) => line.growthPct === null) ? [w('growthEmpty')] : []);
  const sheet = (name: string, keys: SheetColumn<PerformanceLine>[], rows: PerformanceLine[], extra: Partial<BreakdownSheet> = {}) =>
    addBreakdownSheet(ctx, workbook, {
      name: w(`sheet.${name}`), title: `${texts.title} — ${w(`by.${name}`)}`, lines: texts.lines, keys, rows,
      currentHeader: texts.currentHeader, previousHeader: texts.previousHeader, notes: growthNote(rows), ...extra,
    });
  const previousMonth = (line: PerformanceLine) => {
    const year = Number(line.key.slice(0, 4)) - 1;
    return monthLabel(ctx, `${year}-${line.key.slice(5, 7)}`);
  };
  const monthSheet = sheet('month', [keyColumn('month', w('column.month'), 18, (l) => l.label), keyColumn('previousMonth', w('column.previousMonth'), 18, previousMonth)], report.byMonth, {
    remark: keyColumn('remark', w('column.remark'), 24, (l) => {
      const previousKey = `${Number(l.key.slice(0, 4)) - 1}-${l.key.slice(5, 7)}`;
      const words = [missing.has(l.key) ? w('noData') : null, missingBefore.has(previousKey) ? w('noDataBefore') : null, sourceWord(ctx, l)];
      return words.filter(Boolean).join('; ');
    }),
    notes: [...growthNote(report.byMonth), ...(missing.size + missingBefore.size > 0 ? [w('noDataNote')] : [])],
  });
  sheet('country', [keyColumn('code', w('column.countryCode'), 8, (l) => l.key), keyColumn('country', w('column.country'), 24, (l) => l.label)], report.byCountry);
  sheet('category', [keyColumn('category', w('column.category'), 22, (l) => l.label)], report.byCategory);
  sheet('hsCode', [keyColumn('hsCode', w('column.hsCode'), 16, (l) => l.key)], report.byHsCode);
  return monthSheet;
}

/** A month line's source where it matters: `dua sumber` until chosen, else the chosen source (`riwayat ekspor`). */
function sourceWord(ctx: CallContext, line: PerformanceLine): string | null {
  const source = line.source;
  if (!source?.twoSources) return null;
  if (!source.chosen) return ctx.t('exports.source.twoSources');
  return source.source === null ? null : ctx.t(`exports.source.${source.source}`);
}

/** `kinerja-ekspor-2026-01-2026-11.xlsx`. */
export function performanceFileName(ctx: CallContext, period: ReportPeriod): string {
  return `${ctx.t('exports.workbook.fileWord')}-${period.from}-${period.to}.xlsx`;
}

/** The workbook of a computed report (reports/definition.ts: computed once, then laid out). */
export async function exportPerformanceWorkbook(ctx: CallContext, report: ExportPerformance, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const { period } = report;
  const texts = performanceTexts(ctx, report);
  const workbook = reportWorkbook(ctx);
  // The summary is the first tab but its formulas point at the month sheet: frame it first, fill it last.
  const summary = addReportSheet(ctx, workbook, { name: texts.w('sheet.summary'), title: texts.title, lines: texts.lines, width: SUMMARY_COLUMNS, orientation: 'portrait' });
  const ranges = exportPerformanceSheets(ctx, workbook, report);
  const free = writeSummarySheet(ctx, summary, report, { sheet: texts.w('sheet.month'), ...ranges, currentHeader: texts.currentHeader, previousHeader: texts.previousHeader });
  const periods = { current: periodLabel(ctx, period.from, period.to, true), previous: periodLabel(ctx, period.previousFrom, period.previousTo, true) };
  await addPerformanceCharts(ctx, workbook, summary.sheet, report, periods, free + 1, SUMMARY_COLUMNS);
  return finishWorkbook(workbook, performanceFileName(ctx, period), sink);
}
