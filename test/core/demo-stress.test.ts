import { afterEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

const TODAY = '2026-11-23';
const open: TempApp[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

async function demoApp(seed: number, scale: 'demo' | 'stress' = 'demo'): Promise<TempApp> {
  const t = await tempApp({ today: TODAY });
  open.push(t);
  await t.must('demo:create', { seed, scale });
  return t;
}

function scalar(t: TempApp, sql: string, ...params: unknown[]): number {
  return (t.app.db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
}

/** Every supply row a seed decides; created_at is the wall clock of the write and is left out. */
function supplyRows(t: TempApp): unknown[] {
  const { db } = t.app;
  return [
    db.prepare('SELECT order_no, buyer_id, order_date, ship_by, currency, idr_rate, status, note FROM sales_order ORDER BY id').raw().all(),
    db.prepare('SELECT order_id, line_no, product_id, qty, unit_price FROM order_line ORDER BY id').raw().all(),
    db.prepare('SELECT material_id, moved_on, kind, delta, unit_id, note FROM stock_movement ORDER BY id').raw().all(),
    db.prepare('SELECT currency, valid_on, idr_per_unit FROM exchange_rate ORDER BY currency, valid_on').raw().all(),
  ];
}

describe('the demonstration supply chain across seeds and scales', () => {
  it('makes the same orders, stock and rates for the same seed and others for another seed', async () => {
    const first = supplyRows(await demoApp(2024));
    expect(supplyRows(await demoApp(2024))).toEqual(first);
    const other = supplyRows(await demoApp(2025));
    expect(other[0]).not.toEqual(first[0]);
    expect(other[1]).not.toEqual(first[1]);
    expect(other[2]).not.toEqual(first[2]);
  });

  it('refuses a database that already has supply data, even with an empty registry', async () => {
    const t = await tempApp({ today: TODAY });
    open.push(t);
    const now = new Date().toISOString();
    t.app.db
      .prepare(
        `INSERT INTO buyer (buyer_code, name, country, kind, currency, created_at, updated_at)
         VALUES ('B-1', 'Toko Sumber Rejeki', 'ID', 'domestic', 'IDR', ?, ?)`,
      )
      .run(now, now);
    const result = await t.call('demo:create', { seed: 1 });
    expect(result.ok ? 'created' : result.error.code).toBe('NOT_EMPTY');
    expect(scalar(t, 'SELECT COUNT(*) FROM member')).toBe(0);
    expect(scalar(t, 'SELECT COUNT(*) FROM product')).toBe(0);
  });

  // The stress scale itself (100,000 orders, 1,000,000 lines) is built and checked by `npm run bench`
  // (test/bench/stress-shape.ts); its rules at a small size are in demo-stress-rules.test.ts.
});
