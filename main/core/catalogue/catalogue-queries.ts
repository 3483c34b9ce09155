import type { Product, ProductValues } from '../../../shared/domain/catalogue';
import type { Db } from '../platform/db/connection';

// BOM line counts come from one grouped subquery joined in, not a count per product row.
const PRODUCT_SELECT = `
  SELECT p.id, p.sku, p.name, p.name_en AS nameEn, p.composition, p.category_code AS category, p.hs_code AS hsCode, p.outer_material AS outerMaterial,
         p.uom, p.labour_minutes AS labourMinutes, p.carton_qty AS cartonQty, p.carton_length_cm AS cartonLengthCm,
         p.carton_width_cm AS cartonWidthCm, p.carton_height_cm AS cartonHeightCm, p.carton_gross_kg AS cartonGrossKg,
         p.price, p.currency, p.piece_rate AS pieceRate, COALESCE(b.lines, 0) AS bomLines, p.updated_at AS updatedAt, p.removed_at AS removedAt
  FROM product p
  LEFT JOIN (SELECT product_id, COUNT(*) AS lines FROM bom_line GROUP BY product_id) b ON b.product_id = p.id`;

export type StoredProduct = Product & { removedAt: string | null };

export function listProducts(db: Db, includeRemoved = false): StoredProduct[] {
  return db
    .prepare(`${PRODUCT_SELECT} WHERE (@includeRemoved = 1 OR p.removed_at IS NULL) ORDER BY p.sku`)
    .all({ includeRemoved: includeRemoved ? 1 : 0 }) as StoredProduct[];
}

export function getProduct(db: Db, id: number): StoredProduct | undefined {
  return db.prepare(`${PRODUCT_SELECT} WHERE p.id = @id`).get({ id }) as StoredProduct | undefined;
}

/** The product in use under a SKU, whatever its case; removed products do not count. */
export function findProductBySku(db: Db, sku: string): { id: number; name: string } | undefined {
  return db
    .prepare('SELECT id, name FROM product WHERE sku = ? COLLATE NOCASE AND removed_at IS NULL')
    .get(sku) as { id: number; name: string } | undefined;
}

type ProductRow = Omit<ProductValues, 'id' | 'category'> & { categoryCode: string };

export function insertProduct(db: Db, product: ProductRow, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO product (sku, name, category_code, hs_code, outer_material, uom, labour_minutes, carton_qty,
         carton_length_cm, carton_width_cm, carton_height_cm, carton_gross_kg, price, currency, piece_rate, name_en, composition,
         created_at, updated_at)
       VALUES (@sku, @name, @categoryCode, @hsCode, @outerMaterial, @uom, @labourMinutes, @cartonQty,
         @cartonLengthCm, @cartonWidthCm, @cartonHeightCm, @cartonGrossKg, @price, @currency, @pieceRate, @nameEn, @composition,
         @now, @now)`,
    )
    .run({ ...pickStored(product), now });
  return Number(result.lastInsertRowid);
}

export function updateProduct(db: Db, id: number, product: ProductRow, now: string): void {
  db.prepare(
    `UPDATE product SET sku = @sku, name = @name, category_code = @categoryCode, hs_code = @hsCode,
       outer_material = @outerMaterial, uom = @uom, labour_minutes = @labourMinutes, carton_qty = @cartonQty,
       carton_length_cm = @cartonLengthCm, carton_width_cm = @cartonWidthCm, carton_height_cm = @cartonHeightCm,
       carton_gross_kg = @cartonGrossKg, price = @price, currency = @currency, piece_rate = @pieceRate,
       name_en = @nameEn, composition = @composition, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickStored(product), id, now });
}

export function setProductRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE product SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}

/** A BOM line as stored, with what the screens show of its material. */
export interface StoredBomLine {
  sku: string;
  materialCode: string;
  qtyPerUnit: number;
  wastePct: number;
  materialName: string;
  uom: string;
}

export function listBomLines(db: Db, productId: number): StoredBomLine[] {
  return db
    .prepare(
      `SELECT p.sku, m.material_code AS materialCode, b.qty_per_unit AS qtyPerUnit, b.waste_pct AS wastePct,
              m.name AS materialName, m.uom
       FROM bom_line b JOIN product p ON p.id = b.product_id JOIN material m ON m.id = b.material_id
       WHERE b.product_id = ? ORDER BY m.category, m.material_code`,
    )
    .all(productId) as StoredBomLine[];
}

/** One line per product and material: writing the same pair again replaces its quantity. */
export function upsertBomLine(db: Db, line: { productId: number; materialId: number; qtyPerUnit: number; wastePct: number }): void {
  db.prepare(
    `INSERT INTO bom_line (product_id, material_id, qty_per_unit, waste_pct) VALUES (@productId, @materialId, @qtyPerUnit, @wastePct)
     ON CONFLICT (product_id, material_id) DO UPDATE SET qty_per_unit = excluded.qty_per_unit, waste_pct = excluded.waste_pct`,
  ).run(line);
}

export function deleteBomLines(db: Db, productId: number): void {
  db.prepare('DELETE FROM bom_line WHERE product_id = ?').run(productId);
}

export function touchProduct(db: Db, productId: number, now: string): void {
  db.prepare('UPDATE product SET updated_at = ? WHERE id = ?').run(now, productId);
}

function pickStored(product: ProductRow): ProductRow {
  const {
    sku, name, categoryCode, hsCode, outerMaterial, uom, labourMinutes, cartonQty, cartonLengthCm, cartonWidthCm, cartonHeightCm,
    cartonGrossKg, price, currency, pieceRate, nameEn, composition,
  } = product;
  return {
    sku, name, categoryCode, hsCode, outerMaterial, uom, labourMinutes, cartonQty, cartonLengthCm, cartonWidthCm, cartonHeightCm,
    cartonGrossKg, price, currency, pieceRate, nameEn: nameEn ?? null, composition: composition ?? null,
  };
}
