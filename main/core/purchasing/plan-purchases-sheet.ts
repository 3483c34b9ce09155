import type { Workbook, Worksheet } from 'exceljs';
import type { LastPlan, PurchaseSuggestion } from '../../../shared/api/planning';
import { CURRENCIES, fromMinor, minorDigits, type Currency } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { excelDate, finishSheet, moneyFormat, setColumns, styleTotalsRow, sumOf, writeHeader, writeRows, type SheetColumn } from '../platform/workbook/style';
import { addPlanSheet, FIRST_ROW, HEADER_ROW, planColumn, planWord, type PlanSheet } from '../planning/plan-workbook';
import { openSuggestions } from './open-suggestions';
import { materialForPurchase } from './purchase-queries';

/**
 * The plan workbook's last sheet: what is still to buy for the plan, by supplier. It is
 * purchasing's count (open suggestions), so it is written here and handed to the plan workbook by
 * the `files:plan` call (planning/plan-workbook.ts PlanSheet).
 */

type SuggestionRow = PurchaseSuggestion & { currency: Currency; supplier: string };

function purchaseColumns(ctx: CallContext): SheetColumn<SuggestionRow>[] {
  return [
    planColumn(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    planColumn(ctx, 'supplier', 24, 'text', (r) => r.supplier),
    planColumn(ctx, 'materialCode', 14, 'text', (r) => r.materialCode),
    planColumn(ctx, 'materialQty', 12, 'decimal', (r) => r.qty),
    planColumn(ctx, 'uom', 8, 'text', (r) => r.uom),
    planColumn(ctx, 'purchaseQty', 12, 'decimal', (r) => r.purchaseQty),
    planColumn(ctx, 'purchaseUom', 10, 'text', (r) => r.purchaseUom),
    planColumn(ctx, 'orderBy', 13, 'date', (r) => excelDate(r.orderBy)),
    planColumn(ctx, 'needBy', 13, 'date', (r) => excelDate(r.needBy)),
    planColumn(ctx, 'late', 10, 'text', (r) => ctx.t(r.late ? 'yesNo.yes' : 'yesNo.no')),
    planColumn(ctx, 'currency', 9, 'text', (r) => r.currency),
    planColumn(ctx, 'cost', 16, 'money', (r) => fromMinor(r.cost, r.currency), { numFmt: (r) => moneyFormat(minorDigits(r.currency)) }),
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
    styleTotalsRow(sheet, totalRow, columns.length, planWord(ctx, 'supplierTotal', { supplier: group[0].supplier }));
    const cell = sheet.getRow(totalRow).getCell(costIndex + 1);
    cell.value = { formula: `SUBTOTAL(9,${costLetter}${rowNumber}:${costLetter}${last})`, result: sumOf(group.map((r, i) => columns[costIndex].value(r, i))) };
    cell.numFmt = moneyFormat(minorDigits(group[0].currency));
    index += group.length;
    rowNumber = totalRow + 1;
  }
  const lastData = rowNumber - 1;
  const currencies = new Set(rows.map((r) => r.currency));
  if (rows.length > 0 && currencies.size === 1) {
    styleTotalsRow(sheet, rowNumber, columns.length, planWord(ctx, 'total'));
    const cell = sheet.getRow(rowNumber).getCell(costIndex + 1);
    cell.value = { formula: `SUBTOTAL(9,${costLetter}${FIRST_ROW}:${costLetter}${lastData})`, result: sumOf(rows.map((r, i) => columns[costIndex].value(r, i))) };
    cell.numFmt = moneyFormat(minorDigits(rows[0].currency));
  }
  return lastData;
}

/** What is still to buy, as every other screen and report counts it: not what a PO already holds. */
export const planPurchasesSheet: PlanSheet = (ctx: CallContext, workbook: Workbook, plan: LastPlan) => {
  const noSupplier = planWord(ctx, 'noSupplier');
  const suggestions = (openSuggestions(ctx)?.open ?? [])
    .map((s) => ({ ...s, late: s.isLate, supplier: s.supplierName ?? noSupplier, currency: currencyOf(ctx, s.materialCode) }))
    .sort((a, b) => a.supplier.localeCompare(b.supplier) || a.orderBy.localeCompare(b.orderBy) || a.materialCode.localeCompare(b.materialCode));
  const columns = purchaseColumns(ctx);
  const sheet = addPlanSheet(ctx, workbook, planWord(ctx, 'sheet.purchases'), plan, columns.length);
  setColumns(sheet, columns);
  writeHeader(sheet, HEADER_ROW, columns);
  const lastRow = writePurchases(ctx, sheet, columns, suggestions);
  finishSheet(sheet, { headerRow: HEADER_ROW, lastRow, width: columns.length, frozenColumns: 3 });
};
