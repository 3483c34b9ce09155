import type { ReportPeriod } from '../../../../shared/api/exports';
import type { ProductionLine, ProductionReportFull } from '../../../../shared/api/report-production';
import { formatDateId } from '../../../../shared/dates';
import type { CallContext } from '../../platform/app';
import type { SheetColumn } from '../../platform/workbook/style';
import { monthLabel, periodLabel } from '../../../../shared/month-labels';
import { finishWorkbook, type WorkbookSink, type WrittenWorkbook } from '../definition';
import { addProductionChartSheet } from './charts';
import { addTableSheet, shareColumn, shareOf } from '../../platform/workbook/table-sheet';
import { reportWorkbook } from '../../platform/workbook/report-sheet';

/**
 * Laporan Produksi as a workbook: the months (summary), a chart of capacity used by month, the
 * workshops, and each workshop's months. Sums come from SQL; the detail is at most every
 * workshop × 12 months (410 × 12 at the Tanggulangin centre), small enough for the in-memory
 * workbook (which, unlike the streaming writer, can hold the chart).
 */

export function productionTexts(ctx: CallContext, report: ProductionReportFull | Omit<ProductionReportFull, 'detail'>) {
  const w = (key: string, params?: Record<string, unknown>) => ctx.t(`reportProduction.${key}`, params);
  const notes = [
    w('noteAssigned'),
    w('noteValue'),
    ...(report.total.hasData && report.total.delivered === 0 ? [w('noDeliveriesNote')] : []),
    ...(report.figures.unpricedOrders.length > 0
      ? [w('unpriced', { count: report.unpricedAccepted, orders: report.figures.unpricedOrders.map((order) => order.orderNo).join(', ') })]
      : []),
    ...(report.missingMonths.length > 0 ? [w('missingMonths', { months: report.missingMonths.map((month) => monthLabel(ctx, month)).join(', ') })] : []),
  ];
  return {
    w,
    title: w('title'),
    lines: [w('period', { period: periodLabel(ctx, report.period.from, report.period.to) }), w('asOf', { date: formatDateId(report.asOf) })],
    notes,
  };
}

/** Figures shared by the three sheets; a month without production data shows blanks (and its remark), never zeros. */
function figureColumns(ctx: CallContext): SheetColumn<ProductionLine>[] {
  const c = (key: string) => ctx.t(`reportProduction.column.${key}`);
  const known = (pick: (line: ProductionLine) => number) => (line: ProductionLine) => (line.hasData ? pick(line) : null);
  return [
    { key: 'assigned', header: c('assigned'), width: 13, kind: 'number', value: (l) => l.assigned, total: 'sum' },
    { key: 'capacity', header: c('capacity'), width: 13, kind: 'number', value: known((l) => l.capacity), total: 'sum' },
    shareColumn('utilisation', c('utilisation'), { key: 'utilisation', numerator: 'delivered', denominator: 'capacity' }, (l) => (l.hasData ? shareOf(l.delivered, l.capacity) : null)),
    { key: 'delivered', header: c('delivered'), width: 13, kind: 'number', value: known((l) => l.delivered), total: 'sum' },
    { key: 'accepted', header: c('accepted'), width: 13, kind: 'number', value: known((l) => l.accepted), total: 'sum' },
    { key: 'rejected', header: c('rejected'), width: 13, kind: 'number', value: known((l) => l.rejected), total: 'sum' },
    shareColumn('rejectPct', c('rejectPct'), { key: 'rejectPct', numerator: 'rejected', denominator: 'delivered' }, (l) => (l.hasData ? shareOf(l.rejected, l.delivered) : null)),
    { key: 'value', header: c('value'), width: 18, kind: 'number', value: known((l) => l.valueIdr), total: 'sum' },
  ];
}

const SHARES = [
  { key: 'utilisation', numerator: 'delivered', denominator: 'capacity' },
  { key: 'rejectPct', numerator: 'rejected', denominator: 'delivered' },
];

/** `laporan-produksi-2026-01-2026-11.xlsx`. */
export function productionFileName(ctx: CallContext, period: ReportPeriod): string {
  return `${ctx.t('reportProduction.fileWord')}-${period.from}-${period.to}.xlsx`;
}

/** The workbook of a computed report (reports/definition.ts: computed once, then laid out). */
export async function productionWorkbook(ctx: CallContext, report: ProductionReportFull, sink: WorkbookSink): Promise<WrittenWorkbook> {
  const texts = productionTexts(ctx, report);
  const c = (key: string) => ctx.t(`reportProduction.column.${key}`);
  const index: SheetColumn<ProductionLine> = { key: 'row_number', header: ctx.t('imports.rowNumber'), width: 6, kind: 'index', value: (_l, i) => i + 1 };
  const unitColumns: SheetColumn<ProductionLine>[] = [
    { key: 'unitCode', header: c('unitCode'), width: 11, kind: 'text', value: (l) => l.unitCode },
    { key: 'unitName', header: c('unitName'), width: 26, kind: 'text', value: (l) => l.unitName },
  ];
  const workbook = reportWorkbook(ctx);
  const frame = (by: string) => ({ title: `${texts.title} — ${texts.w(`by.${by}`)}`, lines: texts.lines, shares: SHARES, emptyText: texts.w('noRows') });
  addTableSheet(ctx, workbook, {
    ...frame('month'), name: texts.w('sheet.summary'), rows: report.byMonth, frozenColumns: 2, orientation: 'landscape', notes: texts.notes,
    columns: [
      index,
      { key: 'month', header: c('month'), width: 16, kind: 'text', value: (l) => (l.month ? monthLabel(ctx, l.month) : null) },
      ...figureColumns(ctx),
      { key: 'remark', header: c('remark'), width: 16, kind: 'text', value: (l) => (l.hasData ? null : texts.w('noData')) },
    ],
  });
  await addProductionChartSheet(ctx, workbook, report, { title: texts.title, lines: texts.lines });
  addTableSheet(ctx, workbook, {
    ...frame('unit'), name: texts.w('sheet.units'), rows: report.byUnit, frozenColumns: 3, orientation: 'landscape',
    columns: [index, ...unitColumns, ...figureColumns(ctx)],
  });
  addTableSheet(ctx, workbook, {
    ...frame('detail'), name: texts.w('sheet.detail'), rows: report.detail, frozenColumns: 4, orientation: 'landscape',
    columns: [index, ...unitColumns, { key: 'month', header: c('month'), width: 14, kind: 'text', value: (l) => (l.month ? monthLabel(ctx, l.month, true) : null) }, ...figureColumns(ctx)],
  });
  return finishWorkbook(workbook, productionFileName(ctx, report.period), sink);
}
