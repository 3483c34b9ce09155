import type { Db } from '../platform/db/connection';
import { BUYER_PAPERS, poDateBefore } from './buyer-papers';
import type { DemoBuyer } from './buyers';
import { orderDate, shipBy, statusFor } from './order-timing';
import { PRODUCTS, type ProductSpec } from './products-data';
import type { Random } from './random';
import { rateOn, type RateTable } from './rates';
import { LINE_QTY } from './recipes';

/** How big the order book is: `linesPerOrder` draws 1–6 lines, or exactly ten on average. */
export interface OrderBookSize {
  orders: number;
  /** `stress`: lines come in pairs summing to 20, so 100,000 orders hold exactly 1,000,000 lines. */
  lines: 'demo' | 'stress';
}

interface Pool {
  /** The buyer's own range first; `rest` fills orders longer than it (stress scale only). */
  own: ProductSpec[];
  rest: ProductSpec[];
}

function poolFor(buyer: DemoBuyer): Pool {
  const eligible = PRODUCTS.filter((spec) => buyer.kind !== 'export' || spec.fobUsd !== null);
  const own = eligible.filter((spec) => buyer.skus.includes(spec.sku));
  return { own, rest: eligible.filter((spec) => !buyer.skus.includes(spec.sku)) };
}

/** n distinct products by a partial shuffle of the pool (the arrays' order is scratch space). */
function pickProducts(random: Random, pool: Pool, n: number): ProductSpec[] {
  const picked: ProductSpec[] = [];
  for (const list of [pool.own, pool.rest]) {
    for (let k = 0; k < list.length && picked.length < n; k++) {
      const j = random.int(k, list.length - 1);
      [list[k], list[j]] = [list[j], list[k]];
      picked.push(list[k]);
    }
  }
  return picked;
}

/** Export lines in whole master cartons; wholesalers in kodi (20 pieces); others in fives. */
function lineQty(random: Random, buyer: DemoBuyer, spec: ProductSpec): number {
  const [exportRange, domesticRange] = LINE_QTY[spec.family];
  const [min, max] = buyer.kind === 'export' ? exportRange : domesticRange;
  const [low, high] = buyer.volume;
  // Export lines are mostly near the bottom of their range: a few hundred pieces, now and then thousands.
  const share = buyer.kind === 'export' ? random.next() ** 3 : random.next();
  const raw = min + (max - min) * (low + (high - low) * share);
  const lot = buyer.kind === 'export' ? Math.min(spec.cartonQty, 20) : buyer.buysByKodi ? 20 : 5;
  return Math.max(min, Math.min(max, Math.round(raw / lot) * lot));
}

/**
 * Unit price in the order currency's minor unit: rupiah list price less the buyer's discount,
 * or the USD FOB price converted at the month's rates. Prices rose about 4 % a year.
 */
function unitPrice(random: Random, buyer: DemoBuyer, spec: ProductSpec, date: string, rates: RateTable): number {
  const drift = 1.04 ** (Number(date.slice(0, 4)) - 2026) * (0.97 + random.next() * 0.06);
  if (buyer.currency === 'IDR') return Math.round((spec.priceIdr * buyer.priceShare * drift) / 500) * 500;
  const usd = (spec.fobUsd ?? spec.priceIdr / 16_000) * drift;
  const usdIdr = rateOn(rates, 'USD', date) ?? 16_000;
  if (buyer.currency === 'USD') return Math.round(usd * 20) * 5;
  const idr = usd * usdIdr;
  const rate = rateOn(rates, buyer.currency, date) ?? usdIdr;
  // Yen have no minor unit and are quoted in tens; euro prices to five cents like dollars.
  return buyer.currency === 'JPY' ? Math.round(idr / rate / 10) * 10 : Math.round((idr / rate) * 20) * 5;
}

/**
 * Orders per buyer in proportion to its weight (largest remainders), so that every seed keeps
 * the market shares: a weighted draw would let a small seed put the Low Countries above Japan.
 */
function quotas(buyers: readonly DemoBuyer[], total: number, weightOf: (buyer: DemoBuyer) => number): DemoBuyer[] {
  const sum = buyers.reduce((acc, buyer) => acc + weightOf(buyer), 0);
  const shares = buyers.map((buyer, index) => ({ buyer, index, exact: (total * weightOf(buyer)) / sum }));
  const counts = shares.map((share) => Math.floor(share.exact));
  let missing = total - counts.reduce((acc, n) => acc + n, 0);
  for (const share of [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.index - b.index)) {
    if (missing-- <= 0) break;
    counts[share.index]++;
  }
  return buyers.flatMap((buyer, index) => Array<DemoBuyer>(counts[index]).fill(buyer));
}

const DEMO_LINES: readonly (readonly [number, number])[] = [[1, 30], [2, 25], [3, 20], [4, 12], [5, 8], [6, 5]];
/** An export order is a style or two in volume rather than a little of everything. */
const EXPORT_LINES: readonly (readonly [number, number])[] = [[1, 60], [2, 30], [3, 10]];

export interface OrderBookCounts {
  orders: number;
  orderLines: number;
}

export interface OrderBookInput {
  buyers: readonly DemoBuyer[];
  productIds: ReadonlyMap<string, number>;
  rates: RateTable;
  size: OrderBookSize;
  today: string;
  now: string;
}

/**
 * Draws the order book and writes it as it is drawn, so that a million lines never sit in
 * memory. Orders are numbered per year in date order (`SO-2025-00042`).
 */
export function writeOrders(db: Db, random: Random, input: OrderBookInput): OrderBookCounts {
  const { buyers, productIds, rates, size, today, now } = input;
  const insertOrder = db.prepare(
    `INSERT INTO sales_order (order_no, buyer_id, order_date, ship_by, currency, idr_rate, status, note, buyer_po, buyer_po_date, payment_terms,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = db.prepare('INSERT INTO order_line (order_id, line_no, product_id, qty, unit_price) VALUES (?, ?, ?, ?, ?)');
  const pools = new Map(buyers.map((buyer) => [buyer.code, poolFor(buyer)]));
  // The stress book keeps its first export share (two thirds of the demo's), which its 50,000 shipment lines are sized on.
  const weightOf = (buyer: DemoBuyer) => (size.lines === 'stress' && buyer.kind === 'export' ? buyer.weight / 1.5 : buyer.weight);
  const drawn = quotas(buyers, size.orders, weightOf).map((buyer, index) => ({ buyer, date: orderDate(random, buyer, today), index }));
  drawn.sort((a, b) => (a.date === b.date ? a.index - b.index : a.date < b.date ? -1 : 1));

  const perYear = new Map<string, number>();
  let orderLines = 0;
  let pairedLines = 0;
  drawn.forEach(({ buyer, date }, position) => {
    const year = date.slice(0, 4);
    const serial = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, serial);
    const orderNo = `SO-${year}-${String(serial).padStart(5, '0')}`;
    const due = shipBy(random, buyer, date);
    const status = statusFor(random, date, due, today);
    const note = buyer.kind === 'export' ? `PO ${buyer.code.slice(3)}-${year.slice(2)}${String(random.int(1, 999)).padStart(3, '0')}` : null;
    // The buyer's own PO, numbered its way, dated before the order (no draw: the book stays as seeded).
    const papers = BUYER_PAPERS[buyer.code];
    const buyerPo = papers?.po ? papers.po(year, date.slice(5, 7), serial) : null;
    const buyerPoDate = buyerPo ? poDateBefore(date, serial) : null;
    const info = insertOrder.run(
      orderNo, buyer.id, date, due, buyer.currency, rateOn(rates, buyer.currency, date), status, note, buyerPo, buyerPoDate, papers?.paymentTerms ?? null, now, now,
    );
    const orderId = Number(info.lastInsertRowid);

    let count: number;
    if (size.lines === 'demo') count = random.weighted(buyer.kind === 'export' ? EXPORT_LINES : DEMO_LINES);
    else if (position % 2 === 0) {
      count = random.int(1, 19);
      pairedLines = 20 - count;
    } else count = pairedLines;
    const pool = pools.get(buyer.code) ?? { own: [], rest: [] };
    const products = pickProducts(random, size.lines === 'demo' ? { own: pool.own, rest: [] } : pool, count);
    products.forEach((spec, index) => {
      insertLine.run(orderId, index + 1, productIds.get(spec.sku), lineQty(random, buyer, spec), unitPrice(random, buyer, spec, date, rates));
    });
    orderLines += products.length;
  });
  return { orders: drawn.length, orderLines };
}
