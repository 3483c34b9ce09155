import { PRODUCING_STATUSES, type Order, type OrderStatus, type OrderValues } from '../../../shared/domain/orders';
import type { Currency } from '../../../shared/money';
import { rupiah, toRupiah } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { buyerPaymentTerms, findBuyerByCode } from './buyer-queries';
import { findProductBySku } from '../catalogue/catalogue-queries';
import { deleteOrderLinesAfter, findOrderByNo, orderLinesInUse, insertOrder, ordersWithoutRate, setOrderRate, updateOrder, upsertOrderLine } from './order-queries';
import { rateOn } from './rate-queries';
import { writeTransaction } from '../platform/db/write';
import { checkOrderLines } from './order-checks';
import { checkTransition, closeOpenWork, orderWithLines } from './order-status';

/** Only an order nobody has started on may have its lines rewritten. */
const EDITABLE: OrderStatus[] = ['draft', 'confirmed'];

const PRODUCING = new Set<OrderStatus>(PRODUCING_STATUSES);

export function orderDetail(ctx: CallContext, id: number): Order {
  return orderWithLines(ctx, id);
}

/**
 * The order being saved over, named by its id. A new order (no id) with a number already in use
 * is refused: typing an existing number must never overwrite another buyer's order.
 */
function existingOrder(ctx: CallContext, values: OrderValues): Order | undefined {
  const byNo = findOrderByNo(ctx.app.db, values.orderNo);
  if (values.id === undefined) {
    if (byNo) throw new AppError('DUPLICATE', ctx.t('errors.duplicateOrderNo', { value: values.orderNo }), { field: 'orderNo' });
    return undefined;
  }
  if (byNo && byNo.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateOrderNo', { value: values.orderNo }), { field: 'orderNo' });
  }
  return orderDetail(ctx, values.id);
}

/**
 * Rupiah per unit: 1 for rupiah, else as given, else the newest rate on or before the order date,
 * else null: the order book does not wait for the rate. The order's rupiah worth is then unknown
 * until a rate for its date is recorded (fillMissingOrderRates).
 */
function idrRate(ctx: CallContext, values: OrderValues): number | null {
  if (values.currency === 'IDR') return 1;
  if (values.idrRate !== null) return values.idrRate;
  return rateOn(ctx.app.db, values.currency, values.orderDate)?.idrPerUnit ?? null;
}

/**
 * Writes one order with its lines, without a transaction of its own (imports write many in one).
 * Everything is checked before anything is written. Saving an order again (by its id) replaces its
 * lines, but only while the order is draft or confirmed.
 */
export function writeOrder(ctx: CallContext, values: OrderValues): number {
  const { db } = ctx.app;
  const buyer = findBuyerByCode(db, values.buyerCode);
  if (!buyer) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownBuyer', { value: values.buyerCode }), { field: 'buyerCode' });
  const before = existingOrder(ctx, values);
  if (before) {
    if (!EDITABLE.includes(before.status)) {
      throw new AppError('LOCKED_RECORD', ctx.t('errors.orderLocked', { value: before.orderNo, status: before.status }), {
        field: 'orderNo', entity: 'order', id: before.id, reason: 'status', status: before.status,
      });
    }
    checkTransition(ctx, before.status, values.status);
  } else if (values.status === 'ready') {
    // Nothing of a new order has been made, so nothing can be ready; history (shipped, closed) may be recorded.
    throw new AppError('INVALID_INPUT', ctx.t('orders.ready.newOrder'), { field: 'status' });
  }
  const lines = values.lines.map((line, index) => {
    const product = findProductBySku(db, line.sku);
    if (!product) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownProduct', { value: line.sku }), { field: 'lines', line: index + 1 });
    return { ...line, lineNo: index + 1, productId: product.id };
  });
  checkOrderLines(ctx, values, before);
  if (before) keepLinesInUse(ctx, before, values.orderNo, lines);
  const rate = idrRate(ctx, values);
  const value = lines.reduce((sum, line) => sum + line.qty * line.unitPrice, 0);
  if (values.buyerPoDate !== null && values.buyerPoDate > ctx.app.today()) {
    throw new AppError('INVALID_INPUT', ctx.t('invalid.poDateFuture'), { field: 'buyerPoDate' });
  }
  const { orderNo, orderDate, shipBy, currency, status, note, buyerPo, buyerPoDate } = values;
  // Terms left out: a new order takes the buyer's, a saved one keeps its own; given (even empty), they are kept.
  const paymentTerms = values.paymentTerms === undefined ? (before ? before.paymentTerms : buyerPaymentTerms(db, buyer.id)) : values.paymentTerms;
  const stored = { orderNo, orderDate, shipBy, currency, status, note, buyerPo, buyerPoDate, paymentTerms, buyerId: buyer.id, idrRate: rate, valueIdr: rate === null ? rupiah(0) : toRupiah(value, currency, rate) };
  const now = ctx.app.now();
  let id: number;
  if (before) {
    id = before.id;
    updateOrder(db, id, stored, now);
    // keepLinesInUse has refused dropping a line anything relies on; the foreign keys still guard it.
    deleteOrderLinesAfter(db, id, lines.length);
  } else {
    id = insertOrder(db, stored, now);
  }
  for (const line of lines) upsertOrderLine(db, { orderId: id, lineNo: line.lineNo, productId: line.productId, qty: line.qty, unitPrice: line.unitPrice });
  // Saved out of production (set back to draft, cancelled): its open SPKs go with it, each audited.
  const closedWork = before && before.status !== status && !PRODUCING.has(status) ? closeOpenWork(ctx, before, now) : [];
  const after = { ...values, paymentTerms, idrRate: rate, ...(closedWork.length > 0 ? { closedWork: closedWork.map((work) => work.assignmentId) } : {}) };
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'order', entityId: id, action: before ? 'update' : 'create', before, after });
  return id;
}

/**
 * Lines are saved by their number, so a line removed above one with an SPK would slide the next
 * product into its place and the SPK would silently make something else: refused instead.
 */
function keepLinesInUse(ctx: CallContext, before: Order, orderNo: string, lines: { sku: string }[]): void {
  const inUse = orderLinesInUse(ctx.app.db, before.id);
  for (const old of before.lines) {
    if (!inUse.has(old.id) || lines[old.lineNo - 1]?.sku.toUpperCase() === old.sku.toUpperCase()) continue;
    throw new AppError('LOCKED_RECORD', ctx.t('errors.orderLineInUse', { value: orderNo, line: old.lineNo, sku: old.sku }), {
      field: 'lines', line: old.lineNo, entity: 'order', id: before.id, reason: 'referenced', status: before.status,
    });
  }
}

export function saveOrder(ctx: CallContext, values: OrderValues): Order {
  const id = writeTransaction(ctx.app.db, () => writeOrder(ctx, values));
  return orderDetail(ctx, id);
}

/**
 * Gives the orders of a currency that were saved without a rate the rate now in force on their
 * order date, if there is one, and so their rupiah worth; called where a rate is written, in its
 * transaction. Returns how many orders got a rate.
 */
export function fillMissingOrderRates(ctx: CallContext, currency: Currency): number {
  const { db } = ctx.app;
  if (currency === 'IDR') return 0;
  const now = ctx.app.now();
  let filled = 0;
  for (const order of ordersWithoutRate(db, currency)) {
    const rate = rateOn(db, currency, order.orderDate);
    if (!rate) continue;
    const valueIdr = toRupiah(order.value, currency, rate.idrPerUnit);
    setOrderRate(db, order.id, rate.idrPerUnit, valueIdr);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'order', entityId: order.id, action: 'rate',
      before: { orderNo: order.orderNo, idrRate: null }, after: { orderNo: order.orderNo, idrRate: rate.idrPerUnit, rateOn: rate.validOn, valueIdr },
    });
    filled += 1;
  }
  return filled;
}
