import type { Material, MaterialValues } from '../../../shared/domain/materials';
import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

// Stock on hand is the ledger's sum up to a date, taken for all materials in one grouped query.
const MATERIAL_SELECT = `
  SELECT m.id, m.material_code AS materialCode, m.name, m.category, m.uom, m.purchase_uom AS purchaseUom,
         m.purchase_factor AS purchaseFactor, m.unit_cost AS unitCost, m.currency, s.name AS supplier,
         m.lead_time_days AS leadTimeDays, m.min_order_qty AS minOrderQty, m.reorder_point AS reorderPoint,
         m.safety_stock AS safetyStock, ROUND(COALESCE(h.onHand, 0), 4) AS onHand, m.updated_at AS updatedAt,
         m.removed_at AS removedAt
  FROM material m
  LEFT JOIN supplier s ON s.id = m.supplier_id
  LEFT JOIN (SELECT material_id, SUM(delta) AS onHand FROM stock_movement WHERE moved_on <= @asOf GROUP BY material_id) h
    ON h.material_id = m.id`;

export type StoredMaterial = Material & { removedAt: string | null };

export function listMaterials(db: Db, asOf: string, includeRemoved = false): StoredMaterial[] {
  return db
    .prepare(`${MATERIAL_SELECT} WHERE (@includeRemoved = 1 OR m.removed_at IS NULL) ORDER BY m.category, m.material_code`)
    .all({ asOf, includeRemoved: includeRemoved ? 1 : 0 }) as StoredMaterial[];
}

export function getMaterial(db: Db, id: number, asOf: string): StoredMaterial | undefined {
  return db.prepare(`${MATERIAL_SELECT} WHERE m.id = @id`).get({ id, asOf }) as StoredMaterial | undefined;
}

/** The material in use under a code, whatever its case; removed materials do not count. */
export function findMaterialByCode(db: Db, materialCode: string): { id: number; name: string; uom: string } | undefined {
  return db
    .prepare('SELECT id, name, uom FROM material WHERE material_code = ? COLLATE NOCASE AND removed_at IS NULL')
    .get(materialCode) as { id: number; name: string; uom: string } | undefined;
}

type MaterialRow = Omit<MaterialValues, 'id' | 'supplier'> & { supplierId: number | null };

export function insertMaterial(db: Db, material: MaterialRow, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO material (material_code, name, category, uom, purchase_uom, purchase_factor, unit_cost, currency, supplier_id,
         lead_time_days, min_order_qty, reorder_point, safety_stock, created_at, updated_at)
       VALUES (@materialCode, @name, @category, @uom, @purchaseUom, @purchaseFactor, @unitCost, @currency, @supplierId,
         @leadTimeDays, @minOrderQty, @reorderPoint, @safetyStock, @now, @now)`,
    )
    .run({ ...pickStored(material), now });
  return Number(result.lastInsertRowid);
}

export function updateMaterial(db: Db, id: number, material: MaterialRow, now: string): void {
  db.prepare(
    `UPDATE material SET material_code = @materialCode, name = @name, category = @category, uom = @uom,
       purchase_uom = @purchaseUom, purchase_factor = @purchaseFactor, unit_cost = @unitCost, currency = @currency,
       supplier_id = @supplierId, lead_time_days = @leadTimeDays, min_order_qty = @minOrderQty,
       reorder_point = @reorderPoint, safety_stock = @safetyStock, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickStored(material), id, now });
}

export function setMaterialRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE material SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}

function pickStored(material: MaterialRow): MaterialRow {
  const {
    materialCode, name, category, uom, purchaseUom, purchaseFactor, unitCost, currency, supplierId, leadTimeDays, minOrderQty,
    reorderPoint, safetyStock,
  } = material;
  return {
    materialCode, name, category, uom, purchaseUom, purchaseFactor, unitCost, currency, supplierId, leadTimeDays, minOrderQty,
    reorderPoint, safetyStock,
  };
}

/** Name and price currency of every material in use, by code (a centre has tens, not thousands). */
export function materialNames(db: Db): Map<string, { name: string; currency: Currency }> {
  const rows = db.prepare('SELECT material_code AS code, name, currency FROM material WHERE removed_at IS NULL').all() as {
    code: string;
    name: string;
    currency: Currency;
  }[];
  return new Map(rows.map((row) => [row.code.toUpperCase(), { name: row.name, currency: row.currency }]));
}
