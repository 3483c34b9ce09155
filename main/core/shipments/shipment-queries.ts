import type { ContainerType, ShipmentStatus } from '../../../shared/domain/shipments';
import type { Db } from '../platform/db/connection';
import type { Currency, MinorUnits, Rupiah, UsdCents } from '../../../shared/money';

/** A shipment's own row as stored, with its buyer. Queries of the lines: shipments-lines.ts. */
export interface ShipmentRow {
  id: number;
  shipmentNo: string;
  buyerId: number;
  buyerCode: string;
  buyerName: string;
  status: ShipmentStatus;
  invoiceDate: string;
  currency: Currency;
  incoterm: string;
  incotermPlace: string;
  portOfLoading: string;
  portOfDischarge: string | null;
  country: string;
  etd: string | null;
  eta: string | null;
  containerType: ContainerType | null;
  containerCount: number;
  pebNo: string | null;
  pebDate: string | null;
  blNo: string | null;
  /** Minor units of the shipment's currency; null: not entered. */
  inlandCost: number | null;
  freight: number | null;
  insurance: number | null;
  marks: string | null;
  /** Why a shipment recorded after the fact holds more than QC accepted (and other shipments leave); null: not needed. */
  qcReason: string | null;
  /** The value's date: PEB date, else ETD, else invoice date. */
  rateDate: string;
  /** Rupiah per unit of the currency and per USD, and the day of each rate used; null: no rate within the window. */
  idrRate: number | null;
  idrRateOn: string | null;
  usdRate: number | null;
  usdRateOn: string | null;
  invoiceValue: MinorUnits;
  /** Null: unknown (a cost the incoterm needs is missing, or no rate). */
  fobValue: MinorUnits | null;
  fobUsdCents: UsdCents | null;
  fobIdr: Rupiah | null;
  qty: number;
  cartons: number;
  netKg: number;
  grossKg: number;
  volumeM3: number;
}

/** What the service writes; the buyer by id, the rest as computed. */
export type ShipmentWrite = Omit<ShipmentRow, 'id' | 'buyerCode' | 'buyerName'>;

const SELECT = `
  SELECT s.id, s.shipment_no AS shipmentNo, s.buyer_id AS buyerId, b.buyer_code AS buyerCode, b.name AS buyerName, s.status,
         s.invoice_date AS invoiceDate, s.currency, s.incoterm, s.incoterm_place AS incotermPlace, s.port_of_loading AS portOfLoading,
         s.port_of_discharge AS portOfDischarge, s.country, s.etd, s.eta, s.container_type AS containerType,
         s.container_count AS containerCount, s.peb_no AS pebNo, s.peb_date AS pebDate, s.bl_no AS blNo, s.inland_cost AS inlandCost,
         s.freight, s.insurance, s.marks, s.qc_reason AS qcReason, s.rate_date AS rateDate, s.idr_rate AS idrRate, s.idr_rate_on AS idrRateOn, s.usd_rate AS usdRate,
         s.usd_rate_on AS usdRateOn, s.invoice_value AS invoiceValue,
         s.fob_value AS fobValue, s.fob_usd_cents AS fobUsdCents, s.fob_idr AS fobIdr, s.qty, s.cartons, s.net_kg AS netKg,
         s.gross_kg AS grossKg, s.volume_m3 AS volumeM3
  FROM shipment s JOIN buyer b ON b.id = s.buyer_id`;

export function getShipmentRow(db: Db, id: number): ShipmentRow | undefined {
  return db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as ShipmentRow | undefined;
}

/** Shipment numbers are unique for good, whatever their case: a cancelled shipment keeps its number. */
export function findShipmentByNo(db: Db, shipmentNo: string): { id: number; status: ShipmentStatus } | undefined {
  return db.prepare('SELECT id, status FROM shipment WHERE shipment_no = ? COLLATE NOCASE').get(shipmentNo) as
    | { id: number; status: ShipmentStatus }
    | undefined;
}

export function shipmentNumbersInUse(db: Db): Set<string> {
  const rows = db.prepare('SELECT shipment_no AS code FROM shipment').all() as { code: string }[];
  return new Set(rows.map((row) => row.code.toUpperCase()));
}

/** The buyer a shipment goes to, with what its defaults come from. */
/** A buyer's defaults for a new shipment: currency, incoterm with its named place, port of discharge, country. */
export interface ShipmentBuyer {
  id: number;
  name: string;
  country: string;
  currency: Currency;
  incoterm: string | null;
  incotermPlace: string | null;
  portOfDischarge: string | null;
}

export function buyerForShipment(db: Db, buyerCode: string): ShipmentBuyer | undefined {
  return db
    .prepare(
      `SELECT id, name, country, currency, incoterm, incoterm_place AS incotermPlace, port_of_discharge AS portOfDischarge
       FROM buyer WHERE buyer_code = ? COLLATE NOCASE AND removed_at IS NULL`,
    )
    .get(buyerCode) as ShipmentBuyer | undefined;
}

const COLUMNS = `shipment_no, buyer_id, status, invoice_date, currency, incoterm, incoterm_place, port_of_loading, port_of_discharge,
  country, etd, eta, container_type, container_count, peb_no, peb_date, bl_no, inland_cost, freight, insurance, marks, qc_reason, rate_date, idr_rate,
  idr_rate_on, usd_rate, usd_rate_on, invoice_value, fob_value, fob_usd_cents, fob_idr, qty, cartons, net_kg, gross_kg, volume_m3`;
const VALUES = `@shipmentNo, @buyerId, @status, @invoiceDate, @currency, @incoterm, @incotermPlace, @portOfLoading, @portOfDischarge,
  @country, @etd, @eta, @containerType, @containerCount, @pebNo, @pebDate, @blNo, @inlandCost, @freight, @insurance, @marks, @qcReason, @rateDate,
  @idrRate, @idrRateOn, @usdRate, @usdRateOn, @invoiceValue, @fobValue, @fobUsdCents, @fobIdr, @qty, @cartons, @netKg, @grossKg, @volumeM3`;

export function insertShipment(db: Db, row: ShipmentWrite, now: string): number {
  const result = db.prepare(`INSERT INTO shipment (${COLUMNS}, created_at, updated_at) VALUES (${VALUES}, @now, @now)`).run({ ...row, now });
  return Number(result.lastInsertRowid);
}

export function updateShipment(db: Db, id: number, row: ShipmentWrite, now: string): void {
  const sets = COLUMNS.split(',')
    .map((column) => column.trim())
    .map((column, index) => `${column} = ${VALUES.split(',')[index].trim()}`)
    .join(', ');
  db.prepare(`UPDATE shipment SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...row, id, now });
}

export function setShipmentStatus(db: Db, id: number, status: ShipmentStatus, now: string): void {
  db.prepare('UPDATE shipment SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

/** A shipment valued again at rates recorded after it was written: its rates, their days and its USD and rupiah values. */
export function setShipmentRates(
  db: Db, id: number, value: { idrRate: number | null; idrRateOn: string | null; usdRate: number | null; usdRateOn: string | null; fobUsdCents: UsdCents | null; fobIdr: Rupiah | null }, now: string,
): void {
  db.prepare(
    `UPDATE shipment SET idr_rate = @idrRate, idr_rate_on = @idrRateOn, usd_rate = @usdRate, usd_rate_on = @usdRateOn, fob_usd_cents = @fobUsdCents,
       fob_idr = @fobIdr, updated_at = @now WHERE id = @id`,
  ).run({ ...value, id, now });
}

/** Shipments not cancelled whose value waits for a rate of `currency` (their own currency's, or the dollar's). */
export function shipmentsAwaitingRate(db: Db, currency: Currency): number[] {
  return db
    .prepare(
      `SELECT id FROM shipment WHERE status <> 'cancelled'
         AND ((idr_rate IS NULL AND currency = @currency) OR (usd_rate IS NULL AND @currency = 'USD')) ORDER BY id`,
    )
    .pluck()
    .all({ currency }) as number[];
}
