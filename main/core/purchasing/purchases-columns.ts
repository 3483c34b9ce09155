import type { PurchaseLine, PurchaseOrder } from '../../../shared/api/production';
import { CURRENCIES, fromMinor, minorDigits, type Currency } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { decimalsOf, excelDate, exactDecimal, moneyFormat, type SheetColumn } from '../platform/workbook/style';

/** The columns of the purchases workbook: one sheet of orders, one of their lines. */

export type LineRow = PurchaseLine & { po: PurchaseOrder };

export function currencyOf(po: PurchaseOrder): Currency {
  return CURRENCIES.find((currency) => currency === po.currency) ?? 'IDR';
}

/** Σ min(received, ordered) × cost: what has come in, at the order's price, in minor units. */
export function receivedValue(po: PurchaseOrder): number {
  return po.lines.reduce((sum, line) => sum + Math.round(Math.min(line.receivedQty, line.qty) * line.unitCost), 0);
}

function word(ctx: CallContext, key: string): string {
  return ctx.t(`purchasing.workbook.column.${key}`);
}

function column<T>(ctx: CallContext, key: string, width: number, kind: SheetColumn<T>['kind'], value: SheetColumn<T>['value'], extra: Partial<SheetColumn<T>> = {}): SheetColumn<T> {
  return { key, header: word(ctx, key), width, kind, value, ...extra };
}

function money(po: PurchaseOrder, minor: number): number {
  return fromMinor(minor, currencyOf(po));
}

function moneyFormatOf(po: PurchaseOrder): string {
  return moneyFormat(minorDigits(currencyOf(po)));
}

export function orderColumns(ctx: CallContext): SheetColumn<PurchaseOrder>[] {
  return [
    column(ctx, 'index', 6, 'index', (_po, i) => i + 1),
    column(ctx, 'poNo', 16, 'text', (po) => po.poNo, { total: 'count' }),
    column(ctx, 'supplier', 30, 'text', (po) => po.supplier),
    column(ctx, 'orderDate', 12, 'date', (po) => excelDate(po.orderDate)),
    column(ctx, 'expectedOn', 13, 'date', (po) => excelDate(po.expectedOn)),
    column(ctx, 'status', 12, 'text', (po) => ctx.t(`purchasing.status.${po.status}`)),
    column(ctx, 'lines', 8, 'number', (po) => po.lines.length, { total: 'sum' }),
    column(ctx, 'currency', 8, 'text', (po) => po.currency),
    column(ctx, 'value', 18, 'money', (po) => money(po, po.value), { numFmt: moneyFormatOf, total: 'sum' }),
    column(ctx, 'receivedValue', 18, 'money', (po) => money(po, receivedValue(po)), { numFmt: moneyFormatOf, total: 'sum' }),
    // A live share of the two cells to its left, so it follows an edit in Excel; cached as the
    // formula gives it (0,0321 would be a rounded copy of 0,032118), the cell shows 0.0%.
    column(ctx, 'receivedPct', 11, 'decimal', (po) => (po.value > 0 ? money(po, receivedValue(po)) / money(po, po.value) : 0), {
      numFmt: () => '0.0%',
      formula: (cellOf) => `IF(${cellOf('value')}=0,0,${cellOf('receivedValue')}/${cellOf('value')})`,
    }),
    column(ctx, 'note', 30, 'text', (po) => po.note ?? ''),
  ];
}

export function lineColumns(ctx: CallContext): SheetColumn<LineRow>[] {
  return [
    column(ctx, 'index', 6, 'index', (_r, i) => i + 1),
    column(ctx, 'poNo', 16, 'text', (r) => r.po.poNo),
    column(ctx, 'supplier', 26, 'text', (r) => r.po.supplier),
    column(ctx, 'status', 11, 'text', (r) => ctx.t(`purchasing.status.${r.po.status}`)),
    column(ctx, 'materialCode', 13, 'text', (r) => r.materialCode),
    column(ctx, 'materialName', 34, 'text', (r) => r.materialName),
    column(ctx, 'qty', 12, 'decimal', (r) => r.qty),
    column(ctx, 'uom', 8, 'text', (r) => r.uom),
    column(ctx, 'unitCost', 14, 'money', (r) => money(r.po, r.unitCost), { numFmt: (r) => moneyFormatOf(r.po) }),
    column(ctx, 'amount', 18, 'money', (r) => money(r.po, Math.round(r.qty * r.unitCost)), {
      numFmt: (r) => moneyFormatOf(r.po),
      total: 'sum',
      formula: (cellOf) => `ROUND(${cellOf('qty')}*${cellOf('unitCost')},${minorDigitsFormula(cellOf)})`,
    }),
    column(ctx, 'receivedQty', 12, 'decimal', (r) => r.receivedQty),
    column(ctx, 'openQty', 12, 'decimal', (r) => Math.max(0, exactDecimal(r.qty - r.receivedQty, Math.max(decimalsOf(r.qty), decimalsOf(r.receivedQty)))), {
      formula: (cellOf) => `MAX(0,${cellOf('qty')}-${cellOf('receivedQty')})`,
    }),
    column(ctx, 'currency', 8, 'text', (r) => r.po.currency),
  ];
}

/** Rupiah rounds to whole rupiah, other currencies to cents: read from the row's currency cell. */
function minorDigitsFormula(cellOf: (key: string) => string): string {
  return `IF(OR(${cellOf('currency')}="IDR",${cellOf('currency')}="JPY"),0,2)`;
}
