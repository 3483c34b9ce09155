import type { Db } from '../db/connection';

/**
 * What the database holds, read once per check rather than once per row: an import of thousands
 * of rows asks each question in one query. SELECT only; the writes go through the services.
 * (Member numbers and unit codes in use: db/members.ts and db/units.ts.)
 */

function codeSet(db: Db, sql: string): Set<string> {
  const rows = db.prepare(sql).all() as { code: string }[];
  return new Set(rows.map((r) => r.code.toUpperCase()));
}

/** Product SKUs in use (removed products do not count), upper-cased. */
export function skusInUse(db: Db): Set<string> {
  return codeSet(db, 'SELECT sku AS code FROM product WHERE removed_at IS NULL');
}

export function materialCodesInUse(db: Db): Set<string> {
  return codeSet(db, 'SELECT material_code AS code FROM material WHERE removed_at IS NULL');
}

export function buyerCodesInUse(db: Db): Set<string> {
  return codeSet(db, 'SELECT buyer_code AS code FROM buyer WHERE removed_at IS NULL');
}

/** Order numbers are unique for good, cancelled orders included. */
export function orderNumbersInUse(db: Db): Set<string> {
  return codeSet(db, 'SELECT order_no AS code FROM sales_order');
}

/** `SKU\tMATERIAL` pairs already in a bill of materials. */
export function bomPairsInUse(db: Db): Set<string> {
  return codeSet(
    db,
    `SELECT p.sku || char(9) || m.material_code AS code FROM bom_line b
     JOIN product p ON p.id = b.product_id JOIN material m ON m.id = b.material_id
     WHERE p.removed_at IS NULL AND m.removed_at IS NULL`,
  );
}

export interface MaterialFacts {
  id: number;
  name: string;
  uom: string;
}

export function materialsByCode(db: Db): Map<string, MaterialFacts> {
  const rows = db.prepare('SELECT id, material_code AS code, name, uom FROM material WHERE removed_at IS NULL').all() as (MaterialFacts & { code: string })[];
  return new Map(rows.map(({ code, ...facts }) => [code.toUpperCase(), facts]));
}

/** Stock on hand changes per material and day, as the ledger holds them. */
export function dailyStockChanges(db: Db): { materialId: number; date: string; delta: number }[] {
  return db
    .prepare('SELECT material_id AS materialId, moved_on AS date, SUM(delta) AS delta FROM stock_movement GROUP BY material_id, moved_on')
    .all() as { materialId: number; date: string; delta: number }[];
}

/** What workshops hold per material and day: issues add to it, returns take from it. */
export function dailyHeldChanges(db: Db): { unitId: number; materialId: number; date: string; delta: number }[] {
  return db
    .prepare(
      `SELECT unit_id AS unitId, material_id AS materialId, moved_on AS date, SUM(-delta) AS delta FROM stock_movement
       WHERE unit_id IS NOT NULL AND kind IN ('issue', 'return') GROUP BY unit_id, material_id, moved_on`,
    )
    .all() as { unitId: number; materialId: number; date: string; delta: number }[];
}
