import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCentre } from '../core/report-production-centre';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { sentraJson as sentra } from '../helpers/cli';

let t: TempApp;
let db: string;
beforeAll(async () => {
  t = await tempApp({ today: '2026-12-31' });
  await reportCentre(t);
  // A copy the CLI opens on its own, as it would a centre's file.
  db = join(t.dir, 'copy.sqlite');
  await t.app.db.backup(db);
});
afterAll(() => t.close());


describe('sentra report production', () => {
  it('writes the workbook and prints pieces, reject % and utilisation to two decimals, and value in rupiah', async () => {
    const out = join(t.dir, 'produksi.xlsx');
    expect(await sentra('report', 'production', '--db', db, '--out', out, '--from', '2026-10', '--to', '2026-12', '--today', '2026-12-31')).toEqual({
      code: 0,
      value: { assigned_pcs: 150, delivered_pcs: 110, accepted_pcs: 100, rejected_pcs: 10, reject_pct: 9.09, utilisation_pct: 2.55, production_value_idr: 13_000_000 },
    });
    expect(existsSync(out)).toBe(true);
  });

  it('gives null, not zeros, for a period without SPK or deliveries', async () => {
    expect(await sentra('report', 'production', '--db', db, '--out', join(t.dir, 'kosong.xlsx'), '--from', '2025-01', '--to', '2025-06', '--today', '2026-12-31')).toEqual({
      code: 0,
      value: { assigned_pcs: null, delivered_pcs: null, accepted_pcs: null, rejected_pcs: null, reject_pct: null, utilisation_pct: null, production_value_idr: null },
    });
  });
});
