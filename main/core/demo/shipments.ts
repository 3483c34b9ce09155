import { DEFAULT_PORT_OF_LOADING } from '../../../shared/domain/shipments';
import { fobInUsdAndIdr, fobValueOf, splitLargestRemainder } from '../../../shared/domain/fob';
import { CURRENCIES, toMinor, type Currency } from '../../../shared/money';
import { suggestContainer } from '../../../shared/shipping/containers';
import { packLine, packedTotals, type PackedLine } from '../../../shared/shipping/packing';
import type { Db } from '../platform/db/connection';
import { addDays } from './random';
import type { Random } from './random';
import { rateOfDay, type RateTable } from './rates';
import { BUYER_PAPERS } from './buyer-papers';
import { exportLines, ROUTES, routeFor, splitLot, type ExportLine, type Lot } from './shipment-lots';
import { acceptedByLine, noteGoodsBeyondQc } from './shipment-qc';

/** At the stress scale the shipments hold exactly this many lines: some orders leave in two lots. */
export const STRESS_SHIPMENT_LINES = 50_000;

/**
 * The rate a value of `date` uses and its day, by the app's rule (the date's own, else the latest
 * within seven days: Friday's on a weekend); none for a booking further ahead than that, as the
 * app values it: its rupiah worth is unknown until the rate of its date is recorded.
 */
function rateAt(rates: RateTable, currency: Currency, date: string): { rate: number; on: string | null } | null {
  if (currency === 'IDR') return { rate: 1, on: null };
  return rateOfDay(rates, currency, date);
}

/**
 * What the incoterm's price leaves out or carries, in the shipment's minor units: an EXW price
 * leaves out the trucking from Tanggulangin to Tanjung Perak and the port handling (Rp 2,5–4 juta
 * a container, Rp 1,2–2 juta for an LCL lot), a CIF price carries the sea freight (about 6 %) and
 * insurance (0,5 %). Every demo shipment has what its incoterm needs: its FOB value is known.
 */
function costsOf(random: Random, incoterm: string, invoiceValue: number, load: { type: string; count: number }, rupiahPerUnit: number, currency: Currency) {
  // Drawn for EXW shipments only, so that the other shipments' numbers stay as they were.
  const trucking = () => (load.type === 'LCL' ? random.int(12, 20) * 100_000 : load.count * random.int(25, 40) * 100_000);
  const inlandCost = incoterm === 'EXW' ? toMinor(trucking() / rupiahPerUnit, currency) : null;
  const isCif = incoterm === 'CIF';
  return { inlandCost, freight: isCif ? Math.round(invoiceValue * 0.06) : null, insurance: isCif ? Math.round(invoiceValue * 0.005) : null };
}

/**
 * Lots from the order book: a buyer's shipped and closed orders due within ten days of each
 * other leave together (up to twelve lines); each ready order due within a month gets a draft
 * or, within two weeks, a booked shipment of its own — except those kept for the user to ship —
 * holding only what QC accepted of each line (`accepted`, by order line id).
 */
function lotsOf(random: Random, lines: ExportLine[], today: string, keepOpen: ReadonlySet<number>, accepted: ReadonlyMap<number, number>): Lot[] {
  const byOrder = new Map<number, ExportLine[]>();
  for (const line of lines) if (!keepOpen.has(line.orderId)) byOrder.set(line.orderId, [...(byOrder.get(line.orderId) ?? []), line]);
  const open = new Map<number, Lot>();
  const lots: Lot[] = [];
  for (const orderLines of byOrder.values()) {
    const order = orderLines[0];
    if (order.orderStatus === 'ready') {
      const days = (Date.parse(order.shipBy) - Date.parse(today)) / 86_400_000;
      if (days > 30) continue;
      const etd = addDays(order.shipBy, -random.int(0, 3));
      const ready = orderLines.map((line) => ({ line, qty: Math.min(line.qty, accepted.get(line.orderLineId) ?? 0) })).filter((item) => item.qty > 0);
      if (ready.length > 0) lots.push({ status: days <= 14 ? 'booked' : 'draft', etd, lines: ready });
      continue;
    }
    const held = open.get(order.buyerId);
    if (held && order.shipBy <= addDays(held.lines[0].line.shipBy, 10) && held.lines.length + orderLines.length <= 12) {
      held.lines.push(...orderLines.map((line) => ({ line, qty: line.qty })));
      continue;
    }
    const etd = addDays(order.shipBy, -random.int(0, 4));
    const lot: Lot = { status: addDays(etd, 45) < today ? 'closed' : 'shipped', etd, lines: orderLines.map((line) => ({ line, qty: line.qty })) };
    open.set(order.buyerId, lot);
    lots.push(lot);
  }
  return lots;
}

/** Splits the earliest shipped lots into two until the shipments hold `target` lines. */
function reachLineCount(lots: Lot[], target: number): Lot[] {
  let missing = target - lots.reduce((sum, lot) => sum + lot.lines.length, 0);
  return lots.flatMap((lot) => {
    if (missing <= 0 || lot.status === 'draft' || lot.status === 'booked') return [lot];
    const parts = splitLot(lot, missing, addDays(lot.etd, -10));
    missing -= parts.length > 1 ? parts[0].lines.length : 0;
    return parts;
  });
}

function packedOf(item: Lot['lines'][number]): PackedLine {
  const { line, qty } = item;
  const facts = { cartonQty: line.cartonQty, lengthCm: line.length, widthCm: line.width, heightCm: line.height, grossKg: line.grossKg, netKg: line.netKg };
  const packed = packLine(qty, facts, { cartons: null, netKg: null, grossKg: null });
  if (!packed.ok) throw new Error(`Demo product of order line ${line.orderLineId} cannot be packed: ${packed.problem}`);
  return packed.line;
}

export interface ShipmentCounts {
  shipments: number;
  shipmentLines: number;
  /** Shipped or closed shipments holding more than QC accepted (goods made before the app), each with its reason. */
  withQcReason: number;
}

/**
 * Shipments for the demo's export book, written with prepared statements inside the caller's
 * transaction: every shipped or closed export order has left on shipments that hold all of it
 * (numbered per year of ETD, `EXP-2025-0042`), with PEB and, once closed, a B/L; ready orders
 * due soon are booked or drafted. Values by the FOB rule at the month's rates of the PEB date.
 */
export function writeShipments(
  db: Db, random: Random, rates: RateTable, options: { today: string; now: string; target: number | null; keepOpen: ReadonlySet<number> },
): ShipmentCounts {
  const { today, now } = options;
  let lots = lotsOf(random, exportLines(db), today, options.keepOpen, acceptedByLine(db));
  if (options.target !== null) lots = reachLineCount(lots, options.target);
  lots.sort((a, b) => (a.etd === b.etd ? 0 : a.etd < b.etd ? -1 : 1));
  const insertShipment = db.prepare(
    `INSERT INTO shipment (shipment_no, buyer_id, status, invoice_date, currency, incoterm, incoterm_place, port_of_loading, port_of_discharge,
       country, etd, eta, container_type, container_count, peb_no, peb_date, bl_no, inland_cost, freight, insurance, rate_date, idr_rate,
       idr_rate_on, usd_rate, usd_rate_on, invoice_value, fob_value, fob_usd_cents, fob_idr, qty, cartons, net_kg, gross_kg, volume_m3,
       created_at, updated_at)
     VALUES (${Array.from({ length: 36 }, () => '?').join(', ')})`,
  );
  const insertLine = db.prepare(
    `INSERT INTO shipment_line (shipment_id, line_no, order_line_id, qty, unit_price, cartons, first_carton, net_kg, gross_kg, volume_m3,
       carton_qty, carton_length_cm, carton_width_cm, carton_height_cm, fob_usd_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perYear = new Map<string, number>();
  let pebSerial = 100_000 + random.int(0, 50_000);
  let shipmentLines = 0;
  for (const lot of lots) {
    const first = lot.lines[0].line;
    const year = lot.etd.slice(0, 4);
    const serial = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, serial);
    const route = routeFor(BUYER_PAPERS[first.buyerCode]?.portOfDischarge, random.pick(ROUTES[first.country] ?? [{ port: 'Singapore (SGSIN)', days: 3 }]));
    const packed = lot.lines.map(packedOf);
    const totals = packedTotals(packed);
    const suggestion = suggestContainer(totals.volumeM3, totals.grossKg);
    const isLodged = lot.status === 'shipped' || lot.status === 'closed';
    const pebDate = isLodged ? addDays(lot.etd, -random.int(1, 3)) : null;
    const rateDate = pebDate ?? lot.etd;
    const idr = rateAt(rates, first.currency, rateDate);
    const usd = rateAt(rates, 'USD', rateDate);
    const invoiceValue = lot.lines.reduce((sum, item) => sum + item.qty * item.line.unitPrice, 0);
    const currency = CURRENCIES.find((c) => c === first.currency) ?? 'USD';
    const incoterm = first.incoterm ?? 'FOB';
    // The trucking is priced in rupiah: a booking beyond the rates takes the newest dollar rate for it.
    const costs = costsOf(random, incoterm, invoiceValue, suggestion, idr?.rate ?? rates.byDay.USD.get(rates.days[rates.days.length - 1]) ?? 16_000, currency);
    const { fobValue } = fobValueOf(incoterm, invoiceValue, costs);
    const { fobUsdCents, fobIdr } = fobInUsdAndIdr(fobValue, currency, idr?.rate ?? null, usd?.rate ?? null);
    const lineFob = fobUsdCents === null ? [] : splitLargestRemainder(fobUsdCents, lot.lines.map((item) => item.qty * item.line.unitPrice));
    const info = insertShipment.run(
      `EXP-${year}-${String(serial).padStart(4, '0')}`, first.buyerId, lot.status, addDays(lot.etd, -random.int(3, 10)), first.currency, incoterm,
      incoterm === 'CIF' ? route.port : 'Surabaya', DEFAULT_PORT_OF_LOADING, route.port, first.country, lot.etd, addDays(lot.etd, route.days),
      lot.status === 'draft' ? null : suggestion.type, suggestion.count, isLodged ? String(pebSerial++).padStart(6, '0') : null, pebDate,
      lot.status === 'closed' ? `${random.pick(['MAEU', 'ONEY', 'EGLV', 'CMDU'])}${random.int(100_000_000, 999_999_999)}` : null,
      costs.inlandCost, costs.freight, costs.insurance, rateDate, idr?.rate ?? null, idr?.on ?? null, usd?.rate ?? null, usd?.on ?? null, invoiceValue, fobValue, fobUsdCents, fobIdr,
      totals.qty, totals.cartons, totals.netKg, totals.grossKg, totals.volumeM3, now, now,
    );
    const shipmentId = Number(info.lastInsertRowid);
    let carton = 1;
    lot.lines.forEach((item, index) => {
      const p = packed[index];
      const l = item.line;
      insertLine.run(shipmentId, index + 1, l.orderLineId, item.qty, l.unitPrice, p.cartons, carton, p.netKg, p.grossKg, p.volumeM3, l.cartonQty, l.length, l.width, l.height, lineFob[index] ?? null);
      carton += p.cartons;
    });
    shipmentLines += lot.lines.length;
  }
  return { shipments: lots.length, shipmentLines, withQcReason: noteGoodsBeyondQc(db) };
}
