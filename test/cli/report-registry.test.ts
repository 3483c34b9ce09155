import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { roadmapCentre } from '../core/roadmap-centre';
import { sentraJson as sentra } from '../helpers/cli';



let t: TempApp;
beforeAll(async () => {
  // Units UA, UB (dormant from June 2025), UC (from March 2024); members, A-3 (left in 2025).
  t = await tempApp({ today: '2026-11-23' });
  await roadmapCentre(t);
  t.app.db.close();
});
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

describe('sentra report registry', () => {
  it('writes the workbook and prints the registry of today: members, units, workers and capacity', async () => {
    const out = join(t.dir, 'registry.xlsx');
    expect(await sentra('report', 'registry', '--db', t.dbPath, '--out', out, '--from', '2026-01', '--to', '2026-11', '--today', '2026-11-23')).toEqual({
      code: 0,
      value: { as_of: '2026-11-23', members: 2, active_members: 2, units: 3, active_units: 2, workers: 18, monthly_capacity: 900 },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Anggota', 'Unit Usaha']);
  });

  it('reads the registry at the end of an earlier period, with English sheets on request', async () => {
    const out = join(t.dir, 'registry-2024.xlsx');
    expect(await sentra('report', 'registry', '--db', t.dbPath, '--out', out, '--from', '2024-01', '--to', '2024-12', '--today', '2026-11-23', '--lang', 'en')).toEqual({
      code: 0,
      value: { as_of: '2024-12-31', members: 3, active_members: 3, units: 3, active_units: 3, workers: 24, monthly_capacity: 1200 },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Members', 'Business Units']);
  });
});
