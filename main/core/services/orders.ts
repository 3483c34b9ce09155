import { formatDateId } from '../../../shared/dates';
import { ORDER_TRANSITIONS, type Order, type OrderStatus, type OrderValues } from '../../../shared/domain/orders';
import { toRupiah } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';
import { recordAudit } from '../db/audit';
import { findBuyerByCode } from '../db/buyers';
import { findProductBySku } from '../db/catalogue';
import {
  deleteOrderLinesAfter, findOrderByNo, getOrderHeader, insertOrder, listOrderLines, updateOrder, updateOrderStatus, upsertOrderLine,
} from '../db/orders';
import { rateOn } from '../db/rates';
import { writeTransaction } from '../db/write';

/** Only an order nobody has started on may have its lines rewritten. */
const EDITABLE: OrderStatus[] = ['draft', 'confirmed'];

export function orderDetail(ctx: CallContext, id: number): Order {
  const header = getOrderHeader(ctx.app.db, id);
  if (!header) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return { ...header, lines: listOrderLines(ctx.app.db, id) };
}

function checkTransition(ctx: CallContext, from: OrderStatus, to: OrderStatus): void {
  if (from !== to && !ORDER_TRANSITIONS[from].includes(to)) {
    throw new AppError('INVALID_INPUT', ctx.t('invalid.statusTransition', { from: ctx.t(`ui.orderStatus.${from}`), to: ctx.t(`ui.orderStatus.${to}`) }), { field: 'status' });
  }
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

/** Rupiah per unit: 1 for rupiah, else as given, else the newest rate on or before the order date. */
function idrRate(ctx: CallContext, values: OrderValues): number {
  if (values.currency === 'IDR') return 1;
  if (values.idrRate !== null) return values.idrRate;
  const rate = rateOn(ctx.app.db, values.currency, values.orderDate);
  if (!rate) {
    throw new AppError('INVALID_INPUT', ctx.t('invalid.missingRate', { currency: values.currency, date: formatDateId(values.orderDate) }), {
      field: 'idrRate',
    });
  }
  return rate.idrPerUnit;
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
      throw new AppError('INVALID_INPUT', ctx.t('errors.orderLocked', { value: before.orderNo, status: before.status }), { field: 'orderNo' });
    }
    checkTransition(ctx, before.status, values.status);
  }
  const lines = values.lines.map((line, index) => {
    const product = findProductBySku(db, line.sku);
    if (!product) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownProduct', { value: line.sku }), { field: 'lines', line: index + 1 });
    return { ...line, lineNo: index + 1, productId: product.id };
  });
  const rate = idrRate(ctx, values);
  const value = lines.reduce((sum, line) => sum + line.qty * line.unitPrice, 0);
  const { orderNo, orderDate, shipBy, currency, status, note } = values;
  const stored = { orderNo, orderDate, shipBy, currency, status, note, buyerId: buyer.id, idrRate: rate, valueIdr: toRupiah(value, currency, rate) };
  const now = ctx.app.now();
  let id: number;
  if (before) {
    id = before.id;
    updateOrder(db, id, stored, now);
    if (!deleteOrderLinesAfter(db, id, lines.length)) {
      throw new AppError('INVALID_INPUT', ctx.t('errors.orderLineInUse', { value: values.orderNo }), { field: 'lines' });
    }
  } else {
    id = insertOrder(db, stored, now);
  }
  for (const line of lines) upsertOrderLine(db, { orderId: id, lineNo: line.lineNo, productId: line.productId, qty: line.qty, unitPrice: line.unitPrice });
  const after = { ...values, idrRate: rate };
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'order', entityId: id, action: before ? 'update' : 'create', before, after });
  return id;
}

export function saveOrder(ctx: CallContext, values: OrderValues): Order {
  const id = writeTransaction(ctx.app.db, () => writeOrder(ctx, values));
  return orderDetail(ctx, id);
}

/** Moves an order along its workflow (ORDER_TRANSITIONS); the same status again changes nothing. */
export function setOrderStatus(ctx: CallContext, id: number, status: OrderStatus): Order {
  const { db } = ctx.app;
  const order = orderDetail(ctx, id);
  if (order.status === status) return order;
  checkTransition(ctx, order.status, status);
  const now = ctx.app.now();
  writeTransaction(db, () => {
    updateOrderStatus(db, id, status, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'order', entityId: id, action: 'status',
      before: { orderNo: order.orderNo, status: order.status }, after: { orderNo: order.orderNo, status },
    });
  });
  return orderDetail(ctx, id);
}
