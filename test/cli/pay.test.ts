import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopCentre } from '../api/production-centre';
import { sentraJson, sentraRun } from '../helpers/cli';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeAll(async () => {
  // The centre's day is past the January delivery, which must stay out of December's pay.
  t = await tempApp({ today: '2027-01-10' });
  const { ua, ub } = await workshopCentre(t);
  await t.must('deliveries:record', { assignmentId: ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2 });
  await t.must('deliveries:record', { assignmentId: ub, deliveredOn: '2026-12-10', accepted: 10, rejected: 0 });
  await t.must('deliveries:record', { assignmentId: ub, deliveredOn: '2027-01-04', accepted: 5, rejected: 1 });
  await t.must('advances:record', { unitCode: 'UA', paidOn: '2026-12-05', amount: 200_000 });
}, 60_000);
afterAll(() => t.close());

describe('sentra pay', () => {
  it('prints the month’s statements in the contract’s keys', async () => {
    const { code, value } = await sentraJson('pay', '--month', '2026-12', '--db', t.dbPath);
    expect(code).toBe(0);
    expect(value).toEqual({
      month: '2026-12',
      statements: [
        { unit_code: 'UA', member_no: 'INT-1', accepted_pcs: 38, rejected_pcs: 2, gross_idr: 684_000, advances_idr: 200_000, overuse_idr: 0, net_idr: 484_000 },
        // 10 bags used 20 sqft + 5 waste of the 20 issued: 5 sqft over at Rp 45.000.
        { unit_code: 'UB', member_no: 'INT-2', accepted_pcs: 10, rejected_pcs: 0, gross_idr: 168_000, advances_idr: 0, overuse_idr: 225_000, net_idr: -57_000 },
      ],
    });
    expect((await sentraJson('pay', '--month', '2027-02', '--db', t.dbPath)).value).toEqual({ month: '2027-02', statements: [] });
  });

  it('writes the pay workbook with --out, and refuses a month that is not one', async () => {
    const out = join(t.dir, 'ongkos.xlsx');
    const run = await sentraRun('pay', '--month', '2026-12', '--db', t.dbPath, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2026-12: 2 unit usaha · ongkos kotor Rp 852.000 · dibayar bersih Rp 427.000');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Rincian']);

    const bad = await sentraJson('pay', '--month', '2026-13', '--db', t.dbPath);
    expect(bad).toMatchObject({ code: 1, value: { error: { code: 'INVALID_INPUT', message: '--month harus bulan YYYY-MM, mis. 2026-11' } } });
    const noOut = await sentraRun('pay', '--month', '2026-12', '--db', t.dbPath, '--lang', 'en');
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('Give --out F.xlsx');
    expect(existsSync(join(t.dir, 'nothing.xlsx'))).toBe(false);
  });
});
