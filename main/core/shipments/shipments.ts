import type { OpenOrderLine, Shipment } from '../../../shared/api/shipments';
import { EDITABLE_SHIPMENT, RECORDED_AFTER_THE_FACT, SHIPMENT_TRANSITIONS, shipmentInput, type ShipmentStatus, type ShipmentValues } from '../../../shared/domain/shipments';
import { AppError } from '../../../shared/result';
import type { z } from 'zod';
import type { shipmentCostsInput, shipmentStatusInput } from '../../../shared/domain/shipments';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { updateOrderStatus } from '../orders/order-queries';
import { buyerForShipment, findShipmentByNo, getShipmentRow, insertShipment, setShipmentStatus, updateShipment } from './shipment-queries';
import { listShipmentLines, openOrderLines, ordersFullyShipped, replaceShipmentLines } from './shipment-line-queries';
import { closeOpenWork } from '../orders/order-status';
import { cartonFactsOf } from './shipment-lines';
import { shipmentDetail } from './shipment-detail';
import { planShipment } from './shipment-plan';
import { writeTransaction } from '../platform/db/write';

function statusWord(ctx: CallContext, status: ShipmentStatus): string {
  return ctx.t(`shipments.status.${status}`);
}

function checkTransition(ctx: CallContext, from: ShipmentStatus, to: ShipmentStatus): void {
  if (from !== to && !SHIPMENT_TRANSITIONS[from].includes(to)) {
    throw new AppError('BAD_TRANSITION', ctx.t('shipments.errors.transition', { from: statusWord(ctx, from), to: statusWord(ctx, to) }), {
      field: 'status', entity: 'shipment', from, to, allowed: [...SHIPMENT_TRANSITIONS[from]],
    });
  }
}

/** A shipment whose status lets nothing more change. */
function locked(ctx: CallContext, shipment: { id: number; shipmentNo: string; status: ShipmentStatus }): AppError {
  return new AppError('LOCKED_RECORD', ctx.t('shipments.errors.locked', { value: shipment.shipmentNo, status: statusWord(ctx, shipment.status) }), {
    field: 'shipmentNo', entity: 'shipment', id: shipment.id, reason: 'status', status: shipment.status,
  });
}

/** The shipment being saved over, by id; a new one under a number in use is refused, never merged. */
function existing(ctx: CallContext, values: ShipmentValues): Shipment | undefined {
  const byNo = findShipmentByNo(ctx.app.db, values.shipmentNo);
  if (byNo && byNo.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('shipments.errors.duplicateNo', { value: values.shipmentNo }), { field: 'shipmentNo' });
  }
  return values.id === undefined ? undefined : shipmentDetail(ctx, values.id);
}

/**
 * Orders whose every line has now left on shipped or closed shipments become `shipped` (also
 * from in-production: the goods are gone, whatever the order's last step said). Such an order
 * has left production: SPKs of it still open are closed, each audited, as any order step does.
 */
function markShippedOrders(ctx: CallContext, orderIds: number[], now: string): void {
  for (const order of ordersFullyShipped(ctx.app.db, orderIds)) {
    updateOrderStatus(ctx.app.db, order.id, 'shipped', now);
    const closedWork = closeOpenWork(ctx, order, now).map((work) => work.assignmentId);
    recordAudit(ctx.app.db, {
      at: now, actor: ctx.app.actor, entity: 'order', entityId: order.id, action: 'status',
      before: { orderNo: order.orderNo, status: order.status }, after: { orderNo: order.orderNo, status: 'shipped', ...(closedWork.length > 0 ? { closedWork } : {}) },
    });
  }
}

/**
 * Writes one shipment with its lines, without a transaction of its own (an import writes many
 * in one). Everything is checked before anything is written. `isStatusStep` lets a status step
 * rewrite a shipment that is no longer editable.
 */
export function writeShipment(ctx: CallContext, values: ShipmentValues, isStatusStep = false): number {
  const { db } = ctx.app;
  const before = existing(ctx, values);
  if (before) {
    if (!isStatusStep && !EDITABLE_SHIPMENT.includes(before.status)) {
      throw locked(ctx, before);
    }
    checkTransition(ctx, before.status, values.status);
  }
  // A shipment already gone (its closing, its costs) is not held to QC again: it was when it left.
  const plan = planShipment(ctx, values, before?.id ?? null, { hasLeft: before !== undefined && RECORDED_AFTER_THE_FACT.includes(before.status) });
  const now = ctx.app.now();
  const id = before ? before.id : insertShipment(db, plan.header, now);
  if (before) updateShipment(db, id, plan.header, now);
  replaceShipmentLines(db, id, plan.lines);
  if (values.status === 'shipped' || values.status === 'closed') markShippedOrders(ctx, [...new Set(plan.lines.map((line) => line.facts.orderId))], now);
  const after = { ...values, invoiceDate: plan.header.invoiceDate, fobUsdCents: plan.header.fobUsdCents, qcReason: plan.header.qcReason };
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'shipment', entityId: id, action: before ? 'update' : 'create', before, after });
  return id;
}

export function saveShipment(ctx: CallContext, values: ShipmentValues): Shipment {
  const id = writeTransaction(ctx.app.db, () => writeShipment(ctx, values));
  return shipmentDetail(ctx, id);
}

/** The stored shipment as the input that would write it again. */
function valuesOf(ctx: CallContext, id: number): ShipmentValues {
  const row = getShipmentRow(ctx.app.db, id);
  if (!row) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  const lines = listShipmentLines(ctx.app.db, id).map((line) => ({ orderNo: line.orderNo, sku: line.sku, qty: line.qty, cartons: line.cartons, netKg: line.netKg, grossKg: line.grossKg }));
  return shipmentInput.parse({ ...row, id, lines });
}

/**
 * Moves a shipment along its workflow. Shipping may bring the PEB number and date, closing the
 * bill of lading; the shipment is checked and valued again (the PEB date fixes the rate).
 * Cancelling frees the lines at once and checks nothing else.
 */
export function moveShipment(ctx: CallContext, step: z.output<typeof shipmentStatusInput>): Shipment {
  const { db } = ctx.app;
  const current = valuesOf(ctx, step.id);
  if (current.status === step.status) return shipmentDetail(ctx, step.id);
  checkTransition(ctx, current.status, step.status);
  const now = ctx.app.now();
  writeTransaction(db, () => {
    if (step.status === 'cancelled') {
      setShipmentStatus(db, step.id, 'cancelled', now);
      const audit = { shipmentNo: current.shipmentNo, status: current.status };
      recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'shipment', entityId: step.id, action: 'status', before: audit, after: { ...audit, status: 'cancelled' } });
      return;
    }
    const next = {
      ...current, status: step.status, pebNo: step.pebNo ?? current.pebNo, pebDate: step.pebDate ?? current.pebDate, blNo: step.blNo ?? current.blNo,
      qcReason: step.qcReason ?? current.qcReason,
    };
    writeShipment(ctx, next, true);
  });
  return shipmentDetail(ctx, step.id);
}

/**
 * The costs that value a shipment, entered or corrected, also on a shipment that has left (its
 * papers stay as lodged; only its value follows): the shipment is valued again with them at the
 * rates now recorded for its date, and audited. A cancelled shipment is not valued.
 */
export function setShipmentCosts(ctx: CallContext, costs: z.output<typeof shipmentCostsInput>): Shipment {
  const current = valuesOf(ctx, costs.id);
  if (current.status === 'cancelled') {
    throw locked(ctx, { ...current, id: costs.id });
  }
  writeTransaction(ctx.app.db, () => writeShipment(ctx, { ...current, inlandCost: costs.inlandCost, freight: costs.freight, insurance: costs.insurance }, true));
  return shipmentDetail(ctx, costs.id);
}

/** A buyer's order lines in production or ready: ordered, accepted at QC, on other shipments, and ready (accepted, not on another). */
export function openLinesFor(ctx: CallContext, buyerCode: string, shipmentId: number | null): OpenOrderLine[] {
  const buyer = buyerForShipment(ctx.app.db, buyerCode);
  if (!buyer) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownBuyer', { value: buyerCode }), { field: 'buyerCode' });
  return openOrderLines(ctx.app.db, buyer.id, shipmentId).map((line) => ({
    orderNo: line.orderNo,
    orderStatus: line.orderStatus,
    shipBy: line.shipBy,
    currency: line.currency,
    sku: line.sku,
    productName: line.productName,
    hsCode: line.hsCode,
    uom: line.uom,
    orderedQty: line.qty,
    acceptedQty: line.acceptedQty,
    reservedQty: line.reservedQty,
    // Ready: what a draft or booked shipment may hold, accepted at QC and not yet on another one.
    openQty: Math.max(0, line.acceptedQty - line.reservedQty),
    unitPrice: line.unitPrice,
    carton: cartonFactsOf(line),
  }));
}
