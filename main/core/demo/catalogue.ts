import type { Db } from '../platform/db/connection';
import { MATERIALS, stockPolicy, SUPPLIERS } from './materials-data';
import { PIECE_RATES } from './piece-rates';
import { cartonGrossKg, PRODUCTS, productUom } from './products-data';
import { productEnglish } from './products-english';
import { recipe } from './recipes';

/** Row ids of what was written, for the stock ledger and the orders that follow. */
export interface CatalogueIds {
  materialIds: Map<string, number>;
  productIds: Map<string, number>;
  suppliers: number;
  bomLines: number;
}

/**
 * Writes suppliers, materials, products and their bills of materials. The catalogue is the
 * same for every seed: a centre's product range does not depend on the random draw.
 */
export function writeCatalogue(db: Db, now: string): CatalogueIds {
  const insertSupplier = db.prepare('INSERT INTO supplier (name, city, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertMaterial = db.prepare(
    `INSERT INTO material (material_code, name, category, uom, purchase_uom, purchase_factor, unit_cost, currency, supplier_id,
       lead_time_days, min_order_qty, reorder_point, safety_stock, created_at, updated_at)
     VALUES (@code, @name, @category, @uom, @purchaseUom, @purchaseFactor, @unitCost, 'IDR', @supplierId,
       @leadTimeDays, @minOrderQty, @reorderPoint, @safetyStock, @now, @now)`,
  );
  const insertProduct = db.prepare(
    `INSERT INTO product (sku, name, category_code, hs_code, outer_material, uom, labour_minutes, carton_qty,
       carton_length_cm, carton_width_cm, carton_height_cm, carton_gross_kg, carton_net_kg, price, currency, piece_rate, name_en, composition,
       created_at, updated_at)
     VALUES (@sku, @name, @category, @hsCode, @outerMaterial, @uom, @labourMinutes, @cartonQty,
       @length, @width, @height, @grossKg, @netKg, @price, @currency, @pieceRate, @nameEn, @composition, @now, @now)`,
  );
  const insertBomLine = db.prepare('INSERT INTO bom_line (product_id, material_id, qty_per_unit, waste_pct) VALUES (?, ?, ?, ?)');

  const supplierIds = new Map<string, number>();
  for (const supplier of SUPPLIERS) {
    supplierIds.set(supplier.key, Number(insertSupplier.run(supplier.name, supplier.city, supplier.phone, now, now).lastInsertRowid));
  }
  const materialIds = new Map<string, number>();
  for (const spec of MATERIALS) {
    const { code, name, category, uom, purchaseUom, purchaseFactor, unitCost, leadTimeDays } = spec;
    const supplierId = supplierIds.get(spec.supplier) ?? null;
    const info = insertMaterial.run({ code, name, category, uom, purchaseUom, purchaseFactor, unitCost, supplierId, leadTimeDays, ...stockPolicy(spec), now });
    materialIds.set(code, Number(info.lastInsertRowid));
  }
  const productIds = new Map<string, number>();
  let bomLines = 0;
  for (const spec of PRODUCTS) {
    // Exported goods are priced FOB in US cents, the rest in whole rupiah (shared/money.ts).
    const isExported = spec.fobUsd !== null;
    const info = insertProduct.run({
      sku: spec.sku,
      name: spec.name,
      category: spec.category,
      hsCode: spec.hsCode,
      outerMaterial: spec.outerMaterial,
      uom: productUom(spec),
      labourMinutes: spec.labourMinutes,
      cartonQty: spec.cartonQty,
      length: spec.carton[0],
      width: spec.carton[1],
      height: spec.carton[2],
      grossKg: cartonGrossKg(spec),
      // The goods of a full carton: the packed pieces without the board (shipments' net weight).
      netKg: Math.round(spec.unitKg * spec.cartonQty * 100) / 100,
      price: isExported ? Math.round((spec.fobUsd ?? 0) * 100) : spec.priceIdr,
      currency: isExported ? 'USD' : 'IDR',
      pieceRate: PIECE_RATES[spec.sku] ?? null,
      ...productEnglish(spec.sku),
      now,
    });
    const productId = Number(info.lastInsertRowid);
    productIds.set(spec.sku, productId);
    for (const line of recipe(spec)) {
      const materialId = materialIds.get(line.materialCode);
      if (materialId === undefined) throw new Error(`Demo BOM of ${spec.sku} names unknown material ${line.materialCode}`);
      insertBomLine.run(productId, materialId, line.qtyPerUnit, line.wastePct);
      bomLines++;
    }
  }
  return { materialIds, productIds, suppliers: SUPPLIERS.length, bomLines };
}
