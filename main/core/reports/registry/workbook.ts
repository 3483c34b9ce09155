import type { Cell, CellValue } from 'exceljs';
import type { ReportPeriod } from '../../../../shared/api/exports';
import type { RegistryReport } from '../../../../shared/api/registry-reports';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import { writeHeader, type SheetColumn } from '../../platform/workbook/style';
import { periodLabel } from '../../../../shared/month-labels';
import { addListSheet, memberColumns, unitColumns, type ListRanges } from './sheets';
import { finishWorkbook, type WorkbookSink, type WrittenWorkbook } from '../definition';
import { addReportSheet, reportWorkbook, type ReportSheet } from '../../platform/workbook/report-sheet';

/**
 * "Anggota dan Unit Usaha": a summary of counts (live COUNTIF/SUMIF formulas over the two lists,
 * carrying their results), the members and the business units as they stood at the period's end.
 */

const THIN = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;

export function registryTexts(ctx: CallContext, report: RegistryReport) {
  const r = (key: string, params?: Record<string, unknown>) => ctx.t(`reportRegistry.${key}`, params);
  return {
    r,
    title: r('title'),
    lines: [r('asOf', { date: formatDateId(report.asOf) }), r('period', { period: periodLabel(ctx, report.period.from, report.period.to) })],
  };
}

interface SummaryLine {
  label: string;
  /** A live formula and its result; text where the list is empty (no data, not zero). */
  value: { formula: string; result: number } | string;
  isTotal?: boolean;
}

function summaryLines(ctx: CallContext, report: RegistryReport, members: ListRanges, units: ListRanges): SummaryLine[] {
  const { r } = registryTexts(ctx, report);
  const date = formatDateId(report.asOf);
  const status = (word: string) => `"${ctx.t(`status.${word}`)}"`;
  const statusRange = members.range('status');
  const genderRange = members.range('gender');
  const stateRange = units.range('state');
  const memberLines: SummaryLine[] = members.rows === 0 ? [{ label: r('summary.members'), value: r('noMembers', { date }) }] : [
    { label: r('summary.membersActive'), value: { formula: `COUNTIF(${statusRange},${status('aktif')})`, result: report.membersByStatus.aktif } },
    { label: r('summary.membersInactive'), value: { formula: `COUNTIF(${statusRange},${status('non-aktif')})`, result: report.membersByStatus['non-aktif'] } },
    { label: r('summary.members'), value: { formula: `COUNTA(${statusRange})-COUNTIF(${statusRange},${status('keluar')})`, result: report.summary.members }, isTotal: true },
    { label: r('summary.membersLeft'), value: { formula: `COUNTIF(${statusRange},${status('keluar')})`, result: report.membersByStatus.keluar } },
    { label: r('summary.male'), value: { formula: `COUNTIFS(${genderRange},"L",${statusRange},"<>"&${status('keluar')})`, result: report.membersByGender.L } },
    { label: r('summary.female'), value: { formula: `COUNTIFS(${genderRange},"P",${statusRange},"<>"&${status('keluar')})`, result: report.membersByGender.P } },
  ];
  const active = `"${r('state.active')}"`;
  const unitLines: SummaryLine[] = units.rows === 0 ? [{ label: r('summary.units'), value: r('noUnits', { date }) }] : [
    { label: r('summary.unitsActive'), value: { formula: `COUNTIF(${stateRange},${active})`, result: report.summary.activeUnits } },
    { label: r('summary.unitsDormant'), value: { formula: `COUNTIF(${stateRange},"${r('state.dormant')}")`, result: report.dormantUnits } },
    { label: r('summary.units'), value: { formula: `COUNTA(${stateRange})`, result: report.summary.units }, isTotal: true },
    { label: r('summary.workers'), value: { formula: `SUMIF(${stateRange},${active},${units.range('workers')})`, result: report.summary.workers }, isTotal: true },
    { label: r('summary.capacity'), value: { formula: `SUMIF(${stateRange},${active},${units.range('monthly_capacity')})`, result: report.summary.monthlyCapacity }, isTotal: true },
  ];
  return [...memberLines, ...unitLines];
}

function writeSummary(ctx: CallContext, { sheet, headerRow }: ReportSheet, report: RegistryReport, lines: SummaryLine[]): void {
  const { r } = registryTexts(ctx, report);
  const header: SheetColumn<null>[] = [
    { key: 'item', header: r('column.item'), width: 48, kind: 'text', value: () => null },
    { key: 'value', header: r('column.value'), width: 22, kind: 'number', value: () => null },
  ];
  header.forEach((column, i) => (sheet.getColumn(i + 1).width = column.width));
  writeHeader(sheet, headerRow, header);
  const put = (cell: Cell, value: CellValue, numFmt: string) => {
    cell.value = value;
    cell.numFmt = numFmt;
    cell.border = THIN;
  };
  lines.forEach((line, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    put(row.getCell(1), line.label, '@');
    put(row.getCell(2), line.value, typeof line.value === 'string' ? '@' : '#,##0');
    if (line.isTotal) row.font = { bold: true };
  });
  const noteRow = headerRow + lines.length + 2;
  sheet.mergeCells(noteRow, 1, noteRow, 2);
  const note = sheet.getCell(noteRow, 1);
  note.value = r('note');
  note.numFmt = '@';
  note.font = { italic: true, size: 9 };
  note.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(noteRow).height = 40;
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}

/** `anggota-unit-usaha-2026-01-2026-11.xlsx`. */
export function registryFileName(ctx: CallContext, period: ReportPeriod): string {
  return `${ctx.t('reportRegistry.fileWord')}-${period.from}-${period.to}.xlsx`;
}

/** The workbook of a computed report (reports/definition.ts: computed once, then laid out). */
export async function registryWorkbook(ctx: CallContext, report: RegistryReport, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const { r, title, lines } = registryTexts(ctx, report);
  const date = formatDateId(report.asOf);
  const workbook = reportWorkbook(ctx);
  // The summary is the first tab but counts the lists: frame it first, fill it last.
  const summary = addReportSheet(ctx, workbook, { name: r('sheet.summary'), title, lines, width: 2, orientation: 'portrait' });
  const members = addListSheet(ctx, workbook, {
    name: r('sheet.members'), title: r('membersTitle'), lines, columns: memberColumns(ctx), rows: report.members, empty: r('noMembers', { date }), orientation: 'landscape',
  });
  const units = addListSheet(ctx, workbook, {
    name: r('sheet.units'), title: r('unitsTitle'), lines, columns: unitColumns(ctx), rows: report.units, empty: r('noUnits', { date }), orientation: 'landscape',
  });
  writeSummary(ctx, summary, report, summaryLines(ctx, report, members, units));
  return finishWorkbook(workbook, registryFileName(ctx, report.period), sink);
}
