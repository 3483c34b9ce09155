import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { workshopCentre } from './production-centre';

let t: TempApp;
let ids: { ua: number; ub: number };
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  ids = await workshopCentre(t);
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2 });
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-08', accepted: 10, rejected: 0 });
  await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-10', accepted: 10, rejected: 0 });
  await t.must('advances:record', { unitCode: 'UA', paidOn: '2026-12-05', amount: 200_000, note: 'kasbon Lebaran' });
  await t.must('advances:record', { unitCode: 'UA', paidOn: '2026-11-20', amount: 50_000 });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

describe('piece-rate statements', () => {
  it('pays accepted pieces at the SPK rate, less advances and material overuse in the period', async () => {
    const [ua, ub] = await t.must('pieceRates:statement', { from: '2026-12-01', to: '2026-12-31' });
    expect(ua).toMatchObject({ unitCode: 'UA', unitName: 'Usaha UA', ownerName: 'Anggota 1', from: '2026-12-01', to: '2026-12-31' });
    // The first delivery issued the SPK: numbered, its manager's rate kept.
    expect(ua.lines).toEqual([{ spkNo: 'SPK-2026-00001', orderNo: 'DOM-1', sku: 'TAS-01', accepted: 48, rejected: 2, rate: 18_000, amount: 864_000, isCorrection: false, note: null }]);
    expect(ua).toMatchObject({ slipNo: null, slipId: null, issuedAt: null });
    // 50 bags used 100 sqft + 25 waste of 100 issued: 25 sqft over at Rp 45.000.
    expect(ua).toMatchObject({ gross: 864_000, advances: 200_000, materialOveruse: 1_125_000, net: 864_000 - 200_000 - 1_125_000 });
    // No rate on UB's SPK nor on the product: 300 labour minutes × Rp 56, kept from its first delivery; its 10 bags used its 20 sqft + 5 waste: 5 over.
    expect(ub.lines).toEqual([{ spkNo: 'SPK-2026-00002', orderNo: 'DOM-1', sku: 'TAS-01', accepted: 10, rejected: 0, rate: 16_800, amount: 168_000, isCorrection: false, note: null }]);
    expect(ub).toMatchObject({ gross: 168_000, advances: 0, materialOveruse: 225_000, net: 168_000 - 225_000 });
  });

  it('charges overuse once across consecutive periods; the SPK keeps its rate when the rate per minute changes', async () => {
    const early = await t.must('pieceRates:statement', { unitCode: 'UA', from: '2026-12-01', to: '2026-12-05' });
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ gross: 684_000, advances: 200_000, materialOveruse: 0 });
    const late = await t.must('pieceRates:statement', { unitCode: 'UA', from: '2026-12-06', to: '2026-12-31' });
    expect(late[0]).toMatchObject({ gross: 180_000, advances: 0, materialOveruse: 1_125_000 });
    expect((await t.must('pieceRates:statement', { unitCode: 'UA', from: '2027-01-01', to: '2027-01-31' }))[0]).toMatchObject({
      lines: [], gross: 0, materialOveruse: 0, net: 0,
    });
    await t.must('prefs:set', { key: 'production.ratePerMinute', value: 60 });
    expect((await t.must('pieceRates:statement', { unitCode: 'UB', from: '2026-12-01', to: '2026-12-31' }))[0].lines[0].rate).toBe(16_800);
  });

  it('refuses an unknown workshop, a period that ends before it starts and an advance that is not positive', async () => {
    expect(refusal(await t.call('pieceRates:statement', { unitCode: 'NOPE', from: '2026-12-01', to: '2026-12-31' })).details).toEqual({ field: 'unitCode' });
    expect(refusal(await t.call('pieceRates:statement', { from: '2026-12-31', to: '2026-12-01' })).message).toBe('Tanggal akhir periode tidak boleh sebelum tanggal awal.');
    expect(refusal(await t.call('advances:record', { unitCode: 'NOPE', paidOn: '2026-12-01', amount: 1 })).details).toEqual({ field: 'unitCode' });
    expect(refusal(await t.call('advances:record', { unitCode: 'UA', paidOn: '2026-12-01', amount: 0 })).code).toBe('INVALID_INPUT');
    expect(t.app.db.prepare('SELECT COUNT(*) FROM advance').pluck().get()).toBe(2);
  });
});

describe('material a workshop brings itself', () => {
  it('is not on its account and is never taken off its pay', async () => {
    const own = await tempApp({ today: '2026-12-31' });
    try {
      const { ua } = await workshopCentre(own);
      // UC makes bags with its own leather and thread: the cooperative issued it nothing.
      const [line] = (await own.must('plan:assignments', {})).filter((a) => a.id === ua);
      const uc = (await own.must('plan:assign', { orderLineId: line.orderLineId, unitCode: 'UC', qty: 20, start: '2026-11-23', pieceRate: 15_000 })).id;
      await own.must('deliveries:record', { assignmentId: uc, deliveredOn: '2026-12-03', accepted: 20, rejected: 0 });
      expect(await own.must('workshops:materials', { unitCode: 'UC' })).toEqual([]);
      const [statement] = await own.must('pieceRates:statement', { unitCode: 'UC', from: '2026-12-01', to: '2026-12-31' });
      expect(statement).toMatchObject({ gross: 300_000, materialOveruse: 0, net: 300_000 });
    } finally {
      own.close();
    }
  });
});
