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
  db = join(t.dir, 'copy.sqlite');
  await t.app.db.backup(db);
});
afterAll(() => t.close());


describe('sentra report materials', () => {
  it('writes the workbook and prints the stock, consumption and purchase values in rupiah and the suggestions', async () => {
    expect(await sentra('report', 'materials', '--db', db, '--out', join(t.dir, 'bahan.xlsx'), '--from', '2026-11', '--to', '2026-12', '--today', '2026-12-31')).toEqual({
      code: 0,
      value: {
        materials: 4, stock_value_idr: 7_445_000, consumed_value_idr: 1_205_000, purchased_value_idr: 3_250_000, open_po_value_idr: 4_500_000,
        suggestions: 1, late_suggestions: 1, below_reorder: 1,
      },
    });
  });

  it('gives null stock value before the ledger starts', async () => {
    const value = (await sentra('report', 'materials', '--db', db, '--out', join(t.dir, 'awal.xlsx'), '--from', '2025-01', '--to', '2025-02', '--today', '2026-12-31')).value;
    expect(value).toMatchObject({ materials: 4, stock_value_idr: null, consumed_value_idr: 0, suggestions: 1 });
  });
});
