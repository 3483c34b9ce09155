import { fobGaps, type FobGap } from '../../../shared/domain/fob';
import type { UsdCents } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

/**
 * Shipped exports as export facts, for the export reports (db/export-facts.ts adds them to the
 * history): shipped and closed shipments by the month of their PEB (else their ETD), destination,
 * product category and HS code, in US cents. A line's FOB is stored with the line when the
 * shipment is valued: its share of the shipment's FOB by its share of the invoice value, split by
 * largest remainder, so the lines of a shipment add up to the shipment's cents and every report
 * sums the same integers (never a half cent rounded twice).
 */

/** A shipment line's share of its shipment's FOB value in whole US cents (null: unknown). One expression for every query that needs it. */
export const LINE_FOB_USD = 'sl.fob_usd_cents';

const MONTH = 'substr(COALESCE(s.peb_date, s.etd), 1, 7)';
const LEFT = `s.status IN ('shipped', 'closed') AND ${MONTH} BETWEEN @from AND @to`;

export interface ShipmentFact {
  /** `YYYY-MM`. */
  month: string;
  country: string;
  category: string;
  hsCode: string;
  fobUsdCents: UsdCents;
}

/**
 * The facts of shipments that left in `from`…`to` (`YYYY-MM`) and whose FOB in USD is known. A
 * shipment whose FOB is unknown is left out here, never counted as 0: `shipmentsWithoutFob` names it.
 */
export function shipmentExportFacts(db: Db, from: string, to: string): ShipmentFact[] {
  return db
    .prepare(
      `SELECT ${MONTH} AS month, s.country, p.category_code AS category, p.hs_code AS hsCode, SUM(${LINE_FOB_USD}) AS fobUsdCents
       FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id JOIN order_line l ON l.id = sl.order_line_id
       JOIN product p ON p.id = l.product_id
       WHERE ${LEFT} AND s.fob_usd_cents IS NOT NULL
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all({ from, to }) as ShipmentFact[];
}

/** A shipment that left but whose FOB in USD is unknown, and why (a cost its incoterm needs, or the rate of its date). */
export interface ShipmentWithoutFob {
  shipmentNo: string;
  /** `YYYY-MM`, the month it counts in once known. */
  month: string;
  incoterm: string;
  currency: Currency;
  rateDate: string;
  gaps: FobGap[];
}

/** Shipments that left in `from`…`to` and are missing from `shipmentExportFacts` because their FOB in USD is unknown. */
export function shipmentsWithoutFob(db: Db, from: string, to: string): ShipmentWithoutFob[] {
  const rows = db
    .prepare(
      `SELECT s.shipment_no AS shipmentNo, ${MONTH} AS month, s.incoterm, s.currency, s.rate_date AS rateDate, s.inland_cost AS inlandCost,
              s.freight, s.insurance, s.fob_value AS fobValue, s.fob_usd_cents AS fobUsdCents, s.fob_idr AS fobIdr
       FROM shipment s WHERE ${LEFT} AND s.fob_usd_cents IS NULL ORDER BY 2, s.shipment_no`,
    )
    .all({ from, to }) as (Omit<ShipmentWithoutFob, 'gaps'> & { inlandCost: number | null; freight: number | null; insurance: number | null; fobValue: number | null; fobUsdCents: null; fobIdr: number | null })[];
  return rows.map((row) => ({
    shipmentNo: row.shipmentNo,
    month: row.month,
    incoterm: row.incoterm,
    currency: row.currency,
    rateDate: row.rateDate,
    // The USD figure is what is unknown here; the rupiah one may be known (an IDR shipment without the USD rate).
    gaps: fobGaps(row.incoterm, row, { ...row, fobIdr: null }),
  }));
}
