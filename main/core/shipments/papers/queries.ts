import type { PaperGood, PaperOrder } from '../../../../shared/api/papers';
import type { Db } from '../../platform/db/connection';

/** The English words, composition and HS code of products, by SKU, as export papers print them. */
export function paperGoods(db: Db, skus: readonly string[]): Map<string, PaperGood> {
  const wanted = [...new Set(skus)];
  if (wanted.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT sku, NULLIF(trim(name_en), '') AS description, NULLIF(trim(composition), '') AS composition, hs_code AS hsCode
       FROM product WHERE sku IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(wanted)) as PaperGood[];
  return new Map(rows.map((row) => [row.sku, row]));
}

/** The orders behind a paper, in the order given: the buyer's PO number and date and the payment terms. */
export function paperOrders(db: Db, orderNos: readonly string[]): PaperOrder[] {
  const get = db.prepare(
    `SELECT order_no AS orderNo, NULLIF(trim(buyer_po), '') AS buyerPo, buyer_po_date AS buyerPoDate,
            NULLIF(trim(payment_terms), '') AS paymentTerms
     FROM sales_order WHERE order_no = ?`,
  );
  return [...new Set(orderNos)].flatMap((orderNo) => (get.get(orderNo) as PaperOrder | undefined) ?? []);
}
