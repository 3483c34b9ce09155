import type { MovementKind } from '../../../../shared/domain/materials';
import type { OrderStatus } from '../../../../shared/domain/orders';
import type { Db } from '../db/connection';
import type { Currency } from '../../../../shared/money';

/**
 * Rows of the supply-chain exports that no list function of the aggregates gives whole: every
 * BOM line, every order line with its order, the full ledger. SELECT only. Removed products and
 * materials are left out, as removed members are, so an export imports into a fresh database.
 */

export interface BomExportRow {
  sku: string;
  productName: string;
  materialCode: string;
  materialName: string;
  qtyPerUnit: number;
  uom: string;
  wastePct: number;
}

export function bomExportRows(db: Db): BomExportRow[] {
  return db
    .prepare(
      `SELECT p.sku, p.name AS productName, m.material_code AS materialCode, m.name AS materialName, b.qty_per_unit AS qtyPerUnit,
              m.uom, b.waste_pct AS wastePct
       FROM bom_line b JOIN product p ON p.id = b.product_id JOIN material m ON m.id = b.material_id
       WHERE p.removed_at IS NULL AND m.removed_at IS NULL
       ORDER BY p.sku COLLATE NOCASE, m.category, m.material_code COLLATE NOCASE`,
    )
    .all() as BomExportRow[];
}

export interface OrderLineExportRow {
  orderNo: string;
  buyerCode: string;
  buyerName: string;
  orderDate: string;
  shipBy: string;
  currency: Currency;
  idrRate: number | null;
  status: OrderStatus;
  note: string | null;
  buyerPo: string | null;
  buyerPoDate: string | null;
  paymentTerms: string | null;
  lineNo: number;
  sku: string;
  productName: string;
  qty: number;
  /** In the order currency's minor unit. */
  unitPrice: number;
}

/** One row per order line, orders by ship-by date then number, lines in their own order. */
export function orderLineExportRows(db: Db): OrderLineExportRow[] {
  return db
    .prepare(
      `SELECT o.order_no AS orderNo, b.buyer_code AS buyerCode, b.name AS buyerName, o.order_date AS orderDate, o.ship_by AS shipBy,
              o.currency, o.idr_rate AS idrRate, o.status, o.note, l.line_no AS lineNo, p.sku, p.name AS productName, l.qty,
              l.unit_price AS unitPrice, o.buyer_po AS buyerPo, o.buyer_po_date AS buyerPoDate, o.payment_terms AS paymentTerms
       FROM sales_order o JOIN buyer b ON b.id = o.buyer_id JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id
       ORDER BY o.ship_by, o.order_no COLLATE NOCASE, l.line_no`,
    )
    .all() as OrderLineExportRow[];
}

export interface MovementExportRow {
  materialCode: string;
  materialName: string;
  kind: MovementKind;
  date: string;
  /** As entered: positive for every kind but an adjustment, which carries its sign. */
  qty: number;
  uom: string;
  unitCode: string | null;
  note: string | null;
}

/** The whole ledger, oldest first, in the order it was recorded within a day. */
export function movementExportRows(db: Db): MovementExportRow[] {
  return db
    .prepare(
      `SELECT m.material_code AS materialCode, m.name AS materialName, s.kind, s.moved_on AS date,
              CASE WHEN s.kind = 'adjustment' THEN s.delta ELSE ABS(s.delta) END AS qty, m.uom, u.unit_code AS unitCode, s.note
       FROM stock_movement s JOIN material m ON m.id = s.material_id LEFT JOIN business_unit u ON u.id = s.unit_id
       ORDER BY s.moved_on, s.id`,
    )
    .all() as MovementExportRow[];
}
