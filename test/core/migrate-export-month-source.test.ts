import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { exportMonthSources } from '../../main/core/shipments/export-fact-queries';
import { setMonthSourceChoice } from '../../main/core/shipments/export-month-source-queries';
import { migrations } from '../../main/core/platform/db/migrations';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a centre made by every schema before migration 14 (export month source)', () => {
  it('opens with its history kept, no month chosen, and takes a choice per month', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v15-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version < 14) });
    old.prepare(
      `INSERT INTO export_history (year, month, country, category_code, hs_code, fob_usd_cents, created_at, updated_at)
       VALUES (2024, 3, 'US', 'tas', '4202.21', 10000, 'x', 'x')`,
    ).run();
    old.close();

    db = await openDatabase(path);
    expect(db.prepare('SELECT COUNT(*) FROM export_month_source').pluck().get()).toBe(0);
    expect(exportMonthSources(db, '2024-01', '2024-12')).toEqual([
      { month: '2024-03', source: 'history', historyUsdCents: 10_000, shipmentsUsdCents: null, twoSources: false, chosen: null },
    ]);
    setMonthSourceChoice(db, { month: '2024-03', source: 'shipments', chosenBy: 'ketua', chosenAt: '2026-12-06T01:00:00Z' });
    setMonthSourceChoice(db, { month: '2024-03', source: 'history', chosenBy: 'ketua', chosenAt: '2026-12-06T02:00:00Z' });
    expect(db.prepare('SELECT month, source, chosen_by, chosen_at FROM export_month_source').raw().all()).toEqual([['2024-03', 'history', 'ketua', '2026-12-06T02:00:00Z']]);
    // The store keeps the two sources' names only.
    expect(() => db?.prepare("INSERT INTO export_month_source VALUES ('2024-04', 'bea-cukai', 'x', 'x')").run()).toThrow(/CHECK/);
  });
});
