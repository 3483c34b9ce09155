import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { migrations } from '../../main/core/platform/db/migrations';
import { addOrder, seedCentre } from '../planning/centre';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a centre of release 0.8 opened by the release with numbered SPKs', () => {
  it('numbers the SPKs already handed out by year of issue and keeps the rate they were paid at', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v8-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version <= 8) });
    seedCentre(old);
    old.prepare("UPDATE product SET labour_minutes = 300 WHERE sku = 'TAS-01'").run();
    old.prepare("INSERT INTO preference (key, value_json) VALUES ('production.ratePerMinute', '60')").run();
    const line = addOrder(old, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
    const insert = old.prepare(
      `INSERT INTO work_assignment (order_line_id, unit_id, qty, start_on, due_on, piece_rate, status, created_at, updated_at)
       VALUES (?, (SELECT id FROM business_unit WHERE unit_code = ?), ?, ?, ?, ?, ?, ?, ?)`,
    );
    const done2025 = insert.run(line, 'UA', 50, '2025-12-29', '2026-01-10', 0, 'done', '2025-12-20T08:00:00.000Z', '2026-01-10T08:00:00.000Z').lastInsertRowid;
    const manual = insert.run(line, 'UA', 100, '2026-11-23', '2026-12-12', 18_000, 'issued', '2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z').lastInsertRowid;
    const byMinutes = insert.run(line, 'UB', 50, '2026-11-16', '2026-12-05', 0, 'in-progress', '2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z').lastInsertRowid;
    const planned = insert.run(line, 'UC', 40, '2026-12-07', '2026-12-19', 0, 'planned', '2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z').lastInsertRowid;
    old.close();

    db = await openDatabase(path);
    const rows = db.prepare('SELECT id, spk_no AS spkNo, issued_on AS issuedOn, piece_rate AS pieceRate, rate_basis AS rateBasis FROM work_assignment ORDER BY id').all();
    expect(rows).toEqual([
      { id: Number(done2025), spkNo: 'SPK-2025-00001', issuedOn: '2025-12-20', pieceRate: 18_000, rateBasis: 'minutes' },
      { id: Number(manual), spkNo: 'SPK-2026-00002', issuedOn: '2026-11-20', pieceRate: 18_000, rateBasis: 'manual' },
      // 300 minutes × Rp 60 (the preference then in force); issued by its start, before the day it was written down.
      { id: Number(byMinutes), spkNo: 'SPK-2026-00001', issuedOn: '2026-11-16', pieceRate: 18_000, rateBasis: 'minutes' },
      { id: Number(planned), spkNo: null, issuedOn: null, pieceRate: 0, rateBasis: null },
    ]);
    expect(db.prepare("SELECT piece_rate FROM product WHERE sku = 'TAS-01'").pluck().get()).toBeNull();
    for (const table of ['pay_slip', 'pay_slip_line', 'pay_slip_delivery', 'pay_slip_advance', 'pay_correction']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });
});
