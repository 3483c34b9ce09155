import type { Db } from '../platform/db/connection';

/** A product that goes abroad but has no English description for its papers yet. */
export interface ProductWithoutExportName {
  id: number;
  sku: string;
  name: string;
}

/**
 * Export products without `name_en`: products in use on a line of an order (not cancelled) of an
 * export buyer. Export papers never print the Indonesian name in its place, so these are named
 * before any paper is made (issue 12).
 */
export function productsMissingExportNames(db: Db): ProductWithoutExportName[] {
  return db
    .prepare(
      `SELECT p.id, p.sku, p.name
       FROM product p
       WHERE p.removed_at IS NULL AND (p.name_en IS NULL OR trim(p.name_en) = '')
         AND EXISTS (SELECT 1 FROM order_line l JOIN sales_order o ON o.id = l.order_id JOIN buyer b ON b.id = o.buyer_id
                     WHERE l.product_id = p.id AND o.status <> 'cancelled' AND b.kind = 'export')
       ORDER BY p.sku`,
    )
    .all() as ProductWithoutExportName[];
}
