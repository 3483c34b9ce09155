import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import type { AssignmentRow, LastPlan, LateLine } from '../../../shared/api/planning';
import { centreDayOf, formatDateId } from '../../../shared/dates';
import { assignmentReasonText } from '../../../shared/plan-reason';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { getCentre } from '../platform/db/centre';
import { lastPlan } from './service';
import { listAssignments } from './store';
import { DEFAULT_SETTINGS } from './types';
import {
  excelDate, finishSheet, headerFooterText, setColumns, writeHeader, writeRows, writeTitle, writeTotals,
  type SheetColumn,
} from '../platform/workbook/style';

/** Title, centre, as-of line, a blank row, then the header. */
export const HEADER_ROW = 5;
export const FIRST_ROW = HEADER_ROW + 1;

export function planWord(ctx: CallContext, key: string, params?: Record<string, unknown>): string {
  return ctx.t(`plan.workbook.${key}`, params);
}

/** A sheet of the plan workbook with its print setup and title lines (the header row is HEADER_ROW). */
export function addPlanSheet(ctx: CallContext, workbook: Workbook, name: string, plan: LastPlan, width: number): Worksheet {
  const centre = getCentre(ctx.app.db);
  const centreLine = [centre.cooperativeName, centre.name].filter((part) => part).join(' — ') || null;
  const title = `${planWord(ctx, 'title')} — ${name}`;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centreLine ?? '')}&R${headerFooterText(title)}`,
      oddFooter: `&L${headerFooterText(ctx.t('imports.printed', { date: formatDateId(ctx.app.today()) }))}&R${ctx.t('imports.page')}`,
    },
  });
  writeTitle(sheet, [
    { text: title, size: 14, bold: true, height: 22 },
    { text: centreLine, size: 12, bold: true },
    { text: planWord(ctx, 'asOf', { date: formatDateId(plan.today), runAt: formatDateId(centreDayOf(plan.runAt)) }), size: 10 },
  ], width);
  return sheet;
}

export function planColumn<T>(ctx: CallContext, key: string, width: number, kind: SheetColumn<T>['kind'], value: SheetColumn<T>['value'], extra: Partial<SheetColumn<T>> = {}): SheetColumn<T> {
  return { key, header: planWord(ctx, `column.${key}`), width, kind, value, ...extra };
}

function assignmentColumns(ctx: CallContext): SheetColumn<AssignmentRow>[] {
  return [
    planColumn(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    planColumn(ctx, 'orderNo', 16, 'text', (r) => r.orderNo),
    planColumn(ctx, 'sku', 14, 'text', (r) => r.sku),
    planColumn(ctx, 'unitCode', 12, 'text', (r) => r.unitCode),
    planColumn(ctx, 'unitName', 24, 'text', (r) => r.unitName),
    planColumn(ctx, 'qty', 12, 'number', (r) => r.qty, { total: 'sum' }),
    planColumn(ctx, 'start', 12, 'date', (r) => excelDate(r.start)),
    planColumn(ctx, 'end', 12, 'date', (r) => excelDate(r.end)),
    planColumn(ctx, 'pinned', 9, 'text', (r) => ctx.t(r.isPinned ? 'yesNo.yes' : 'yesNo.no')),
    planColumn(ctx, 'status', 14, 'text', (r) => planWord(ctx, `assignmentStatus.${r.status}`)),
    planColumn(ctx, 'memberNo', 14, 'text', (r) => r.memberNo ?? ctx.t('ui.units.noOwner')),
    // People's time of the SPK in hours (blank for a product without labour minutes).
    planColumn(ctx, 'hours', 11, 'number', (r) => (r.minutes > 0 ? Math.round((r.minutes / 60) * 10) / 10 : null), { total: 'sum' }),
    planColumn(ctx, 'placement', 70, 'text', (r) => (r.reason ? assignmentReasonText(ctx.t, r.reason) : null)),
  ];
}

function lateColumns(ctx: CallContext): SheetColumn<LateLine>[] {
  return [
    planColumn(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    planColumn(ctx, 'orderNo', 16, 'text', (r) => r.orderNo),
    planColumn(ctx, 'sku', 14, 'text', (r) => r.sku),
    planColumn(ctx, 'shortQty', 12, 'number', (r) => r.shortQty, { total: 'sum' }),
    // In the workbook's language, whatever language the plan was run in.
    planColumn(ctx, 'reason', 70, 'text', (r) => ctx.t(`plan.late.${r.reason}`, { days: DEFAULT_SETTINGS.qcDays })),
  ];
}

function tableSheet<T>(ctx: CallContext, workbook: Workbook, plan: LastPlan, name: string, columns: SheetColumn<T>[], rows: T[], frozen: number): void {
  const sheet = addPlanSheet(ctx, workbook, name, plan, columns.length);
  setColumns(sheet, columns);
  writeHeader(sheet, HEADER_ROW, columns);
  writeRows(sheet, FIRST_ROW, columns, rows);
  const lastRow = HEADER_ROW + rows.length;
  if (rows.length > 0) writeTotals(sheet, lastRow + 1, planWord(ctx, 'total'), columns, rows, FIRST_ROW);
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width: columns.length, frozenColumns: frozen });
}

/**
 * A sheet a later area adds to the plan workbook after the plan's own: purchasing's "what is still to
 * buy" (purchasing/plan-purchases-sheet.ts), passed in by the `files:plan` call, since the plan
 * comes before purchasing and may not reach for it.
 */
export type PlanSheet = (ctx: CallContext, workbook: Workbook, plan: LastPlan) => void;

/** The last plan as a workbook: its assignments (SPK), its late lines, then the later areas' sheets. */
export async function planWorkbook(ctx: CallContext, laterSheets: readonly PlanSheet[]): Promise<{ fileName: string; data: Buffer }> {
  const { db } = ctx.app;
  const plan = lastPlan(ctx);
  if (!plan) throw new AppError('INVALID_INPUT', ctx.t('errors.noPlanRun'));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  workbook.calcProperties = { fullCalcOnLoad: true };
  const assignments = listAssignments(db, { limit: 1_000_000 }).filter((a) => a.status !== 'cancelled');
  tableSheet(ctx, workbook, plan, planWord(ctx, 'sheet.assignments'), assignmentColumns(ctx), assignments, 3);
  tableSheet(ctx, workbook, plan, planWord(ctx, 'sheet.late'), lateColumns(ctx), plan.late, 3);
  for (const sheet of laterSheets) sheet(ctx, workbook, plan);
  return { fileName: planWord(ctx, 'fileName', { date: plan.today }), data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
