import { z } from 'zod';
import type { ImportError } from '../../../shared/api/files';
import { formatDateId } from '../../../shared/dates';
import { currencyField } from '../../../shared/domain/catalogue';
import { isoDateField, optionalText, requiredText } from '../../../shared/domain/fields';
import { ORDER_STATUSES, orderInput, orderLineInput, type OrderValues } from '../../../shared/domain/orders';
import type { Translate } from '../../../shared/i18n';
import { toMinor } from '../../../shared/money';
import type { ImportRecord } from '../platform/import/kind';
import { translateIssue, type ParsedRow } from '../platform/import/rows';

/**
 * One sheet row of an orders file: the order's own fields (which later rows of the same order
 * may leave blank) and one line. Prices stay in major units until the order's currency is known.
 */
export const orderRowInput = z.object({
  orderNo: requiredText(40),
  buyerCode: optionalText(40),
  orderDate: isoDateField.nullish(),
  shipBy: isoDateField.nullish(),
  currency: currencyField.nullish(),
  idrRate: z.number({ error: 'invalid.notNumber' }).positive({ error: 'invalid.notPositive' }).nullish(),
  status: z.enum(ORDER_STATUSES, { error: 'invalid.orderStatus' }).nullish(),
  note: optionalText(400),
  buyerPo: optionalText(60),
  buyerPoDate: isoDateField.nullish(),
  paymentTerms: optionalText(200),
  sku: requiredText(40),
  qty: orderLineInput.shape.qty,
  unitPrice: z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }),
});
export type OrderRow = z.output<typeof orderRowInput>;

type OrderField = 'buyerCode' | 'orderDate' | 'shipBy' | 'currency' | 'idrRate' | 'status' | 'note' | 'buyerPo' | 'buyerPoDate' | 'paymentTerms';

/** The order's own fields and their columns; the first four must be given on some row of the order. */
const ORDER_FIELDS: { field: OrderField; key: string; isRequired: boolean }[] = [
  { field: 'buyerCode', key: 'buyer_code', isRequired: true },
  { field: 'orderDate', key: 'order_date', isRequired: true },
  { field: 'shipBy', key: 'ship_by', isRequired: true },
  { field: 'currency', key: 'currency', isRequired: true },
  { field: 'idrRate', key: 'idr_rate', isRequired: false },
  { field: 'status', key: 'status', isRequired: false },
  { field: 'note', key: 'note', isRequired: false },
  { field: 'buyerPo', key: 'buyer_po', isRequired: false },
  { field: 'buyerPoDate', key: 'buyer_po_date', isRequired: false },
  { field: 'paymentTerms', key: 'payment_terms', isRequired: false },
];
const LINE_KEYS: Record<string, string> = { sku: 'sku', qty: 'qty', unitPrice: 'unit_price' };

type Chosen = Partial<Record<OrderField, { value: string | number; row: number }>>;

function sameValue(field: OrderField, a: string | number, b: string | number): boolean {
  // Codes are compared as the database does, without case.
  return field === 'buyerCode' ? String(a).toUpperCase() === String(b).toUpperCase() : a === b;
}

function shown(field: OrderField, value: string | number): string {
  return (field === 'orderDate' || field === 'shipBy' || field === 'buyerPoDate') && typeof value === 'string' ? formatDateId(value) : String(value);
}

/**
 * The order's fields taken from its rows: the first row that gives one sets it, a later row may
 * leave it blank, and a later row that says something else is an error on that row.
 */
function chooseOrderFields(group: ParsedRow<OrderRow>[], orderNo: string, headerOf: (key: string) => string, t: Translate): Chosen {
  const chosen: Chosen = {};
  for (const row of group) {
    const values = row.values;
    if (!values) continue;
    for (const { field, key } of ORDER_FIELDS) {
      const value = values[field];
      if (value === null || value === undefined) continue;
      const held = chosen[field];
      if (!held) {
        chosen[field] = { value, row: row.row };
      } else if (!sameValue(field, held.value, value)) {
        const message = t('imports.invalid.orderDiffers', { row: held.row, order: orderNo, value: shown(field, held.value) });
        row.errors.push({ row: row.row, column: headerOf(key), message });
        row.values = null;
      }
    }
  }
  return chosen;
}

/** Checks one order as a whole and returns it, or null with the problems put on its rows. */
function assembleOrder(group: ParsedRow<OrderRow>[], headerOf: (key: string) => string, t: Translate): OrderValues | null {
  const first = group[0];
  const orderNo = first.text.order_no ?? '';
  const chosen = chooseOrderFields(group, orderNo, headerOf, t);
  // A row with its own problem already says what to fix; the order is judged once its rows are clean.
  const lines = group.flatMap((row) => (row.values ? [row.values] : []));
  if (lines.length < group.length) return null;
  const problems: ImportError[] = [];
  for (const { field, key, isRequired } of ORDER_FIELDS) {
    if (isRequired && !chosen[field]) problems.push({ row: first.row, column: headerOf(key), message: t('invalid.required') });
  }
  const currency = chosen.currency?.value;
  const parsedCurrency = currencyField.safeParse(currency);
  if (problems.length === 0 && parsedCurrency.success) {
    const parsed = orderInput.safeParse({
      orderNo,
      buyerCode: chosen.buyerCode?.value,
      orderDate: chosen.orderDate?.value,
      shipBy: chosen.shipBy?.value,
      currency,
      idrRate: chosen.idrRate?.value ?? null,
      status: chosen.status?.value ?? 'draft',
      note: chosen.note?.value ?? null,
      buyerPo: chosen.buyerPo?.value ?? null,
      buyerPoDate: chosen.buyerPoDate?.value ?? null,
      paymentTerms: chosen.paymentTerms?.value ?? null,
      lines: lines.map((line) => ({ sku: line.sku, qty: line.qty, unitPrice: toMinor(line.unitPrice, parsedCurrency.data) })),
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const [head, index, lineField] = issue.path;
      const message = translateIssue(issue, t);
      if (head === 'lines' && typeof index === 'number') {
        const row = group[index]?.row ?? first.row;
        problems.push({ row, column: headerOf(LINE_KEYS[String(lineField)] ?? 'sku'), message });
      } else {
        const spec = ORDER_FIELDS.find((f) => f.field === head);
        problems.push({ row: (spec && chosen[spec.field]?.row) ?? first.row, column: headerOf(spec?.key ?? 'order_no'), message });
      }
    }
  }
  for (const problem of problems) group.find((row) => row.row === problem.row)?.errors.push(problem);
  return null;
}

/**
 * Rows with the same order number make one order, wherever they stand; its lines are numbered
 * in sheet order. Rows without an order number already carry their "required" error.
 */
export function assembleOrders(rows: ParsedRow<OrderRow>[], headerOf: (key: string) => string, t: Translate): ImportRecord<OrderValues>[] {
  const groups = new Map<string, ParsedRow<OrderRow>[]>();
  for (const row of rows) {
    const orderNo = row.text.order_no;
    if (!orderNo) continue;
    const key = orderNo.toUpperCase();
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => ({ rows: group.map((row) => row.row), values: assembleOrder(group, headerOf, t) }));
}
