import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

let t: TempApp;
let line: number;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
  t.app.db.prepare("UPDATE product SET labour_minutes = 300 WHERE sku = 'TAS-01'").run();
  line = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
  addOrder(t.app.db, { orderNo: 'DOM-2', buyerId: 2, shipBy: '2027-03-26', qty: 60 });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

async function rows() {
  return t.must('plan:assignments', { limit: 1000 });
}

describe('the centre’s rate per minute', () => {
  it('is set on the centre (Profil Sentra) and prices a planned SPK of a product without its own rate; the change is audited', async () => {
    expect((await t.must('centre:get', {})).ratePerMinute).toBe(56);
    const planned = await t.must('plan:assign', { orderLineId: line, unitCode: 'UB', qty: 50, start: '2026-11-23' });
    expect(planned).toMatchObject({ pieceRate: 16_800, rateBasis: 'minutes' });
    const centre = { ...(await t.must('centre:get', {})), name: 'Sentra IKM Uji' };
    const saved = await t.must('centre:save', { ...centre, ratePerMinute: 70 });
    expect(saved.ratePerMinute).toBe(70);
    expect((await rows()).find((r) => r.id === planned.id)).toMatchObject({ pieceRate: 21_000, rateBasis: 'minutes' });
    const refused = refusal(await t.call('centre:save', { ...centre, ratePerMinute: -5 }));
    expect(refused.message).toContain('ratePerMinute');
    expect((await t.must('centre:get', {})).ratePerMinute).toBe(70);
    const audit = t.app.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'centre' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ ratePerMinute: 70 });
  });
});

describe('issuing SPKs', () => {
  it('numbers each SPK by the year of issue and keeps the rate of that day; a planned one shows the rate it would get', async () => {
    const manual = await t.must('plan:assign', { orderLineId: line, unitCode: 'UA', qty: 100, start: '2026-11-23', pieceRate: 18_000 });
    const byMinutes = await t.must('plan:assign', { orderLineId: line, unitCode: 'UB', qty: 50, start: '2026-11-23' });
    expect(byMinutes).toMatchObject({ spkNo: null, issuedOn: null, pieceRate: 16_800, rateBasis: 'minutes' });
    // The product gets a rate of its own: the planned SPK follows it until it is issued.
    const [product] = (await t.must('products:list', {})).filter((p) => p.sku === 'TAS-01');
    await t.must('products:save', { ...product, pieceRate: 17_500 });
    expect((await rows()).find((r) => r.id === byMinutes.id)).toMatchObject({ pieceRate: 17_500, rateBasis: 'product' });

    await t.must('assignments:setStatus', { id: byMinutes.id, status: 'issued' });
    await t.must('assignments:setStatus', { id: manual.id, status: 'issued' });
    const issued = await rows();
    expect(issued.find((r) => r.id === byMinutes.id)).toMatchObject({ spkNo: 'SPK-2026-00001', issuedOn: '2026-11-23', status: 'issued', pieceRate: 17_500, rateBasis: 'product' });
    expect(issued.find((r) => r.id === manual.id)).toMatchObject({ spkNo: 'SPK-2026-00002', pieceRate: 18_000, rateBasis: 'manual' });

    // Nothing after the issue moves the rate: the product's rate, its minutes, the rate per minute, a new plan.
    await t.must('products:save', { ...product, pieceRate: 25_000, labourMinutes: 500 });
    await t.must('prefs:set', { key: 'production.ratePerMinute', value: 90 });
    await t.must('plan:run', {});
    const later = await rows();
    expect(later.find((r) => r.id === byMinutes.id)).toMatchObject({ spkNo: 'SPK-2026-00001', pieceRate: 17_500, rateBasis: 'product' });
    expect(later.find((r) => r.id === manual.id)).toMatchObject({ spkNo: 'SPK-2026-00002', pieceRate: 18_000 });
    // The plan's own, not issued, carry today's rate and no number.
    for (const planned of later.filter((r) => r.status === 'planned')) expect(planned).toMatchObject({ spkNo: null, pieceRate: 25_000, rateBasis: 'product' });
    expect(t.app.db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'assignment' AND action = 'issue'").pluck().get()).toBe(2);
  });

  it("issues all of an order's or a week's planned SPKs at once and lists them for printing, numbers in order of start", async () => {
    await t.must('plan:run', {});
    const planned = await rows();
    const dom1 = planned.filter((r) => r.orderNo === 'DOM-1');
    expect(dom1.length).toBeGreaterThan(1);
    expect(dom1.every((r) => r.status === 'planned' && r.spkNo === null)).toBe(true);

    const listed = await t.must('spk:list', { orderNo: 'dom-1' });
    expect(listed.map((s) => s.id).sort()).toEqual(dom1.map((r) => r.id).sort());
    const { issued, spks } = await t.must('spk:issue', { orderNo: 'DOM-1' });
    expect(issued).toBe(dom1.length);
    expect(spks.every((s) => s.status === 'issued' && s.rateBasis === 'minutes' && s.pieceRate === 16_800)).toBe(true);
    const byStart = [...spks].sort((a, b) => a.start.localeCompare(b.start) || a.unitCode.localeCompare(b.unitCode));
    expect(byStart.map((s) => s.spkNo)).toEqual(byStart.map((_s, i) => `SPK-2026-${String(i + 1).padStart(5, '0')}`));
    expect(spks[0]).toMatchObject({ orderNo: 'DOM-1', buyerName: 'Toko Tas Surabaya', productName: 'Tas wanita kulit', labourMinutes: 300, memberNo: expect.stringMatching(/^INT-/) });

    // Again: nothing new to issue, the same SPKs to print.
    expect((await t.must('spk:issue', { orderNo: 'DOM-1' })).issued).toBe(0);

    // A week: the SPKs starting Monday 30/11 to Sunday 6/12 of the other order.
    const week = (await rows()).filter((r) => r.status === 'planned' && r.start >= '2026-11-30' && r.start < '2026-12-07');
    const weekly = await t.must('spk:issue', { weekStart: '2026-11-30' });
    expect(weekly.issued).toBe(week.length);
    expect(weekly.spks.every((s) => s.start >= '2026-11-30' && s.start < '2026-12-07' && s.spkNo !== null)).toBe(true);
  });

  it('issues an SPK at its first delivery when nobody issued it, and refuses a selection that is not exactly one', async () => {
    const spk = await t.must('plan:assign', { orderLineId: line, unitCode: 'UA', qty: 40, start: '2026-11-23' });
    await t.must('deliveries:record', { assignmentId: spk.id, deliveredOn: '2026-11-23', accepted: 10, rejected: 0 });
    expect((await rows()).find((r) => r.id === spk.id)).toMatchObject({ status: 'in-progress', spkNo: 'SPK-2026-00001', issuedOn: '2026-11-23', pieceRate: 16_800, rateBasis: 'minutes' });
    expect(refusal(await t.call('spk:issue', { orderNo: 'DOM-1', weekStart: '2026-11-30' })).details).toEqual({ field: 'ids' });
    expect(refusal(await t.call('spk:issue', {})).code).toBe('INVALID_INPUT');
    expect(refusal(await t.call('spk:list', { weekStart: '2026-12-01' })).message).toBe('minggu dipilih dengan tanggal hari Senin');
    expect(refusal(await t.call('spk:list', { unitCode: 'NOPE' })).details).toEqual({ field: 'unitCode' });
  });
});
