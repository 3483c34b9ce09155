import type { ShipmentReportLine } from '../../../../shared/api/report-shipments';
import { fobGaps } from '../../../../shared/domain/fob';
import type { ShipmentStatus } from '../../../../shared/domain/shipments';
import type { Db } from '../../platform/db/connection';
import { LINE_FOB_USD } from '../../shipments/shipment-fact-queries';
import type { Currency, MinorUnits, UsdCents } from '../../../../shared/money';

/**
 * The shipments report's reading: shipments that left (shipped or closed) by the month of their
 * PEB, else their ETD — the same rule as the export facts (shipments-facts.ts) — with the totals
 * and FOB values kept on each shipment when it was packed and valued, never worked out again.
 */

const MONTH = 'substr(COALESCE(s.peb_date, s.etd), 1, 7)';
const LEFT = `s.status IN ('shipped', 'closed') AND ${MONTH} BETWEEN @from AND @to`;

type LeftRow = Omit<ShipmentReportLine, 'fobGaps'> & { incoterm: string; inlandCost: number | null; freight: number | null; insurance: number | null };

/** Each with what it lacks where its FOB in USD or rupiah is unknown (shared/domain/fob.ts's rule, as the shipment list names it). */
export function shipmentsThatLeft(db: Db, from: string, to: string): ShipmentReportLine[] {
  const rows = db
    .prepare(
      `SELECT s.shipment_no AS shipmentNo, b.buyer_code AS buyerCode, b.name AS buyerName, s.country, s.etd, s.peb_no AS pebNo,
              s.peb_date AS pebDate, ${MONTH} AS month, s.container_type AS containerType, s.container_count AS containerCount,
              s.cartons, s.volume_m3 AS volumeM3, s.gross_kg AS grossKg, s.currency, s.fob_value AS fobValue,
              s.fob_usd_cents AS fobUsdCents, s.fob_idr AS fobIdr, s.status,
              s.incoterm, s.inland_cost AS inlandCost, s.freight, s.insurance
       FROM shipment s JOIN buyer b ON b.id = s.buyer_id
       WHERE ${LEFT}
       ORDER BY COALESCE(s.peb_date, s.etd), s.shipment_no`,
    )
    .all({ from, to }) as LeftRow[];
  return rows.map(({ incoterm, inlandCost, freight, insurance, ...line }) => ({
    ...line,
    fobGaps: line.fobUsdCents === null || line.fobIdr === null ? fobGaps(incoterm, { inlandCost, freight, insurance }, { fobValue: line.fobValue, fobUsdCents: line.fobUsdCents, fobIdr: line.fobIdr }) : [],
  }));
}

/** Draft and booked shipments with an ETD in the period: planned, not left. */
export function pendingShipments(db: Db, from: string, to: string): { status: ShipmentStatus; count: number }[] {
  return db
    .prepare(
      `SELECT s.status, COUNT(*) AS count FROM shipment s
       WHERE s.status IN ('draft', 'booked') AND substr(s.etd, 1, 7) BETWEEN @from AND @to GROUP BY s.status`,
    )
    .all({ from, to }) as { status: ShipmentStatus; count: number }[];
}

/** One line of a shipment that left, for the detail sheet. */
export interface ShipmentReportDetail {
  shipmentNo: string;
  /** PEB date, else ETD. */
  date: string;
  buyerCode: string;
  country: string;
  orderNo: string;
  sku: string;
  productName: string;
  hsCode: string;
  qty: number;
  cartons: number;
  netKg: number;
  grossKg: number;
  volumeM3: number;
  currency: Currency;
  /** qty × unit price, minor units of the shipment's currency. */
  amountMinor: MinorUnits;
  /** The line's share of the shipment's FOB in US cents, by its share of the invoice value (as in shipments-facts.ts); null: unknown. */
  fobUsdCents: UsdCents | null;
}

/** Lines per year of their date, to plan the detail sheets before writing any row. */
export function detailLinesPerYear(db: Db, from: string, to: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT CAST(substr(COALESCE(s.peb_date, s.etd), 1, 4) AS INTEGER) AS year, COUNT(*) AS count
       FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id WHERE ${LEFT} GROUP BY 1 ORDER BY 1`,
    )
    .all({ from, to }) as { year: number; count: number }[];
  return new Map(rows.map((row) => [row.year, row.count]));
}

/** The lines one at a time, by date: the detail sheet streams them without holding them all. */
export function detailLines(db: Db, from: string, to: string): IterableIterator<ShipmentReportDetail> {
  return db
    .prepare(
      `SELECT s.shipment_no AS shipmentNo, COALESCE(s.peb_date, s.etd) AS date, b.buyer_code AS buyerCode, s.country,
              o.order_no AS orderNo, p.sku, p.name AS productName, p.hs_code AS hsCode, sl.qty, sl.cartons, sl.net_kg AS netKg,
              sl.gross_kg AS grossKg, sl.volume_m3 AS volumeM3, s.currency, sl.qty * sl.unit_price AS amountMinor,
              ROUND(${LINE_FOB_USD}) AS fobUsdCents
       FROM shipment s JOIN shipment_line sl ON sl.shipment_id = s.id JOIN buyer b ON b.id = s.buyer_id
       JOIN order_line l ON l.id = sl.order_line_id JOIN sales_order o ON o.id = l.order_id JOIN product p ON p.id = l.product_id
       WHERE ${LEFT}
       ORDER BY COALESCE(s.peb_date, s.etd), s.shipment_no, sl.line_no`,
    )
    .iterate({ from, to }) as IterableIterator<ShipmentReportDetail>;
}
