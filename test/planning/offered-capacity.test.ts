import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryWorkbook } from '../../main/core/lists/workbooks';
import { importFile } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { readWorkbook } from '../fixtures/workbooks';

let t: TempApp;
let fresh: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  fresh = await tempApp({ today: '2026-11-23' });
});
afterEach(() => {
  t.close();
  fresh.close();
});

const UNIT = { unitCode: 'UU-001', name: 'Tas Mawar', categories: ['tas'], workers: 6, monthlyCapacity: 520, isActive: true };

describe('the capacity a workshop offers the cooperative', () => {
  it('is kept by the unit form, all of it when left blank, and never above the monthly capacity', async () => {
    expect(await t.must('units:save', UNIT)).toMatchObject({ offeredCapacity: null });
    const half = await t.must('units:save', { ...UNIT, unitCode: 'UU-002', offeredCapacity: 260 });
    expect(half.offeredCapacity).toBe(260);
    const above = await t.call('units:save', { ...UNIT, unitCode: 'UU-003', offeredCapacity: 600 });
    expect(above).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ field: 'offeredCapacity', message: expect.stringContaining('520') }] } } });
  });

  it('travels through the units export and import as the column offered_capacity, blank for all of it', async () => {
    await t.must('units:save', UNIT);
    await t.must('units:save', { ...UNIT, unitCode: 'UU-002', offeredCapacity: 260 });
    const file = await registryWorkbook(t.ctx, 'units');
    const sheet = (await readWorkbook(file)).worksheets[0];
    const headers: unknown[] = [];
    sheet.getRow(5).eachCell((cell) => headers.push(cell.value));
    const column = headers.indexOf('Kapasitas untuk Koperasi (pcs/bulan)') + 1;
    expect(column).toBeGreaterThan(0);
    expect([sheet.getRow(6).getCell(column).value, sheet.getRow(7).getCell(column).value]).toEqual([null, 260]);
    expect(await importFile(fresh.ctx, 'units', 'unit.xlsx', file, { dryRun: false, skipInvalid: false })).toMatchObject({ imported: 2, errors: [] });
    expect((await fresh.must('units:list', {})).map((u) => [u.unitCode, u.offeredCapacity])).toEqual([['UU-001', null], ['UU-002', 260]]);
  });
});
