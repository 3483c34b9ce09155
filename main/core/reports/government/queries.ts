import type { Currency } from '../../../../shared/money';
import type { Db } from '../../platform/db/connection';

/**
 * What the government profile reads beside the registry and the export facts: work delivered by
 * each unit, material issued to each unit (less returns) by material category, and the
 * catalogue's products by category and HS code. Days are ISO dates, both ends included.
 */

export interface DeliveredByUnit {
  unitId: number;
  currency: Currency;
  rate: number | null;
  accepted: number;
  handedIn: number;
  /** Accepted pieces × the order line's unit price, in the order currency's minor unit. */
  worth: number;
}

export function deliveredByUnit(db: Db, from: string, to: string): DeliveredByUnit[] {
  return db
    .prepare(
      `SELECT a.unit_id AS unitId, o.currency, o.idr_rate AS rate, SUM(d.accepted) AS accepted,
              SUM(d.accepted + d.rejected) AS handedIn, SUM(d.accepted * ol.unit_price) AS worth
       FROM delivery d
       JOIN work_assignment a ON a.id = d.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id
       JOIN sales_order o ON o.id = ol.order_id
       WHERE d.delivered_on >= @from AND d.delivered_on <= @to
       GROUP BY a.unit_id, o.currency, o.idr_rate`,
    )
    .all({ from, to }) as DeliveredByUnit[];
}

export interface IssuedMaterial {
  unitId: number | null;
  category: string;
  uom: string;
  currency: Currency;
  /** Issued less returned, in the material's unit. */
  qty: number;
  /** That quantity at the material's unit cost, in its currency's minor unit. */
  cost: number;
}

export function issuedMaterials(db: Db, from: string, to: string): IssuedMaterial[] {
  return db
    .prepare(
      `SELECT s.unit_id AS unitId, m.category, m.uom, m.currency,
              ROUND(SUM(-s.delta), 4) AS qty, ROUND(SUM(-s.delta * m.unit_cost)) AS cost
       FROM stock_movement s JOIN material m ON m.id = s.material_id
       WHERE s.kind IN ('issue', 'return') AND s.moved_on >= @from AND s.moved_on <= @to
       GROUP BY s.unit_id, m.category, m.uom, m.currency
       ORDER BY m.category, m.uom`,
    )
    .all({ from, to }) as IssuedMaterial[];
}

export function productsByHsCode(db: Db): { category: string; hsCode: string; products: number }[] {
  return db
    .prepare(
      `SELECT p.category_code AS category, p.hs_code AS hsCode, COUNT(*) AS products
       FROM product p JOIN product_category c ON c.code = p.category_code
       WHERE p.removed_at IS NULL GROUP BY p.category_code, p.hs_code ORDER BY c.sort_order, p.hs_code`,
    )
    .all() as { category: string; hsCode: string; products: number }[];
}
