import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopCentre } from '../api/production-centre';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { sentraJson as sentra } from '../helpers/cli';



let t: TempApp;
beforeAll(async () => {
  // Three active workshops (18 workers, 2.080 pcs a month) and a dormant one; 50 bags handed in, leather and thread issued.
  t = await tempApp({ today: '2026-12-31' });
  const ids = await workshopCentre(t);
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2 });
  await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-02', accepted: 10, rejected: 0 });
  await t.must('exports:save', { year: 2026, month: 3, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 250_050 });
  t.app.db.close();
});
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

describe('sentra report government', () => {
  it('writes the profile and prints production, raw materials and exports of the year to date', async () => {
    const out = join(t.dir, 'government.xlsx');
    // Utilisation over December, the one month with deliveries: 50 of its four weeks × (120 + 120 + 240) pieces offered.
    expect(await sentra('report', 'government', '--db', t.dbPath, '--out', out, '--from', '2026-01', '--to', '2026-12', '--today', '2026-12-31')).toEqual({
      code: 0,
      value: {
        units: 4, active_units: 3, workers: 18, monthly_capacity: 2080, production_qty: 50, production_value_idr: 4_800_000, utilisation_pct: 2.6,
        raw_material_value_idr: 5_498_000, export_value_usd: 2500.5,
      },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Profil Sentra', 'Unit Usaha']);
  });

  it('prints null where the period has no data, not zero', async () => {
    const out = join(t.dir, 'government-2025.xlsx');
    expect(await sentra('report', 'government', '--db', t.dbPath, '--out', out, '--from', '2025-01', '--to', '2025-12', '--today', '2026-12-31')).toEqual({
      code: 0,
      value: {
        units: 4, active_units: 3, workers: 18, monthly_capacity: 2080, production_qty: null, production_value_idr: null, utilisation_pct: null,
        raw_material_value_idr: null, export_value_usd: null,
      },
    });
  });

  it('prints null for every figure of a new centre, never zero', async () => {
    const empty = await tempApp({ today: '2026-12-07' });
    empty.app.db.close();
    const out = join(empty.dir, 'government.xlsx');
    expect(await sentra('report', 'government', '--db', empty.dbPath, '--out', out, '--today', '2026-12-07')).toEqual({
      code: 0,
      value: {
        units: null, active_units: null, workers: null, monthly_capacity: null, production_qty: null, production_value_idr: null, utilisation_pct: null,
        raw_material_value_idr: null, export_value_usd: null,
      },
    });
    rmSync(empty.dir, { recursive: true, force: true });
  });
});
