import { RECORDED_AFTER_THE_FACT, type ShipmentStatus, type ShipmentValues } from '../../../shared/domain/shipments';
import type { Currency } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import { packLine, type CartonFacts } from '../../../shared/shipping/packing';
import type { CallContext } from '../platform/app';
import { findOrder, orderLineFacts, reservedElsewhere, type OrderLineFacts, type ShipmentLineWrite } from './shipment-line-queries';

/** Orders whose goods may go on a shipment of each status: history may be recorded of orders already shipped. */
const SHIPPABLE_ORDERS: Record<ShipmentStatus, readonly string[]> = {
  draft: ['in-production', 'ready'],
  booked: ['in-production', 'ready'],
  shipped: ['in-production', 'ready', 'shipped', 'closed'],
  closed: ['in-production', 'ready', 'shipped', 'closed'],
  cancelled: ['in-production', 'ready', 'shipped', 'closed', 'draft', 'confirmed', 'cancelled'],
};

export interface CheckedLine extends Omit<ShipmentLineWrite, 'fobUsdCents'> {
  facts: OrderLineFacts;
  /** More than is ready (accepted at QC less other shipments): allowed only on a shipment recorded after the fact, with a reason. */
  isBeyondReady: boolean;
}

/**
 * How the lines are held to what QC accepted. `hasLeft`: the shipment was already shipped or
 * closed before this write (its closing, its costs): its goods were checked when they left, or
 * left before this check existed, and are not checked again.
 */
export interface QcCheck {
  hasLeft: boolean;
}

/** A refusal about one line: `details.line` is 1-based and `details.field` names the line's field. */
function lineError(ctx: CallContext, index: number, field: string, key: string, params: Record<string, unknown>): AppError {
  return new AppError('INVALID_INPUT', ctx.t(`shipments.errors.${key}`, params), { field: `lines.${field}`, line: index + 1 });
}

export function cartonFactsOf(facts: OrderLineFacts): CartonFacts {
  return {
    cartonQty: facts.cartonQty,
    lengthCm: facts.cartonLengthCm,
    widthCm: facts.cartonWidthCm,
    heightCm: facts.cartonHeightCm,
    grossKg: facts.cartonGrossKg,
    netKg: facts.cartonNetKg,
  };
}

function orderStatusWord(ctx: CallContext, status: string): string {
  return ctx.t(`imports.words.orderStatus.${status}`);
}

/**
 * Checks every line against its order and packs it: the order exists, is the buyer's, is in a
 * status whose goods may leave, lists the SKU, is in the shipment's currency, is not above what
 * was ordered less other shipments, and the product's carton is known. What QC accepted rules by
 * the SHIPMENT's status, whatever the order's: a draft or booked shipment holds no more than is
 * ready (accepted at QC over all SPKs, less what other shipments not cancelled hold); a shipped
 * or closed one recorded after the fact may hold more only with `qcReason`.
 * Cartons are numbered across the shipment in line order. Throws the first problem found.
 */
export function checkShipmentLines(
  ctx: CallContext, values: ShipmentValues, buyer: { id: number; code: string }, shipmentId: number | null, qc: QcCheck = { hasLeft: false },
): CheckedLine[] {
  const { db } = ctx.app;
  const seen = new Map<number, number>();
  let currency: { code: Currency; orderNo: string } | null = null;
  let nextCarton = 1;
  return values.lines.map((line, index) => {
    const order = findOrder(db, line.orderNo);
    if (!order) throw lineError(ctx, index, 'orderNo', 'unknownOrder', { value: line.orderNo });
    const facts = orderLineFacts(db, order.id, line.sku);
    if (!facts) throw lineError(ctx, index, 'sku', 'skuNotOnOrder', { sku: line.sku, order: order.orderNo });
    if (facts.buyerId !== buyer.id) {
      throw lineError(ctx, index, 'orderNo', 'otherBuyer', { order: facts.orderNo, owner: facts.buyerCode, buyer: buyer.code });
    }
    if (!SHIPPABLE_ORDERS[values.status].includes(facts.orderStatus)) {
      throw lineError(ctx, index, 'orderNo', 'orderStatus', { order: facts.orderNo, status: orderStatusWord(ctx, facts.orderStatus) });
    }
    if (currency && currency.code !== facts.currency) {
      const params = { order: facts.orderNo, currency: facts.currency, other: currency.code, first: currency.orderNo };
      throw new AppError('MIXED_CURRENCY', ctx.t('shipments.errors.mixedCurrency', params), {
        field: 'lines.orderNo', line: index + 1, currency: currency.code, other: facts.currency,
      });
    }
    currency ??= { code: facts.currency, orderNo: facts.orderNo };
    const earlier = seen.get(facts.orderLineId);
    if (earlier !== undefined) throw lineError(ctx, index, 'sku', 'sameLineTwice', { sku: facts.sku, order: facts.orderNo, line: earlier });
    seen.set(facts.orderLineId, index + 1);
    const reserved = values.status === 'cancelled' ? { qty: 0, shipments: '' } : reservedElsewhere(db, facts.orderLineId, shipmentId);
    const open = facts.qty - reserved.qty;
    if (line.qty > open) {
      const where = reserved.shipments ? ` (${reserved.shipments})` : '';
      throw lineError(ctx, index, 'qty', 'exceedsOpen', { sku: facts.sku, order: facts.orderNo, ordered: facts.qty, reserved: reserved.qty, where, open: Math.max(0, open), qty: line.qty });
    }
    // Only goods QC accepted leave (no fallback for an order declared ready); a shipment recorded
    // after the fact may hold more with a reason, kept on the shipment and in the audit log.
    const ready = facts.acceptedQty - reserved.qty;
    const isBeyondReady = values.status !== 'cancelled' && !qc.hasLeft && line.qty > ready;
    if (isBeyondReady) {
      const where = reserved.shipments ? ` (${reserved.shipments})` : '';
      const params = { line: index + 1, shipment: values.shipmentNo, sku: facts.sku, order: facts.orderNo, ordered: facts.qty, accepted: facts.acceptedQty, reserved: reserved.qty, where, ready: Math.max(0, ready), qty: line.qty };
      if (!RECORDED_AFTER_THE_FACT.includes(values.status)) throw lineError(ctx, index, 'qty', 'exceedsReady', params);
      if (!values.qcReason) {
        throw new AppError('INVALID_INPUT', ctx.t('shipments.errors.needsQcReason', { ...params, status: ctx.t(`shipments.status.${values.status}`) }), { field: 'qcReason', line: index + 1 });
      }
    }
    const packed = packLine(line.qty, cartonFactsOf(facts), { cartons: line.cartons, netKg: line.netKg, grossKg: line.grossKg });
    if (!packed.ok) {
      const field = packed.problem.startsWith('cartons') ? 'cartons' : packed.problem === 'netAboveGross' ? 'netKg' : 'sku';
      throw lineError(ctx, index, field, packed.problem, { sku: facts.sku, qty: line.qty, limit: packed.limit, cartonQty: facts.cartonQty, cartons: line.cartons });
    }
    const checked: CheckedLine = {
      facts,
      isBeyondReady,
      lineNo: index + 1,
      orderLineId: facts.orderLineId,
      qty: line.qty,
      unitPrice: facts.unitPrice,
      cartons: packed.line.cartons,
      firstCarton: nextCarton,
      netKg: packed.line.netKg,
      grossKg: packed.line.grossKg,
      volumeM3: packed.line.volumeM3,
      cartonQty: facts.cartonQty,
      cartonLengthCm: facts.cartonLengthCm ?? 0,
      cartonWidthCm: facts.cartonWidthCm ?? 0,
      cartonHeightCm: facts.cartonHeightCm ?? 0,
    };
    nextCarton += packed.line.cartons;
    return checked;
  });
}
