import type { Db } from '../../platform/db/connection';
import type { Currency } from '../../../../shared/money';

/**
 * The materials report's sums, one row per material from the stock ledger
 * (`stock_movement (material_id, moved_on)`) and purchase orders; the ledger is small beside the
 * order book, so these read it whole per material.
 */

export interface MaterialFlow {
  materialCode: string;
  unitCost: number;
  currency: Currency;
  issued: number;
  returned: number;
  received: number;
  ordered: number;
}

/** Issues, returns and receipts in the period, and quantities on purchase orders dated in it (not cancelled). */
export function materialFlows(db: Db, fromDay: string, toDay: string): MaterialFlow[] {
  return db
    .prepare(
      `SELECT m.material_code AS materialCode, m.unit_cost AS unitCost, m.currency,
              ROUND(COALESCE(f.issued, 0), 4) AS issued, ROUND(COALESCE(f.returned, 0), 4) AS returned,
              ROUND(COALESCE(f.received, 0), 4) AS received, ROUND(COALESCE(p.ordered, 0), 4) AS ordered
       FROM material m
       LEFT JOIN (SELECT material_id,
                         SUM(CASE WHEN kind = 'issue' THEN -delta ELSE 0 END) AS issued,
                         SUM(CASE WHEN kind = 'return' THEN delta ELSE 0 END) AS returned,
                         SUM(CASE WHEN kind = 'receipt' THEN delta ELSE 0 END) AS received
                  FROM stock_movement WHERE moved_on >= @from AND moved_on <= @to GROUP BY material_id) f ON f.material_id = m.id
       LEFT JOIN (SELECT pl.material_id, SUM(pl.qty) AS ordered
                  FROM purchase_line pl JOIN purchase_order po ON po.id = pl.po_id
                  WHERE po.order_date >= @from AND po.order_date <= @to AND po.status <> 'cancelled' GROUP BY pl.material_id) p
         ON p.material_id = m.id
       WHERE m.removed_at IS NULL`,
    )
    .all({ from: fromDay, to: toDay }) as MaterialFlow[];
}

export interface OpenPurchaseRow {
  poNo: string;
  supplier: string;
  orderDate: string;
  expectedOn: string;
  status: string;
  currency: Currency;
  materialCode: string;
  materialName: string;
  uom: string;
  openQty: number;
  unitCost: number;
}

/** Lines of draft and ordered purchase orders not yet fully received, soonest expected first. */
export function openPurchaseLines(db: Db): OpenPurchaseRow[] {
  return db
    .prepare(
      `SELECT po.po_no AS poNo, s.name AS supplier, po.order_date AS orderDate, po.expected_on AS expectedOn, po.status, po.currency,
              m.material_code AS materialCode, m.name AS materialName, m.uom, ROUND(pl.qty - pl.received_qty, 4) AS openQty,
              pl.unit_cost AS unitCost
       FROM purchase_order po JOIN purchase_line pl ON pl.po_id = po.id
       JOIN supplier s ON s.id = po.supplier_id JOIN material m ON m.id = pl.material_id
       WHERE po.status IN ('draft', 'ordered') AND pl.qty > pl.received_qty
       ORDER BY po.expected_on, po.po_no, pl.id`,
    )
    .all() as OpenPurchaseRow[];
}

/** Whether the ledger has any movement up to a day. */
export function hasStockBefore(db: Db, toDay: string): boolean {
  return (db.prepare('SELECT EXISTS (SELECT 1 FROM stock_movement WHERE moved_on <= ?) AS found').get(toDay) as { found: number }).found === 1;
}
