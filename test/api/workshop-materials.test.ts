import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { workshopCentre } from './production-centre';

let t: TempApp;
let ids: { ua: number; ub: number };
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  ids = await workshopCentre(t);
});
afterEach(() => t.close());

describe("workshops' material accounts", () => {
  it('gives issued − returned − used − waste allowance per workshop and material', async () => {
    await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2 });
    await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-02', accepted: 10, rejected: 0 });
    const accounts = await t.must('workshops:materials', {});
    expect(accounts.map((a) => [a.unitCode, a.materialCode, a.issued, a.returned, a.used, a.wasteAllowance, a.balance])).toEqual([
      // 40 bags × 2 sqft = 80 used, 80 × 0,2 ÷ 0,8 = 20 allowed as waste: nothing left over.
      ['UA', 'BNG-01', 5000, 500, 1600, 0, 2900],
      ['UA', 'KLT-SAPI', 100, 0, 80, 20, 0],
      ['UB', 'BNG-01', 400, 0, 400, 0, 0],
      ['UB', 'KLT-SAPI', 20, 0, 20, 5, -5],
    ]);
    expect(accounts[1]).toMatchObject({ unitName: 'Usaha UA', materialName: 'Kulit sapi', uom: 'sqft' });
    expect((await t.must('workshops:materials', { unitCode: 'ub' })).map((a) => a.balance)).toEqual([0, -5]);
    // As of a day before the deliveries, nothing was used yet.
    expect((await t.must('workshops:materials', { unitCode: 'UA', asOf: '2026-11-30' })).map((a) => a.balance)).toEqual([4500, 100]);
    expect(await t.must('workshops:materials', { unitCode: 'UC' })).toEqual([]);
  });
});
