import type { ReportPeriod } from '../../../../shared/api/exports';
import { monthsWithoutShipments, withoutFobText, type ShipmentsReport } from '../../../../shared/api/report-shipments';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import { detailLines, detailLinesPerYear } from './queries';
import { countryColumns, lineColumns, M3, monthColumns, shipmentColumns } from './columns';
import type { WorkbookSink, WrittenWorkbook } from '../definition';
import { writeShipmentsSummary } from './summary';
import { monthSourceNotes } from '../export-performance/sources';
import { monthLabel, partialMonthLabel, periodLabel } from '../../../../shared/month-labels';
import type { Workbook } from 'exceljs';
import { addStreamRow, closeStreamSheet, EXCEL_MAX_ROWS, headerRowOf, openStreamSheet } from '../../platform/workbook/stream-sheet';
import { partSheetName, planSheetParts, writeInParts } from '../../platform/workbook/stream-sheet-parts';
import { streamWorkbook, type StreamedWorkbook } from '../../platform/workbook/stream-workbook';

/**
 * Laporan Pengapalan as a workbook, written with the streaming writer from the first sheet to the
 * last (one workbook cannot mix both writers): summary, by country, by month, one row per
 * shipment, and the goods line by line — the sheet that grows to tens of thousands of rows, split
 * by year should it pass what one sheet holds.
 */

export function shipmentsTexts(ctx: CallContext, report: ShipmentsReport) {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`reportShipments.${key}`, params);
  return {
    w,
    title: w('title'),
    lines: [w('period', { period: periodLabel(ctx, report.period.from, report.period.to) }), w('asOf', { date: formatDateId(ctx.app.today()) })],
  };
}

/** `laporan-pengapalan-2026-01-2026-11.xlsx`. */
export function shipmentsFileName(ctx: CallContext, period: ReportPeriod): string {
  return `${ctx.t('reportShipments.fileWord')}-${period.from}-${period.to}.xlsx`;
}

/** `rowLimit` is the most data rows a detail sheet takes (tests lower it to see the split). */
export interface ShipmentsWorkbookOptions {
  rowLimit?: number;
}

/** The workbook as bytes, for callers that send it on (the compressed workbook is then held in memory). */
export async function shipmentsWorkbook(ctx: CallContext, report: ShipmentsReport, options: ShipmentsWorkbookOptions = {}): Promise<{ fileName: string; data: Buffer }> {
  const data = await written(streamWorkbook(ctx), (workbook) => writeShipments(ctx, report, workbook, options));
  return { fileName: shipmentsFileName(ctx, report.period), data };
}

/** The workbook straight into a file at `path`, in bounded memory whatever the number of lines. */
export async function shipmentsWorkbookFile(ctx: CallContext, report: ShipmentsReport, path: string, options: ShipmentsWorkbookOptions = {}): Promise<{ fileName: string }> {
  await written(streamWorkbook(ctx, { path }), (workbook) => writeShipments(ctx, report, workbook, options));
  return { fileName: shipmentsFileName(ctx, report.period) };
}

/** The workbook of a computed report into its sink (reports/definition.ts): the file when there is one, else the bytes. */
export async function shipmentsWorkbookTo(ctx: CallContext, report: ShipmentsReport, sink: WorkbookSink): Promise<WrittenWorkbook> {
  if (sink.path === null) return shipmentsWorkbook(ctx, report);
  const { fileName } = await shipmentsWorkbookFile(ctx, report, sink.path);
  return { fileName, data: null };
}

/** Writes the sheets and finishes the output; on an error, the output is closed and a partial file removed. */
async function written<Result>(target: StreamedWorkbook<Result>, write: (workbook: Workbook) => Promise<void>): Promise<Result> {
  try {
    await write(target.workbook);
  } catch (error) {
    await target.discard();
    throw error;
  }
  return target.finish();
}

async function writeShipments(ctx: CallContext, report: ShipmentsReport, workbook: Workbook, options: ShipmentsWorkbookOptions): Promise<void> {
  const { period } = report;
  const { w, title, lines } = shipmentsTexts(ctx, report);
  const headerRow = headerRowOf(ctx, lines);
  const label = ctx.t('imports.total');
  const empty = w('noRows');
  const noShipments = monthsWithoutShipments(report);
  const missing = new Set(noShipments);
  const missingNote = [
    ...(noShipments.length > 0 && report.totals.shipments > 0 ? [w('missing', { months: noShipments.map((month) => monthLabel(ctx, month)).join(', ') })] : []),
    ...[partialMonthLabel(ctx, period)].filter((note): note is string => note !== null),
    ...monthSourceNotes(ctx, report.exports.monthSources),
  ];
  // The shipments whose FOB is unknown: left out of the FOB sums (their cells empty), named under each table that sums them.
  const fobNote = [withoutFobText(ctx.t, report.withoutFob)].filter((note): note is string => note !== null);
  const known = { fobUsd: report.totals.fobUsdCents !== null, fobIdr: report.totals.fobIdr !== null };
  const frame = (key: string) => ({ name: w(`sheet.${key}`), title: `${title} — ${w(`by.${key}`)}`, lines });

  const perShipment = shipmentColumns(ctx, known);
  const letterOf = (key: string) => String.fromCharCode(65 + perShipment.findIndex((column) => column.key === key));
  writeShipmentsSummary(ctx, workbook, report, {
    name: w('sheet.summary'), title, lines, shipmentsSheet: `'${w('sheet.shipments')}'!`,
    shipmentsTotalRow: headerRow + report.shipments.length + 1, letterOf, notes: report.totals.shipments === 0 ? [empty] : [...fobNote, ...missingNote],
  });

  const fobLetter = String.fromCharCode(65 + countryColumns(ctx, '', 0).findIndex((column) => column.key === 'fobUsd'));
  const fobRange = `$${fobLetter}$${headerRow + 1}:$${fobLetter}$${Math.max(headerRow + 1, headerRow + report.byCountry.length)}`;
  const byCountry = openStreamSheet(ctx, workbook, { ...frame('country'), orientation: 'portrait', columns: countryColumns(ctx, fobRange, report.totals.fobUsdCents), frozenColumns: 3 });
  for (const line of report.byCountry) addStreamRow(byCountry, line);
  closeStreamSheet(byCountry, { label, empty, notes: fobNote, totalFormats: { m3: M3 } });

  const byMonth = openStreamSheet(ctx, workbook, { ...frame('month'), orientation: 'portrait', columns: monthColumns(ctx, missing, known), frozenColumns: 2 });
  // Without a single shipment that left, a list of empty months would only total to a zero: the sheet says "no data" instead.
  for (const line of report.totals.shipments > 0 ? report.byMonth : []) addStreamRow(byMonth, line);
  closeStreamSheet(byMonth, { label, empty, notes: [...fobNote, ...missingNote], totalFormats: { m3: M3, fobIdr: '#,##0' } });

  const shipments = openStreamSheet(ctx, workbook, { ...frame('shipments'), orientation: 'landscape', columns: perShipment, frozenColumns: 2 });
  for (const line of report.shipments) addStreamRow(shipments, line);
  closeStreamSheet(shipments, { label, empty, notes: fobNote, totalFormats: { m3: M3, fobIdr: '#,##0' } });

  const limit = options.rowLimit ?? EXCEL_MAX_ROWS - headerRow - 4;
  const parts = planSheetParts(detailLinesPerYear(ctx.app.db, period.from, period.to), limit);
  const splitNote = parts.length > 1 ? [w('split', { limit: limit.toLocaleString(ctx.locale === 'id' ? 'id-ID' : 'en-GB') })] : [];
  const columns = lineColumns(ctx, known.fobUsd);
  // The lines come from an open iterator while writeInParts pauses for deflate: fine on the report
  // worker's own connection (main/core/platform/jobs); on a connection shared with other work, a write made
  // during a pause would fail as busy (reads are fine).
  await writeInParts(detailLines(ctx.app.db, period.from, period.to), {
    parts,
    yearOf: (line) => Number(line.date.slice(0, 4)),
    open: (part) => openStreamSheet(ctx, workbook, {
      name: partSheetName(w('sheet.lines'), part), title: `${title} — ${w('by.lines')}`, lines, orientation: 'landscape', columns, frozenColumns: 2,
    }),
    close: (table) => closeStreamSheet(table, { label, empty, notes: table.count > 0 ? [w('lineShare'), ...splitNote] : [], totalFormats: { m3: M3 } }),
    progress: (done, total) => ctx.progress?.(done, total),
  });
}
