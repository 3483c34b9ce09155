import type { Workbook } from 'exceljs';
import type { KpiProgress, KpiYear, RoadmapView } from '../../../../shared/api/roadmap';
import type { CallContext } from '../../platform/app';
import { finishSheet, setColumns, writeHeader, writeRows, type SheetColumn } from '../../platform/workbook/style';
import { PERCENT } from '../export-performance/sheet';
import { addReportSheet } from '../../platform/workbook/report-sheet';

/**
 * Capaian KPI: one row per KPI and year — the baseline, the target, the actual with its source,
 * % of target as a live formula carrying its value, the status and what the reader should know
 * (typed by hand, months of data, no data). Unknown figures stay blank, never zero.
 */

export interface KpiRow {
  kpi: KpiProgress;
  cell: KpiYear;
  baseline: number | null;
}

/** A KPI value as the number a reader expects: dollars, rupiah, people. */
export function kpiNumber(kpi: Pick<KpiProgress, 'decimals'>, value: number | null): number | null {
  return value === null ? null : value / 10 ** kpi.decimals;
}

export function kpiFormat(kpi: Pick<KpiProgress, 'decimals'>): string {
  return kpi.decimals === 0 ? '#,##0' : '#,##0.00';
}

/** The exact ratio the % formula computes (the view's pctOfTarget is rounded for the screen). */
export function targetRatio(kpi: Pick<KpiProgress, 'direction'>, cell: Pick<KpiYear, 'target' | 'actual'>): number | null {
  if (cell.target === null || cell.actual === null) return null;
  const [part, whole] = kpi.direction === 'up' ? [cell.actual, cell.target] : [cell.target, cell.actual];
  return whole === 0 ? null : part / whole;
}

/** `=IF(F12=0,"",G12/F12)`, or target ÷ actual for a KPI that should fall. */
export function ratioFormula(kpi: Pick<KpiProgress, 'direction'>, target: string, actual: string): string {
  return kpi.direction === 'up' ? `IF(${target}=0,"",${actual}/${target})` : `IF(${actual}=0,"",${target}/${actual})`;
}

export function cellRemark(ctx: CallContext, view: RoadmapView, kpi: KpiProgress, cell: KpiYear): string {
  const r = (key: string, params?: Record<string, unknown>) => ctx.t(`roadmap.workbook.remark.${key}`, params);
  const number = new Intl.NumberFormat(ctx.locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: kpi.decimals });
  const words = [
    cell.year === view.baselineYear ? r('baseline') : null,
    cell.year === view.currentYear ? r('current') : null,
    cell.source === 'hand' ? (cell.dataValue !== null ? r('overrides', { value: number.format(kpiNumber(kpi, cell.dataValue) ?? 0) }) : r('hand')) : null,
    cell.note,
    cell.monthsWithData !== null && cell.actual !== null && cell.source === 'data' && cell.monthsWithData < (cell.year === view.currentYear ? view.monthsPassed : 12)
      ? r('months', { count: cell.monthsWithData, of: cell.year === view.currentYear ? view.monthsPassed : 12 })
      : null,
    cell.source === 'hand' && cell.monthsCovered !== null ? r('covered', { count: cell.monthsCovered }) : null,
    cell.source === 'data' && cell.unpricedOrders.length > 0 ? r('partial', { orders: cell.unpricedOrders.join(', ') }) : null,
    cell.actual === null && cell.year <= view.currentYear ? r('noData') : null,
  ];
  return words.filter((word): word is string => Boolean(word)).join('; ');
}

export function addKpiSheet(ctx: CallContext, workbook: Workbook, view: RoadmapView, frame: { title: string; lines: string[] }): void {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`roadmap.workbook.${key}`, params);
  const rows: KpiRow[] = view.kpis.flatMap((kpi) => {
    const baseline = kpi.years.find((cell) => cell.year === view.baselineYear)?.actual ?? null;
    return kpi.years.map((cell) => ({ kpi, cell, baseline }));
  });
  const columns: SheetColumn<KpiRow>[] = [
    { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_r, i) => i + 1 },
    { key: 'kpi', header: w('column.kpi'), width: 28, kind: 'text', value: (r) => r.kpi.label },
    { key: 'unit', header: w('column.unit'), width: 9, kind: 'text', value: (r) => r.kpi.unit },
    { key: 'year', header: w('column.year'), width: 8, kind: 'index', value: (r) => r.cell.year },
    { key: 'baseline', header: w('column.baseline', { year: view.baselineYear }), width: 16, kind: 'decimal', value: (r) => kpiNumber(r.kpi, r.baseline), numFmt: (r) => kpiFormat(r.kpi) },
    { key: 'target', header: w('column.target'), width: 16, kind: 'decimal', value: (r) => kpiNumber(r.kpi, r.cell.target), numFmt: (r) => kpiFormat(r.kpi) },
    { key: 'actual', header: w('column.actual'), width: 16, kind: 'decimal', value: (r) => kpiNumber(r.kpi, r.cell.actual), numFmt: (r) => kpiFormat(r.kpi) },
    { key: 'source', header: w('column.source'), width: 10, kind: 'text', value: (r) => (r.cell.source ? ctx.t(`roadmap.source.${r.cell.source}`) : null) },
    {
      key: 'pct', header: w('column.pct'), width: 11, kind: 'decimal', numFmt: () => PERCENT,
      // Its live formula is written per row below: it depends on the KPI's direction.
      value: (r) => targetRatio(r.kpi, r.cell),
    },
    { key: 'status', header: w('column.status'), width: 15, kind: 'text', value: (r) => ctx.t(`roadmap.status.${r.cell.status}`) },
    { key: 'remark', header: w('column.remark'), width: 36, kind: 'text', value: (r) => cellRemark(ctx, view, r.kpi, r.cell) },
  ];
  const width = columns.length;
  const { sheet, headerRow } = addReportSheet(ctx, workbook, { name: w('sheet.kpis'), title: frame.title, lines: frame.lines, width, orientation: 'landscape' });
  setColumns(sheet, columns);
  writeHeader(sheet, headerRow, columns);
  writeRows(sheet, headerRow + 1, columns, rows);
  sheet.getColumn(width).alignment = { wrapText: true, vertical: 'top' };
  const letter = (key: string) => sheet.getColumn(columns.findIndex((column) => column.key === key) + 1).letter;
  rows.forEach((row, index) => {
    const ratio = targetRatio(row.kpi, row.cell);
    if (ratio === null) return;
    const at = headerRow + 1 + index;
    sheet.getCell(`${letter('pct')}${at}`).value = { formula: ratioFormula(row.kpi, `${letter('target')}${at}`, `${letter('actual')}${at}`), result: ratio };
  });
  const lastRow = headerRow + rows.length;
  const note = lastRow + 2;
  sheet.mergeCells(note, 1, note, width);
  const cell = sheet.getCell(note, 1);
  cell.value = w('pctNote');
  cell.numFmt = '@';
  cell.font = { italic: true, size: 9 };
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(note).height = 26;
  finishSheet(sheet, { headerRow, lastRow: Math.max(headerRow, lastRow), width, frozenColumns: 4 });
}
