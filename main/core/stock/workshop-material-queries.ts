import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

/** What workshops were given of the cooperative's material, and what their delivered work used of it. */

export interface MaterialFlow {
  unitId: number;
  unitCode: string;
  unitName: string;
  materialId: number;
  materialCode: string;
  materialName: string;
  uom: string;
  unitCost: number;
  currency: Currency;
}

/** Issued and returned per workshop and material, from the ledger's movements up to a day. */
export function heldByWorkshop(db: Db, unitCode: string | null, asOf: string): (MaterialFlow & { issued: number; returned: number })[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.unit_code AS unitCode, u.name AS unitName, m.id AS materialId, m.material_code AS materialCode,
              m.name AS materialName, m.uom, m.unit_cost AS unitCost, m.currency,
              SUM(CASE WHEN s.kind = 'issue' THEN -s.delta ELSE 0 END) AS issued,
              SUM(CASE WHEN s.kind = 'return' THEN s.delta ELSE 0 END) AS returned
       FROM stock_movement s JOIN business_unit u ON u.id = s.unit_id JOIN material m ON m.id = s.material_id
       WHERE s.kind IN ('issue', 'return') AND s.moved_on <= @asOf AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
       GROUP BY s.unit_id, s.material_id`,
    )
    .all({ unitCode, asOf }) as (MaterialFlow & { issued: number; returned: number })[];
}

/**
 * Material used by the pieces each workshop handed in up to a day (accepted and rejected alike:
 * a rejected bag used its leather too), by the product's bill of materials, and the cutting
 * waste the BOM allows on it: net ÷ (1 − waste) is what the planner issues, so the allowance is
 * net × waste ÷ (1 − waste).
 */
export function usedByWorkshop(db: Db, unitCode: string | null, asOf: string): (MaterialFlow & { used: number; wasteAllowance: number })[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.unit_code AS unitCode, u.name AS unitName, m.id AS materialId, m.material_code AS materialCode,
              m.name AS materialName, m.uom, m.unit_cost AS unitCost, m.currency,
              SUM((d.accepted + d.rejected) * b.qty_per_unit) AS used,
              SUM((d.accepted + d.rejected) * b.qty_per_unit * b.waste_pct / (100.0 - b.waste_pct)) AS wasteAllowance
       FROM delivery d
       JOIN work_assignment a ON a.id = d.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id
       JOIN bom_line b ON b.product_id = ol.product_id
       JOIN material m ON m.id = b.material_id
       JOIN business_unit u ON u.id = a.unit_id
       WHERE d.delivered_on <= @asOf AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
       GROUP BY a.unit_id, b.material_id`,
    )
    .all({ unitCode, asOf }) as (MaterialFlow & { used: number; wasteAllowance: number })[];
}
