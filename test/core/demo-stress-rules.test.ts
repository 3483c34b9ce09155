import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBuyers } from '../../main/core/demo/buyers';
import { writeCatalogue } from '../../main/core/demo/catalogue';
import { writeOrders, type OrderBookCounts } from '../../main/core/demo/orders';
import { createRandom } from '../../main/core/demo/random';
import { buildRates, writeRates, type RateTable } from '../../main/core/demo/rates';
import { keepExportWorkOpen } from '../../main/core/demo/ready-to-ship';
import { writeShipments } from '../../main/core/demo/shipments';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * The stress centre's rules on a book of 2,000 orders: the same order writer in its stress mode
 * (exactly ten lines an order) and the same shipment writer aiming at an exact line count. The
 * whole stress centre (100,000 orders, 1,000,000 lines, 50,000 shipment lines) is built and checked
 * by `npm run bench` (test/bench/stress.ts), not by `npm test`.
 */
const TODAY = '2026-11-23';
const NOW = '2026-11-23T00:00:00.000Z';
const ORDERS = 2_000;

let t: TempApp;
let rates: RateTable;
let book: OrderBookCounts;
beforeAll(async () => {
  t = await tempApp({ today: TODAY });
  const { db } = t.app;
  db.transaction(() => {
    const catalogue = writeCatalogue(db, NOW);
    const buyers = writeBuyers(db, NOW);
    rates = buildRates(createRandom(2), TODAY);
    writeRates(db, rates);
    book = writeOrders(db, createRandom(3), { buyers, productIds: catalogue.productIds, rates, size: { orders: ORDERS, lines: 'stress' }, today: TODAY, now: NOW });
  })();
});
afterAll(() => t.close());

function scalar(sql: string, ...params: unknown[]): number {
  return (t.app.db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
}

describe('the stress order book, at a small size', () => {
  it('holds exactly ten lines an order, never one product twice in an order, statuses that fit the dates and a rate for every foreign order', () => {
    expect(scalar('SELECT COUNT(*) FROM sales_order')).toBe(ORDERS);
    expect(scalar('SELECT COUNT(*) FROM order_line')).toBe(ORDERS * 10);
    expect(book).toMatchObject({ orders: ORDERS, orderLines: ORDERS * 10 });
    // Daily rates on working days, January 2022 to today, whatever the scale.
    expect(scalar("SELECT COUNT(*) FROM exchange_rate WHERE currency = 'USD'")).toBe(scalar("SELECT COUNT(DISTINCT valid_on) FROM exchange_rate WHERE valid_on >= '2022-01-01'"));
    expect(t.app.db.prepare('SELECT MIN(valid_on) FROM exchange_rate').pluck().get()).toBe('2022-01-03');
    expect(scalar('SELECT COUNT(DISTINCT substr(order_date, 1, 4)) FROM sales_order')).toBeGreaterThanOrEqual(4);
    expect(scalar('SELECT COUNT(*) FROM (SELECT 1 FROM order_line GROUP BY order_id, product_id HAVING COUNT(*) > 1)')).toBe(0);
    expect(scalar("SELECT COUNT(*) FROM sales_order WHERE status IN ('shipped', 'closed') AND ship_by >= ?", TODAY)).toBe(0);
    expect(scalar("SELECT COUNT(*) FROM sales_order WHERE currency <> 'IDR' AND idr_rate IS NULL")).toBe(0);
  });
});

describe('the stress shipments, at a small size', () => {
  it('reach exactly the line count asked for by splitting lots, none more than its order line', () => {
    const { db } = t.app;
    const write = (target: number | null) =>
      db.transaction(() => writeShipments(db, createRandom(5), rates, { today: TODAY, now: NOW, target, keepOpen: keepExportWorkOpen(db, TODAY, NOW) }))();
    // What the export book gives unsplit, then a target above it that only splitting lots reaches.
    const unsplit = write(null).shipmentLines;
    expect(unsplit).toBeGreaterThan(100);
    expect(scalar('SELECT COUNT(*) FROM shipment_line')).toBe(unsplit);
    db.exec('DELETE FROM shipment_line; DELETE FROM shipment;');
    const target = unsplit + 200;
    const counts = write(target);
    expect(counts.shipmentLines).toBe(target);
    expect(scalar('SELECT COUNT(*) FROM shipment_line')).toBe(target);
    expect(scalar('SELECT COUNT(*) FROM order_line l WHERE l.qty < (SELECT COALESCE(SUM(qty), 0) FROM shipment_line WHERE order_line_id = l.id)')).toBe(0);
  });
});
