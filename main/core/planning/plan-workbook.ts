import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import type { AssignmentRow, LastPlan, LateLine, PurchaseSuggestion } from '../../../shared/api/planning';
import { centreDayOf, formatDateId } from '../../../shared/dates';
import { assignmentReasonText } from '../../../shared/plan-reason';
import { CURRENCIES, fromMinor, minorDigits, type Currency } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { getCentre } from '../platform/db/centre';
import { materialForPurchase } from '../purchasing/purchase-queries';
import { lastPlan } from './service';
import { listAssignments } from './store';
import { DEFAULT_SETTINGS } from './types';
import { openSuggestions } from '../purchasing/open-suggestions';
import {
  excelDate, finishSheet, headerFooterText, moneyFormat, setColumns, styleTotalsRow, sumOf, writeHeader, writeRows, writeTitle, writeTotals,
  type SheetColumn,
} from '../platform/workbook/style';

/** Title, centre, as-of line, a blank row, then the header. */
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;

type SuggestionRow = PurchaseSuggestion & { currency: Currency; supplier: string };

function word(ctx: CallContext, key: string, params?: Record<string, unknown>): string {
  return ctx.t(`plan.workbook.${key}`, params);
}

function addSheet(ctx: CallContext, workbook: Workbook, name: string, plan: LastPlan, width: number): Worksheet {
  const centre = getCentre(ctx.app.db);
  const centreLine = [centre.cooperativeName, centre.name].filter((part) => part).join(' — ') || null;
  const title = `${word(ctx, 'title')} — ${name}`;
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
    { text: word(ctx, 'asOf', { date: formatDateId(plan.today), runAt: formatDateId(centreDayOf(plan.runAt)) }), size: 10 },
  ], width);
  return sheet;
}

function column<T>(ctx: CallContext, key: string, width: number, kind: SheetColumn<T>['kind'], value: SheetColumn<T>['value'], extra: Partial<SheetColumn<T>> = {}): SheetColumn<T> {
  return { key, header: word(ctx, `column.${key}`), width, kind, value, ...extra };
}

function assignmentColumns(ctx: CallContext): SheetColumn<AssignmentRow>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'orderNo', 16, 'text', (r) => r.orderNo),
    column(ctx, 'sku', 14, 'text', (r) => r.sku),
    column(ctx, 'unitCode', 12, 'text', (r) => r.unitCode),
    column(ctx, 'unitName', 24, 'text', (r) => r.unitName),
    column(ctx, 'qty', 12, 'number', (r) => r.qty, { total: 'sum' }),
    column(ctx, 'start', 12, 'date', (r) => excelDate(r.start)),
    column(ctx, 'end', 12, 'date', (r) => excelDate(r.end)),
    column(ctx, 'pinned', 9, 'text', (r) => ctx.t(r.isPinned ? 'yesNo.yes' : 'yesNo.no')),
    column(ctx, 'status', 14, 'text', (r) => word(ctx, `assignmentStatus.${r.status}`)),
    column(ctx, 'memberNo', 14, 'text', (r) => r.memberNo ?? ctx.t('ui.units.noOwner')),
    // People's time of the SPK in hours (blank for a product without labour minutes).
    column(ctx, 'hours', 11, 'number', (r) => (r.minutes > 0 ? Math.round((r.minutes / 60) * 10) / 10 : null), { total: 'sum' }),
    column(ctx, 'placement', 70, 'text', (r) => (r.reason ? assignmentReasonText(ctx.t, r.reason) : null)),
  ];
}

function lateColumns(ctx: CallContext): SheetColumn<LateLine>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'orderNo', 16, 'text', (r) => r.orderNo),
    column(ctx, 'sku', 14, 'text', (r) => r.sku),
    column(ctx, 'shortQty', 12, 'number', (r) => r.shortQty, { total: 'sum' }),
    // In the workbook's language, whatever language the plan was run in.
    column(ctx, 'reason', 70, 'text', (r) => ctx.t(`plan.late.${r.reason}`, { days: DEFAULT_SETTINGS.qcDays })),
  ];
}

function purchaseColumns(ctx: CallContext): SheetColumn<SuggestionRow>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'supplier', 24, 'text', (r) => r.supplier),
    column(ctx, 'materialCode', 14, 'text', (r) => r.materialCode),
    column(ctx, 'materialQty', 12, 'decimal', (r) => r.qty),
    column(ctx, 'uom', 8, 'text', (r) => r.uom),
    column(ctx, 'purchaseQty', 12, 'decimal', (r) => r.purchaseQty),
    column(ctx, 'purchaseUom', 10, 'text', (r) => r.purchaseUom),
    column(ctx, 'orderBy', 13, 'date', (r) => excelDate(r.orderBy)),
    column(ctx, 'needBy', 13, 'date', (r) => excelDate(r.needBy)),
    column(ctx, 'late', 10, 'text', (r) => ctx.t(r.late ? 'yesNo.yes' : 'yesNo.no')),
    column(ctx, 'currency', 9, 'text', (r) => r.currency),
    column(ctx, 'cost', 16, 'money', (r) => fromMinor(r.cost, r.currency), { numFmt: (r) => moneyFormat(minorDigits(r.currency)) }),
  ];
}

function currencyOf(ctx: CallContext, materialCode: string): Currency {
  const currency = materialForPurchase(ctx.app.db, materialCode)?.currency;
  return CURRENCIES.find((c) => c === currency) ?? 'IDR';
}

/**
 * Suggestions grouped by supplier, each group with a subtotal of its cost, and a grand total
 * under them all when they share one currency. SUBTOTAL(9, …) skips the groups' own SUBTOTALs.
 */
function writePurchases(ctx: CallContext, sheet: Worksheet, columns: SheetColumn<SuggestionRow>[], rows: SuggestionRow[]): number {
  const costIndex = columns.findIndex((c) => c.key === 'cost');
  const costLetter = sheet.getColumn(costIndex + 1).letter;
  const groups = new Map<string, SuggestionRow[]>();
  for (const row of rows) groups.set(`${row.supplier}|${row.currency}`, [...(groups.get(`${row.supplier}|${row.currency}`) ?? []), row]);
  let rowNumber = FIRST_ROW;
  let index = 0;
  for (const group of groups.values()) {
    const numbered = columns.map((c) => (c.key === 'index' ? { ...c, value: (_r: SuggestionRow, i: number) => index + i + 1 } : c));
    writeRows(sheet, rowNumber, numbered, group);
    const last = rowNumber + group.length - 1;
    const totalRow = last + 1;
    styleTotalsRow(sheet, totalRow, columns.length, word(ctx, 'supplierTotal', { supplier: group[0].supplier }));
    const cell = sheet.getRow(totalRow).getCell(costIndex + 1);
    cell.value = { formula: `SUBTOTAL(9,${costLetter}${rowNumber}:${costLetter}${last})`, result: sumOf(group.map((r, i) => columns[costIndex].value(r, i))) };
    cell.numFmt = moneyFormat(minorDigits(group[0].currency));
    index += group.length;
    rowNumber = totalRow + 1;
  }
  const lastData = rowNumber - 1;
  const currencies = new Set(rows.map((r) => r.currency));
  if (rows.length > 0 && currencies.size === 1) {
    styleTotalsRow(sheet, rowNumber, columns.length, word(ctx, 'total'));
    const cell = sheet.getRow(rowNumber).getCell(costIndex + 1);
    cell.value = { formula: `SUBTOTAL(9,${costLetter}${FIRST_ROW}:${costLetter}${lastData})`, result: sumOf(rows.map((r, i) => columns[costIndex].value(r, i))) };
    cell.numFmt = moneyFormat(minorDigits(rows[0].currency));
  }
  return lastData;
}

function tableSheet<T>(ctx: CallContext, workbook: Workbook, plan: LastPlan, name: string, columns: SheetColumn<T>[], rows: T[], frozen: number): void {
  const sheet = addSheet(ctx, workbook, name, plan, columns.length);
  setColumns(sheet, columns);
  writeHeader(sheet, HEADER_ROW, columns);
  writeRows(sheet, FIRST_ROW, columns, rows);
  const lastRow = HEADER_ROW + rows.length;
  if (rows.length > 0) writeTotals(sheet, lastRow + 1, word(ctx, 'total'), columns, rows, FIRST_ROW);
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width: columns.length, frozenColumns: frozen });
}

/** The last plan as a workbook: its assignments (SPK), its late lines and what is still to buy, by supplier. */
export async function planWorkbook(ctx: CallContext): Promise<{ fileName: string; data: Buffer }> {
  const { db } = ctx.app;
  const plan = lastPlan(ctx);
  if (!plan) throw new AppError('INVALID_INPUT', ctx.t('errors.noPlanRun'));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  workbook.calcProperties = { fullCalcOnLoad: true };
  const assignments = listAssignments(db, { limit: 1_000_000 }).filter((a) => a.status !== 'cancelled');
  tableSheet(ctx, workbook, plan, word(ctx, 'sheet.assignments'), assignmentColumns(ctx), assignments, 3);
  tableSheet(ctx, workbook, plan, word(ctx, 'sheet.late'), lateColumns(ctx), plan.late, 3);
  const noSupplier = word(ctx, 'noSupplier');
  // What is still to buy, as every other screen and report counts it: not what a PO already holds.
  const suggestions = (openSuggestions(ctx)?.open ?? [])
    .map((s) => ({ ...s, late: s.isLate, supplier: s.supplierName ?? noSupplier, currency: currencyOf(ctx, s.materialCode) }))
    .sort((a, b) => a.supplier.localeCompare(b.supplier) || a.orderBy.localeCompare(b.orderBy) || a.materialCode.localeCompare(b.materialCode));
  const columns = purchaseColumns(ctx);
  const sheet = addSheet(ctx, workbook, word(ctx, 'sheet.purchases'), plan, columns.length);
  setColumns(sheet, columns);
  writeHeader(sheet, HEADER_ROW, columns);
  const lastRow = writePurchases(ctx, sheet, columns, suggestions);
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width: columns.length, frozenColumns: 3 });
  return { fileName: word(ctx, 'fileName', { date: plan.today }), data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
