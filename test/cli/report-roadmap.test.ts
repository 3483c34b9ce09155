import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { ROADMAP, roadmapCentre } from '../core/roadmap-centre';
import { sentraJson as sentra } from '../helpers/cli';



let t: TempApp;
let empty: TempApp;
beforeAll(async () => {
  // Built through the services, then closed so the CLI opens the file as a user's machine would.
  t = await tempApp({ today: '2026-11-23' });
  await roadmapCentre(t);
  await t.must('roadmap:save', ROADMAP);
  t.app.db.close();
  empty = await tempApp({ today: '2026-11-23' });
  empty.app.db.close();
});
afterAll(() => {
  rmSync(t.dir, { recursive: true, force: true });
  rmSync(empty.dir, { recursive: true, force: true });
});

describe('sentra report roadmap', () => {
  it('writes the workbook and prints the headline of this year: KPIs by status, the export target and actual in dollars', async () => {
    const out = join(t.dir, 'roadmap.xlsx');
    expect(await sentra('report', 'roadmap', '--db', t.dbPath, '--out', out, '--today', '2026-11-23')).toEqual({
      code: 0,
      value: { year: 2026, kpis: 6, achieved: 1, on_track: 1, behind: 2, no_data: 2, export_target_usd: 1389.15, export_actual_usd: 1200 },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Grafik', 'Capaian KPI', 'Tonggak']);
  });

  it('takes the headline year from --to, in English on request', async () => {
    const out = join(t.dir, 'roadmap-2024.xlsx');
    expect(await sentra('report', 'roadmap', '--db', t.dbPath, '--out', out, '--to', '2024-12', '--today', '2026-11-23', '--lang', 'en')).toEqual({
      code: 0,
      value: { year: 2024, kpis: 6, achieved: 3, on_track: 0, behind: 0, no_data: 0, export_target_usd: 1260, export_actual_usd: 1260 },
    });
  });

  it('refuses a centre without a roadmap and writes nothing', async () => {
    const out = join(empty.dir, 'none.xlsx');
    expect(await sentra('report', 'roadmap', '--db', empty.dbPath, '--out', out, '--today', '2026-11-23')).toEqual({
      code: 1,
      value: { error: { code: 'NOT_FOUND', message: 'Belum ada roadmap revitalisasi. Susun dulu di layar Roadmap Revitalisasi.' } },
    });
    expect(existsSync(out)).toBe(false);
  });
});
