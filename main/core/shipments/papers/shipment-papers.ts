import type { CartonLabel, PaperGood, ShipmentPapers } from '../../../../shared/api/papers';
import type { Shipment } from '../../../../shared/api/shipments';
import { AppError } from '../../../../shared/result';
import type { CallContext } from '../../platform/app';
import { getBuyer } from '../../orders/buyer-queries';
import { getCentre } from '../../platform/db/centre';
import { findShipmentByNo } from '../shipment-queries';
import { shipmentDetail } from '../shipment-detail';
import { buyerGaps, COUNTRY_OF_ORIGIN, consigneeOf, exporterGaps, exporterOf, goodsGaps, orderGaps, paymentTermsOf } from './parties';
import { paperGoods, paperOrders } from './queries';

/** A shipment named by id (screens) or number (the CLI); an unknown one is NOT_FOUND, naming the number. */
export function shipmentIdOf(ctx: CallContext, ref: { id?: number; no?: string }): number {
  if (ref.id !== undefined) return ref.id;
  const found = findShipmentByNo(ctx.app.db, ref.no ?? '');
  if (!found) throw new AppError('NOT_FOUND', ctx.t('papers.errors.unknownShipment', { no: ref.no }), { field: 'shipment' });
  return found.id;
}

/** Every carton of the shipment, one label each: "CTN 12 / 120", its order and PO, contents and weights. */
function cartonLabels(shipment: Shipment, goods: readonly PaperGood[], buyerPoOf: Map<string, string | null>): CartonLabel[] {
  const of = shipment.totals.cartons;
  return shipment.lines.flatMap((line, index) =>
    line.ranges.flatMap((range) =>
      Array.from({ length: range.count }, (_, i): CartonLabel => ({
        no: range.from + i,
        of,
        orderNo: line.orderNo,
        buyerPo: buyerPoOf.get(line.orderNo) ?? null,
        sku: line.sku,
        description: goods[index]?.description ?? null,
        pieces: range.pieces,
        uom: line.uom,
        netKg: range.netKg,
        grossKg: range.grossKg,
        sizeCm: `${line.cartonLengthCm} x ${line.cartonWidthCm} x ${line.cartonHeightCm}`,
      })),
    ),
  );
}

/**
 * What the commercial invoice, packing list, shipping marks and carton labels of a shipment
 * print: the shipment, the exporter and its bank, the consignee with its address, the notify
 * party, the orders' POs and payment terms, the goods in English, and every detail still missing.
 */
export function shipmentPapers(ctx: CallContext, ref: { id?: number; no?: string }): ShipmentPapers {
  const { db } = ctx.app;
  const shipment = shipmentDetail(ctx, shipmentIdOf(ctx, ref));
  const buyerId = (db.prepare('SELECT buyer_id AS id FROM shipment WHERE id = ?').get(shipment.id) as { id: number }).id;
  const buyer = getBuyer(db, buyerId);
  if (!buyer) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  const centre = getCentre(db);
  const orders = paperOrders(db, shipment.lines.map((line) => line.orderNo));
  const known = paperGoods(db, shipment.lines.map((line) => line.sku));
  const goods = shipment.lines.map((line): PaperGood => known.get(line.sku) ?? { sku: line.sku, description: null, composition: null, hsCode: line.hsCode });
  const buyerPoOf = new Map(orders.map((order) => [order.orderNo, order.buyerPo]));
  return {
    shipment,
    exporter: exporterOf(centre),
    consignee: consigneeOf(buyer),
    notifyParty: buyer.notifyParty,
    paymentTerms: paymentTermsOf(orders),
    countryOfOrigin: COUNTRY_OF_ORIGIN,
    orders,
    goods,
    cartons: cartonLabels(shipment, goods, buyerPoOf),
    gaps: [...exporterGaps(centre), ...buyerGaps(buyer), ...orderGaps(orders), ...goodsGaps(goods)],
  };
}
