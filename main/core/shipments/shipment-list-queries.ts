import type { ShipmentSummary } from '../../../shared/api/shipments';
import type { ShipmentStatus } from '../../../shared/domain/shipments';
import { fobGaps, type FobCosts } from '../../../shared/domain/fob';
import type { Db } from '../platform/db/connection';
import { LINE_FOB_USD } from './shipment-fact-queries';
import type { Currency } from '../../../shared/money';

/** `%`, `_` and `\` typed by a user are matched as themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type ListedRow = Omit<ShipmentSummary, 'fobGaps'> & FobCosts & { incoterm: string };

/**
 * The shipments table, newest ETD first (drafts without one on top), from the totals kept on
 * each shipment; the order numbers come from the lines of the shipments listed only.
 */
export function listShipments(db: Db, filter: { status?: ShipmentStatus[]; search?: string; limit: number }): ShipmentSummary[] {
  const search = filter.search?.trim() ? likePattern(filter.search.trim()) : null;
  const rows = db
    .prepare(
      `WITH chosen AS (
         SELECT s.* FROM shipment s JOIN buyer b ON b.id = s.buyer_id
         WHERE (@statuses IS NULL OR s.status IN (SELECT value FROM json_each(@statuses)))
           AND (@search IS NULL OR s.shipment_no LIKE @search ESCAPE '\\' OR b.name LIKE @search ESCAPE '\\'
                OR b.buyer_code LIKE @search ESCAPE '\\' OR s.peb_no LIKE @search ESCAPE '\\' OR s.bl_no LIKE @search ESCAPE '\\')
         ORDER BY s.etd IS NOT NULL, s.etd DESC, s.id DESC LIMIT @limit)
       SELECT c.id, c.shipment_no AS shipmentNo, b.buyer_code AS buyerCode, b.name AS buyerName, c.country, c.status, c.etd, c.eta,
              c.container_type AS containerType, c.container_count AS containerCount, c.cartons, c.net_kg AS netKg,
              c.gross_kg AS grossKg, c.volume_m3 AS volumeM3, c.currency, c.fob_value AS fobValue, c.fob_usd_cents AS fobUsdCents,
              c.fob_idr AS fobIdr, c.incoterm, c.inland_cost AS inlandCost, c.freight, c.insurance, c.peb_no AS pebNo, c.bl_no AS blNo,
              (SELECT group_concat(order_no, ', ') FROM (
                 SELECT DISTINCT o.order_no FROM shipment_line sl JOIN order_line l ON l.id = sl.order_line_id
                 JOIN sales_order o ON o.id = l.order_id WHERE sl.shipment_id = c.id ORDER BY o.order_no)) AS orderNos
       FROM chosen c JOIN buyer b ON b.id = c.buyer_id
       ORDER BY c.etd IS NOT NULL, c.etd DESC, c.id DESC`,
    )
    .all({ statuses: filter.status && filter.status.length > 0 ? JSON.stringify(filter.status) : null, search, limit: filter.limit }) as ListedRow[];
  return rows.map(({ incoterm, inlandCost, freight, insurance, ...row }) => ({ ...row, fobGaps: fobGaps(incoterm, { inlandCost, freight, insurance }, row) }));
}

/** One row per shipment line with its shipment's own fields: `sentra export shipments`. */
export interface ShipmentLineExportRow {
  shipmentNo: string;
  buyerCode: string;
  buyerName: string;
  status: ShipmentStatus;
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
  amount: number;
  /** The line's share of the shipment's FOB value in US cents (largest remainder: the lines add up to the shipment); null: unknown. */
  fobUsdCents: number | null;
  etd: string | null;
  eta: string | null;
  portOfLoading: string;
  portOfDischarge: string | null;
  country: string;
  incoterm: string;
  incotermPlace: string;
  containerType: string | null;
  containerCount: number;
  pebNo: string | null;
  pebDate: string | null;
  blNo: string | null;
  /** The shipment's, in minor units, repeated on each of its lines; null: not entered. */
  inlandCost: number | null;
  freight: number | null;
  insurance: number | null;
  /** Why the shipment, recorded after the fact, holds more than QC accepted; repeated on each line; null: not needed. */
  qcReason: string | null;
}

export function shipmentLineExportRows(db: Db): ShipmentLineExportRow[] {
  return db
    .prepare(
      `SELECT s.shipment_no AS shipmentNo, b.buyer_code AS buyerCode, b.name AS buyerName, s.status, o.order_no AS orderNo, p.sku,
              p.name AS productName, p.hs_code AS hsCode, sl.qty, sl.cartons, sl.net_kg AS netKg, sl.gross_kg AS grossKg,
              sl.volume_m3 AS volumeM3, s.currency, sl.qty * sl.unit_price AS amount,
              ${LINE_FOB_USD} AS fobUsdCents,
              s.etd, s.eta, s.port_of_loading AS portOfLoading, s.port_of_discharge AS portOfDischarge, s.country, s.incoterm,
              s.incoterm_place AS incotermPlace, s.container_type AS containerType, s.container_count AS containerCount,
              s.peb_no AS pebNo, s.peb_date AS pebDate, s.bl_no AS blNo, s.inland_cost AS inlandCost, s.freight, s.insurance,
              s.qc_reason AS qcReason
       FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id JOIN buyer b ON b.id = s.buyer_id
       JOIN order_line l ON l.id = sl.order_line_id JOIN sales_order o ON o.id = l.order_id JOIN product p ON p.id = l.product_id
       ORDER BY s.etd IS NULL, s.etd, s.shipment_no, sl.line_no`,
    )
    .all() as ShipmentLineExportRow[];
}
