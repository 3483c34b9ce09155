import type { OrderValues } from '../../../shared/domain/orders';
import type { Translate } from '../../../shared/i18n';
import type { CallContext } from '../platform/app';
import { buyerCodesInUse, orderNumbersInUse, skusInUse } from '../platform/import/lookups';
import { centreCapacity, orderLineProblems, type CentreCapacity, type LineProblem } from './order-checks';
import type { ImportRecord, StoredProblem } from '../platform/import/kind';
import type { ParsedRow } from '../platform/import/rows';
import { unknownCodes } from '../platform/import/columns';
import type { OrderRow } from './order-import-rows';

/** Update mode: which records are stored orders, and which of their lines are stored as they are. */
export interface StoredOrders {
  isStored(record: ImportRecord<OrderValues>): boolean;
  /** A line (by its place in the file's order) saved before with the same product, quantity and price. */
  isKnownLine(record: ImportRecord<OrderValues>, index: number): boolean;
}

const NONE_STORED: StoredOrders = { isStored: () => false, isKnownLine: () => false };

/**
 * What the database must confirm: the number is new (unless the file updates that order), the
 * buyer and the products exist. A foreign-currency order without a rate is taken: the order book
 * does not wait for the rate.
 */
export function storedOrderProblems(
  ctx: CallContext, rows: ParsedRow<OrderRow>[], records: ImportRecord<OrderValues>[], storedOrders: StoredOrders = NONE_STORED,
): StoredProblem[] {
  const { db } = ctx.app;
  const { t } = ctx;
  const byRow = new Map(rows.map((row) => [row.row, row]));
  const orders = orderNumbersInUse(db);
  const buyers = buyerCodesInUse(db);
  const capacity = centreCapacity(db, ctx.app.today());
  const problems: StoredProblem[] = unknownCodes(t, rows, 'sku', skusInUse(db), 'invalid.unknownProduct');
  for (const record of records) {
    const first = byRow.get(record.rows[0]);
    const orderNo = first?.text.order_no;
    if (first && orderNo && orders.has(orderNo.toUpperCase()) && !storedOrders.isStored(record)) {
      problems.push({ row: first.row, key: 'order_no', message: t('invalid.duplicateStored', { value: orderNo }) });
    }
    const buyerRow = record.rows.map((row) => byRow.get(row)).find((row) => row?.text.buyer_code);
    const buyer = buyerRow?.text.buyer_code;
    if (buyerRow && buyer && !buyers.has(buyer.toUpperCase())) {
      problems.push({ row: buyerRow.row, key: 'buyer_code', message: t('invalid.unknownBuyer', { value: buyer }) });
    }
    const poDate = record.values?.buyerPoDate;
    if (poDate && poDate > ctx.app.today()) {
      const poRow = record.rows.map((row) => byRow.get(row)).find((row) => row?.text.buyer_po_date);
      problems.push({ row: poRow?.row ?? record.rows[0], key: 'buyer_po_date', message: t('invalid.poDateFuture') });
    }
    if (record.values) problems.push(...importLineProblems(t, record.rows, record.values, capacity, (index) => storedOrders.isKnownLine(record, index)));
  }
  return problems;
}

/**
 * The order checks of the form, on the line's row: an impossible quantity is refused, and what the
 * form would ask to confirm (a free line, months of the centre's capacity) too, since a file
 * cannot answer; such an order is entered on the Orders form. A line saved before as it is was
 * confirmed then and is not asked about again, as on the form.
 */
function importLineProblems(t: Translate, rows: number[], values: OrderValues, capacity: CentreCapacity, isKnownLine: (index: number) => boolean): StoredProblem[] {
  const { errors, warnings } = orderLineProblems(values, undefined, capacity, t);
  const key = (field: LineProblem['field']) => (field === 'qty' ? 'qty' : 'unit_price');
  return [
    ...errors.map((e) => ({ row: rows[e.line - 1], key: key(e.field), message: e.message })),
    ...warnings
      .filter((w) => !isKnownLine(w.line - 1))
      .map((w) => ({ row: rows[w.line - 1], key: key(w.field), message: t('checks.importCannotConfirm', { warning: w.message }) })),
  ];
}

export function statusWord(t: Translate, status: string): string {
  return t(`imports.words.orderStatus.${status}`);
}
