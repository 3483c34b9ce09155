import type { Db } from './connection';

/**
 * Shipped exports as export facts, for the export reports (db/export-facts.ts may add them to
 * the history with `UNION ALL`): shipped and closed shipments by the month of their PEB (else
 * their ETD), destination, product category and HS code, in US cents. A line's FOB is its share
 * of the shipment's FOB value by its share of the invoice value (freight and insurance are the
 * shipment's, not a line's).
 */
/**
 * A shipment line's share of its shipment's FOB value in US cents (unrounded), by its share of the
 * invoice value; `s` is the shipment, `sl` the line. One expression for every query that needs it.
 */
export const LINE_FOB_USD = 'CASE WHEN s.invoice_value > 0 THEN s.fob_usd_cents * (sl.qty * sl.unit_price * 1.0 / s.invoice_value) ELSE 0 END';

export interface ShipmentFact {
  /** `YYYY-MM`. */
  month: string;
  country: string;
  category: string;
  hsCode: string;
  fobUsd: number;
}

export function shipmentExportFacts(db: Db, from: string, to: string): ShipmentFact[] {
  return db
    .prepare(
      `SELECT substr(COALESCE(s.peb_date, s.etd), 1, 7) AS month, s.country, p.category_code AS category, p.hs_code AS hsCode,
              CAST(ROUND(SUM(${LINE_FOB_USD})) AS INTEGER) AS fobUsd
       FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id JOIN order_line l ON l.id = sl.order_line_id
       JOIN product p ON p.id = l.product_id
       WHERE s.status IN ('shipped', 'closed') AND substr(COALESCE(s.peb_date, s.etd), 1, 7) BETWEEN @from AND @to
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all({ from, to }) as ShipmentFact[];
}
