import { type Currency, CURRENCIES, fromMinor } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import { seasonShare, type ExportTrend } from './export-history';
import { PRODUCTS } from './products-data';
import { addDays } from './random';
import { rateOn, type RateTable } from './rates';
import { LINE_QTY } from './recipes';

interface ExportLineRow {
  id: number;
  orderId: number;
  sku: string;
  qty: number;
  unitPrice: number;
  currency: Currency;
  idrRate: number | null;
  shipBy: string;
  incoterm: string | null;
  isShipped: number;
  cartonQty: number;
}

/** The months of a year the app's shipments cover: from the first one's month, up to today. */
function coveredMonths(year: number, firstMonth: string, today: string): number[] {
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key >= firstMonth && key < today.slice(0, 7)) months.push(month);
  }
  return months;
}

/**
 * Sizes the export order book to the centre's export trend, the one its history before the app
 * follows: per year of ship-by, every export line is scaled by what the trend expects of the
 * months the app's shipments cover (from the first shipped order's month to the last full month)
 * over what the drawn orders that left are worth FOB in USD. Quantities stay whole master
 * cartons inside the product's export range, so a year lands near, not exactly on, the trend;
 * a year whose orders are all at their smallest and still too many loses its largest (cancelled).
 */
export function sizeExportBook(db: Db, trend: ExportTrend, rates: RateTable, today: string, now: string): void {
  const lines = db
    .prepare(
      `SELECT l.id, l.order_id AS orderId, p.sku, l.qty, l.unit_price AS unitPrice, o.currency, o.idr_rate AS idrRate, o.ship_by AS shipBy, b.incoterm,
              o.status IN ('shipped', 'closed') AS isShipped, p.carton_qty AS cartonQty
       FROM order_line l JOIN sales_order o ON o.id = l.order_id JOIN buyer b ON b.id = o.buyer_id JOIN product p ON p.id = l.product_id
       WHERE b.kind = 'export' AND o.status <> 'cancelled'`,
    )
    .all() as ExportLineRow[];
  const shipped = lines.filter((line) => line.isShipped === 1);
  if (shipped.length === 0) return;
  const firstMonth = shipped.reduce((first, line) => (line.shipBy < first ? line.shipBy : first), shipped[0].shipBy).slice(0, 7);
  const usdOf = (line: ExportLineRow) => {
    const currency = CURRENCIES.find((c) => c === line.currency) ?? 'USD';
    const usdIdr = rateOn(rates, 'USD', line.shipBy) ?? 16_000;
    const value = fromMinor(line.qty * line.unitPrice, currency);
    const usd = currency === 'USD' ? value : (value * (line.idrRate ?? usdIdr)) / usdIdr;
    // A CIF price carries about 6½ % of freight and insurance that the FOB value leaves out.
    return line.incoterm === 'CIF' ? usd * 0.935 : usd;
  };
  const families = new Map(PRODUCTS.map((spec) => [spec.sku, spec.family]));
  const original = new Map(lines.map((line) => [line.id, line.qty]));
  const cancelled = new Set<number>();
  // The year a line counts in: goods leave a few days before their ship-by, so early January counts in December.
  const yearOf = (line: ExportLineRow) => Number(addDays(line.shipBy, -4).slice(0, 4));
  const targetOf = (year: number) => (trend.get(year) ?? 0) * seasonShare(coveredMonths(year, firstMonth, today));
  // Lines held at their range's end cannot follow the factor: a few rounds let the others make up for
  // them, and a year with more orders than its exports can fill loses one (the buyer cancelled it).
  for (let round = 0; round < 10; round++) {
    const worth = new Map<number, number>();
    for (const line of shipped) {
      if (cancelled.has(line.orderId)) continue;
      const year = yearOf(line);
      worth.set(year, (worth.get(year) ?? 0) + usdOf(line));
    }
    for (const [year, drawn] of worth) {
      // Scaling has had three rounds to bring the year down; what is still over is held up by lines at their smallest.
      if (round < 3 || drawn < targetOf(year) * 1.03) continue;
      const largest = shipped.filter((line) => yearOf(line) === year && !cancelled.has(line.orderId)).sort((a, b) => usdOf(b) - usdOf(a))[0];
      if (largest) cancelled.add(largest.orderId);
    }
    for (const line of lines) {
      const drawn = worth.get(yearOf(line));
      const family = families.get(line.sku);
      if (!drawn || family === undefined) continue;
      const factor = targetOf(yearOf(line)) / drawn;
      if (factor <= 0) continue;
      const [min, max] = LINE_QTY[family][0];
      const lot = Math.min(line.cartonQty, 20);
      line.qty = Math.max(min, Math.min(max, Math.round((line.qty * factor) / lot) * lot));
    }
  }
  const update = db.prepare('UPDATE order_line SET qty = ? WHERE id = ?');
  for (const line of lines) if (line.qty !== original.get(line.id)) update.run(line.qty, line.id);
  const cancel = db.prepare("UPDATE sales_order SET status = 'cancelled', updated_at = ? WHERE id = ?");
  for (const orderId of cancelled) cancel.run(now, orderId);
}
