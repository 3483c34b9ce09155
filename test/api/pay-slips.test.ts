import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { workshopCentre } from './production-centre';

let t: TempApp;
let ids: { ua: number; ub: number };
const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };
const JANUARY = { from: '2027-01-01', to: '2027-01-31' };

beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  ids = await workshopCentre(t);
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2 });
  await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-10', accepted: 10, rejected: 0 });
  await t.must('advances:record', { unitCode: 'UA', paidOn: '2026-12-05', amount: 200_000 });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

describe('pay for work already handed in', () => {
  it('is the same to the rupiah after any rate or preference change, a new plan and a new product rate', async () => {
    const before = await t.must('pieceRates:statement', DECEMBER);
    const [product] = await t.must('products:list', {});
    await t.must('products:save', { ...product, pieceRate: 30_000, labourMinutes: 420 });
    await t.must('prefs:set', { key: 'production.ratePerMinute', value: 75 });
    await t.must('plan:run', {});
    const after = await t.must('pieceRates:statement', DECEMBER);
    expect(after).toEqual(before);
    expect(after.map((s) => [s.unitCode, s.gross, s.net])).toEqual([['UA', 38 * 18_000, 38 * 18_000 - 200_000], ['UB', 10 * 16_800, 168_000 - 225_000]]);
    // Work handed in after the change against the same SPKs is paid at the same, kept, rates.
    await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-20', accepted: 5, rejected: 0 });
    const [, ub] = await t.must('pieceRates:statement', DECEMBER);
    expect(ub.lines).toMatchObject([{ spkNo: 'SPK-2026-00002', accepted: 15, rate: 16_800, amount: 252_000 }]);
  });
});

describe('printed pay slips', () => {
  it('are numbered and never change; what comes in later for their period is a correction on the next slip', async () => {
    const slips = await t.must('pay:issueSlips', DECEMBER);
    expect(slips.map((s) => [s.unitCode, s.slipNo, s.net])).toEqual([
      ['UA', 'SLIP-2026-00001', 684_000 - 200_000],
      ['UB', 'SLIP-2026-00002', 168_000 - 225_000],
    ]);
    expect(slips[0]).toMatchObject({ issuedAt: expect.any(String), lines: [{ spkNo: 'SPK-2026-00001', accepted: 38, rate: 18_000, amount: 684_000, isCorrection: false }] });
    const printed = await t.must('pieceRates:statement', DECEMBER);
    expect(printed).toEqual(slips);
    expect(await t.must('pay:slip', { id: slips[0].slipId ?? 0 })).toEqual(slips[0]);

    // Recorded after printing, dated in December: the December slips stay as printed.
    await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-15', accepted: 10, rejected: 0 });
    await t.must('advances:record', { unitCode: 'UA', paidOn: '2026-12-20', amount: 50_000 });
    await t.must('pay:correct', { unitCode: 'UB', onDate: '2027-01-05', amount: -8_400, note: 'salah hitung: 1 pcs ditolak' });
    await t.must('products:save', { ...(await t.must('products:list', {}))[0], pieceRate: 40_000 });
    expect(await t.must('pieceRates:statement', DECEMBER)).toEqual(slips);
    // Printing December again prints nothing new.
    expect(await t.must('pay:issueSlips', DECEMBER)).toEqual([]);

    // January pays the late work at its SPK's rate and deducts the late advance, both named.
    t.app.today = () => '2027-01-31';
    await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2027-01-10', accepted: 5, rejected: 0 });
    const [ua, ub] = await t.must('pieceRates:statement', JANUARY);
    expect(ua.lines).toEqual([
      { spkNo: 'SPK-2026-00001', orderNo: 'DOM-1', sku: 'TAS-01', accepted: 5, rejected: 0, rate: 18_000, amount: 90_000, isCorrection: false, note: null },
      { spkNo: 'SPK-2026-00001', orderNo: 'DOM-1', sku: 'TAS-01', accepted: 10, rejected: 0, rate: 18_000, amount: 180_000, isCorrection: true, note: 'setoran susulan periode SLIP-2026-00001' },
    ]);
    expect(ua).toMatchObject({ gross: 270_000, advances: 50_000, slipNo: null });
    expect(ub.lines).toEqual([{ spkNo: null, orderNo: null, sku: null, accepted: 0, rejected: 0, rate: 0, amount: -8_400, isCorrection: true, note: 'salah hitung: 1 pcs ditolak' }]);
    const january = await t.must('pay:issueSlips', JANUARY);
    expect(january.map((s) => [s.unitCode, s.slipNo, s.gross])).toEqual([['UA', 'SLIP-2027-00001', 270_000], ['UB', 'SLIP-2027-00002', -8_400]]);
    // Settled once: February has nothing of it.
    expect(await t.must('pieceRates:statement', { from: '2027-02-01', to: '2027-02-28' })).toEqual([]);
  });

  it('refuses a slip whose period overlaps one already printed, naming it, and writes nothing', async () => {
    await t.must('pay:issueSlips', { ...DECEMBER, unitCode: 'UA' });
    await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-31', accepted: 5, rejected: 0 });
    const refused = refusal(await t.call('pay:issueSlips', { from: '2026-12-15', to: '2027-01-14', unitCode: 'UA' }));
    expect(refused.message).toBe('UA sudah punya slip SLIP-2026-00001 untuk 01/12/2026 s.d. 31/12/2026; periode slip tidak boleh tumpang tindih.');
    expect(t.app.db.prepare('SELECT COUNT(*) FROM pay_slip').pluck().get()).toBe(1);
    expect(refusal(await t.call('pay:correct', { unitCode: 'UA', onDate: '2027-01-05', amount: 0, note: 'x' })).code).toBe('INVALID_INPUT');
    expect(refusal(await t.call('pay:slip', { id: 99 })).code).toBe('NOT_FOUND');
  });
});
