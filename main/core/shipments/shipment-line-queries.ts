import type { OrderStatus } from '../../../shared/domain/orders';
import type { Db } from '../platform/db/connection';
import type { Currency, UsdCents } from '../../../shared/money';

/** An order line as a shipment needs it: its order, price, product and master carton. */
export interface OrderLineFacts {
  orderLineId: number;
  orderId: number;
  orderNo: string;
  orderStatus: OrderStatus;
  buyerId: number;
  buyerCode: string;
  currency: Currency;
  shipBy: string;
  sku: string;
  productName: string;
  hsCode: string;
  uom: string;
  qty: number;
  /**
   * Pieces of the line accepted at QC over all its SPKs, at most the ordered quantity. No
   * fallback for an order a manager declared ready: a shipment holds only what QC accepted.
   */
  acceptedQty: number;
  unitPrice: number;
  cartonQty: number;
  cartonLengthCm: number | null;
  cartonWidthCm: number | null;
  cartonHeightCm: number | null;
  cartonGrossKg: number | null;
  cartonNetKg: number | null;
}

/** An order line's pieces accepted at QC over all its SPKs, capped at the ordered quantity (`l` is the order line). */
const ACCEPTED = `min(l.qty, COALESCE((SELECT SUM(d.accepted) FROM work_assignment a JOIN delivery d ON d.assignment_id = a.id
                                      WHERE a.order_line_id = l.id), 0))`;

const FACTS = `
  SELECT l.id AS orderLineId, o.id AS orderId, o.order_no AS orderNo, o.status AS orderStatus, o.buyer_id AS buyerId,
         b.buyer_code AS buyerCode, o.currency, o.ship_by AS shipBy, p.sku, p.name AS productName, p.hs_code AS hsCode, p.uom,
         l.qty, ${ACCEPTED} AS acceptedQty,
         l.unit_price AS unitPrice, p.carton_qty AS cartonQty, p.carton_length_cm AS cartonLengthCm,
         p.carton_width_cm AS cartonWidthCm, p.carton_height_cm AS cartonHeightCm, p.carton_gross_kg AS cartonGrossKg,
         p.carton_net_kg AS cartonNetKg
  FROM order_line l JOIN sales_order o ON o.id = l.order_id JOIN buyer b ON b.id = o.buyer_id JOIN product p ON p.id = l.product_id`;

export function findOrder(db: Db, orderNo: string): { id: number; orderNo: string; status: OrderStatus } | undefined {
  return db.prepare('SELECT id, order_no AS orderNo, status FROM sales_order WHERE order_no = ? COLLATE NOCASE').get(orderNo) as
    | { id: number; orderNo: string; status: OrderStatus }
    | undefined;
}

/** The order's line for a SKU (the first, should an order list a product twice). */
export function orderLineFacts(db: Db, orderId: number, sku: string): OrderLineFacts | undefined {
  return db.prepare(`${FACTS} WHERE l.order_id = ? AND p.sku = ? COLLATE NOCASE ORDER BY l.line_no LIMIT 1`).get(orderId, sku) as OrderLineFacts | undefined;
}

/** What other shipments that are not cancelled already hold of an order line, and their numbers. */
export function reservedElsewhere(db: Db, orderLineId: number, shipmentId: number | null): { qty: number; shipments: string } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(sl.qty), 0) AS qty, COALESCE(group_concat(DISTINCT s.shipment_no), '') AS shipments
       FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
       WHERE sl.order_line_id = ? AND s.status <> 'cancelled' AND s.id IS NOT ?`,
    )
    .get(orderLineId, shipmentId) as { qty: number; shipments: string };
}

/** A buyer's lines of orders in production or ready, with what other shipments hold of each. */
export function openOrderLines(db: Db, buyerId: number, shipmentId: number | null): (OrderLineFacts & { reservedQty: number })[] {
  return db
    .prepare(
      `${FACTS.replace('SELECT', 'SELECT COALESCE(r.qty, 0) AS reservedQty,')}
       LEFT JOIN (SELECT sl.order_line_id, SUM(sl.qty) AS qty FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
                  WHERE s.status <> 'cancelled' AND s.id IS NOT @shipmentId GROUP BY sl.order_line_id) r ON r.order_line_id = l.id
       WHERE o.buyer_id = @buyerId AND o.status IN ('in-production', 'ready')
       ORDER BY o.ship_by, o.order_no, l.line_no`,
    )
    .all({ buyerId, shipmentId }) as (OrderLineFacts & { reservedQty: number })[];
}

/** A line as the service writes it. */
export interface ShipmentLineWrite {
  lineNo: number;
  orderLineId: number;
  qty: number;
  unitPrice: number;
  cartons: number;
  firstCarton: number;
  netKg: number;
  grossKg: number;
  volumeM3: number;
  cartonQty: number;
  cartonLengthCm: number;
  cartonWidthCm: number;
  cartonHeightCm: number;
  /** The line's share of the shipment's FOB in US cents (largest remainder: the lines add up to the shipment); null: unknown. */
  fobUsdCents: UsdCents | null;
}

export function replaceShipmentLines(db: Db, shipmentId: number, lines: readonly ShipmentLineWrite[]): void {
  db.prepare('DELETE FROM shipment_line WHERE shipment_id = ?').run(shipmentId);
  const insert = db.prepare(
    `INSERT INTO shipment_line (shipment_id, line_no, order_line_id, qty, unit_price, cartons, first_carton, net_kg, gross_kg, volume_m3,
       carton_qty, carton_length_cm, carton_width_cm, carton_height_cm, fob_usd_cents)
     VALUES (@shipmentId, @lineNo, @orderLineId, @qty, @unitPrice, @cartons, @firstCarton, @netKg, @grossKg, @volumeM3,
       @cartonQty, @cartonLengthCm, @cartonWidthCm, @cartonHeightCm, @fobUsdCents)`,
  );
  for (const line of lines) insert.run({ ...line, shipmentId });
}

export interface StoredShipmentLine extends ShipmentLineWrite {
  id: number;
  orderNo: string;
  sku: string;
  productName: string;
  hsCode: string;
  uom: string;
  /** The order line's ordered and QC-accepted pieces, and what other shipments not cancelled hold of it now. */
  orderedQty: number;
  acceptedQty: number;
  elsewhereQty: number;
}

export function listShipmentLines(db: Db, shipmentId: number): StoredShipmentLine[] {
  return db
    .prepare(
      `SELECT sl.id, sl.line_no AS lineNo, sl.order_line_id AS orderLineId, sl.qty, sl.unit_price AS unitPrice, sl.cartons,
              sl.first_carton AS firstCarton, sl.net_kg AS netKg, sl.gross_kg AS grossKg, sl.volume_m3 AS volumeM3,
              sl.carton_qty AS cartonQty, sl.carton_length_cm AS cartonLengthCm, sl.carton_width_cm AS cartonWidthCm,
              sl.carton_height_cm AS cartonHeightCm, sl.fob_usd_cents AS fobUsdCents, o.order_no AS orderNo, p.sku, p.name AS productName, p.hs_code AS hsCode, p.uom,
              l.qty AS orderedQty, ${ACCEPTED} AS acceptedQty,
              (SELECT COALESCE(SUM(other.qty), 0) FROM shipment_line other JOIN shipment s ON s.id = other.shipment_id
               WHERE other.order_line_id = l.id AND s.status <> 'cancelled' AND s.id <> sl.shipment_id) AS elsewhereQty
       FROM shipment_line sl JOIN order_line l ON l.id = sl.order_line_id JOIN sales_order o ON o.id = l.order_id
       JOIN product p ON p.id = l.product_id
       WHERE sl.shipment_id = ? ORDER BY sl.line_no`,
    )
    .all(shipmentId) as StoredShipmentLine[];
}

/** Orders of which every line has left on shipped or closed shipments, and that are not marked so yet. */
export function ordersFullyShipped(db: Db, orderIds: readonly number[]): { id: number; orderNo: string; status: OrderStatus }[] {
  return db
    .prepare(
      `SELECT o.id, o.order_no AS orderNo, o.status FROM sales_order o
       WHERE o.id IN (SELECT value FROM json_each(?)) AND o.status IN ('in-production', 'ready')
         AND NOT EXISTS (
           SELECT 1 FROM order_line l
           WHERE l.order_id = o.id AND l.qty > (
             SELECT COALESCE(SUM(sl.qty), 0) FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
             WHERE sl.order_line_id = l.id AND s.status IN ('shipped', 'closed')))`,
    )
    .all(JSON.stringify(orderIds)) as { id: number; orderNo: string; status: OrderStatus }[];
}

/** A line's share of its shipment's FOB in US cents, as split again. */
export function setLineFob(db: Db, lineId: number, fobUsdCents: UsdCents | null): void {
  db.prepare('UPDATE shipment_line SET fob_usd_cents = ? WHERE id = ?').run(fobUsdCents, lineId);
}
