import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

/** An export order line as the demo ships it: its order, buyer, price and master carton. */
export interface ExportLine {
  orderId: number;
  orderStatus: string;
  orderDate: string;
  shipBy: string;
  buyerId: number;
  buyerCode: string;
  buyerName: string;
  country: string;
  incoterm: string | null;
  currency: Currency;
  orderLineId: number;
  qty: number;
  unitPrice: number;
  cartonQty: number;
  length: number;
  width: number;
  height: number;
  grossKg: number;
  netKg: number | null;
}

/** Shipped, closed and ready orders of export buyers, with their lines, by ship-by date. */
export function exportLines(db: Db): ExportLine[] {
  return db
    .prepare(
      `SELECT o.id AS orderId, o.status AS orderStatus, o.order_date AS orderDate, o.ship_by AS shipBy, b.id AS buyerId,
              b.buyer_code AS buyerCode, b.name AS buyerName, b.country, b.incoterm, o.currency, l.id AS orderLineId, l.qty,
              l.unit_price AS unitPrice, p.carton_qty AS cartonQty, p.carton_length_cm AS length, p.carton_width_cm AS width,
              p.carton_height_cm AS height, p.carton_gross_kg AS grossKg, p.carton_net_kg AS netKg
       FROM sales_order o JOIN buyer b ON b.id = o.buyer_id JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id
       WHERE b.kind = 'export' AND o.status IN ('shipped', 'closed', 'ready')
       ORDER BY o.ship_by, o.id, l.line_no`,
    )
    .all() as ExportLine[];
}

/** A shipment the demo writes: its lines (part of an order line each) and when it leaves. */
export interface Lot {
  status: 'draft' | 'booked' | 'shipped' | 'closed';
  etd: string;
  lines: { line: ExportLine; qty: number }[];
}

/** Where each market's goods are unloaded and how many days the sea takes from Surabaya. */
export const ROUTES: Record<string, readonly { port: string; days: number }[]> = {
  US: [{ port: 'Los Angeles (USLAX)', days: 26 }, { port: 'New York (USNYC)', days: 38 }],
  JP: [{ port: 'Tokyo (JPTYO)', days: 12 }, { port: 'Osaka (JPOSA)', days: 11 }],
  BE: [{ port: 'Antwerp (BEANR)', days: 32 }],
  NL: [{ port: 'Rotterdam (NLRTM)', days: 31 }],
  MY: [{ port: 'Port Klang (MYPKG)', days: 5 }],
  CN: [{ port: 'Guangzhou (CNCAN)', days: 9 }],
};

/** Days at sea from Surabaya to the ports the demo's buyers name as theirs. */
const DAYS_TO: Record<string, number> = {
  'Houston (USHOU)': 41, 'Nansha, Guangzhou (CNNSA)': 9,
  ...Object.fromEntries(Object.values(ROUTES).flat().map((route) => [route.port, route.days])),
};

/**
 * Where a lot sails: the buyer's own port of discharge (as its papers name it) when it has one,
 * else the route drawn for its country.
 */
export function routeFor(buyerPort: string | null | undefined, drawn: { port: string; days: number }): { port: string; days: number } {
  return buyerPort ? { port: buyerPort, days: DAYS_TO[buyerPort] ?? drawn.days } : drawn;
}

/**
 * A lot split in two: the first leaves ten days earlier with `share` of each chosen line (whole
 * cartons, at least one piece left for the second), the second with everything else.
 */
export function splitLot(lot: Lot, lineCount: number, earlier: string): Lot[] {
  const first: Lot['lines'] = [];
  const second: Lot['lines'] = [];
  lot.lines.forEach((item, index) => {
    const carton = Math.max(1, item.line.cartonQty);
    const part = Math.floor((item.qty * 0.6) / carton) * carton;
    const canSplit = index < lineCount && part >= 1 && part < item.qty;
    if (canSplit) {
      first.push({ line: item.line, qty: part });
      second.push({ line: item.line, qty: item.qty - part });
    } else second.push(item);
  });
  return first.length > 0 ? [{ ...lot, etd: earlier, lines: first }, { ...lot, lines: second }] : [lot];
}
