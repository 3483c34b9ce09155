import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planSettings } from '../../main/core/planning/settings';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre, storedWeeks } from './centre';

// The small centre of centre.ts: members' bag workshops UA (grade A), UB (B), UC (C) of 6 workers
// and 120, 120 and 240 pieces a week; UX dormant. 23 November 2026 is a Monday.
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
});
afterEach(() => t.close());

function qtyByUnit(rows: { unitCode: string; qty: number }[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const row of rows) totals[row.unitCode] = (totals[row.unitCode] ?? 0) + row.qty;
  return totals;
}

describe('the plan reads its rules from the centre', () => {
  it("counts workers' time at the centre's hours, against what a workshop offers", async () => {
    const { db } = t.app;
    // Totes of 300 minutes: UA's 6 workers × 40 hours give 48 a week; UC offers half of its 1,040 a month.
    db.prepare('UPDATE product SET labour_minutes = 300 WHERE id = 1').run();
    db.prepare("UPDATE business_unit SET offered_capacity = 520 WHERE unit_code = 'UC'").run();
    addOrder(db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-03-31', qty: 600 });
    const result = await t.must('plan:run', {});
    const limit: Record<string, number> = { UA: 48, UB: 48, UC: 24 };
    for (const week of storedWeeks(db)) expect(week.qty, `${week.unitCode} ${week.weekStart}`).toBeLessThanOrEqual(limit[week.unitCode]);
    expect(result.assignments.every((a) => a.minutes === a.qty * 300)).toBe(true);
    const load = await t.must('plan:load', { from: '2026-11-23', weeks: 4 });
    const uc = load.units.find((u) => u.unitCode === 'UC');
    expect(uc).toMatchObject({ memberNo: 'INT-3', capacity: [120, 120, 120, 120], capacityMinutes: [7200, 7200, 7200, 7200] });
    expect(uc?.loadMinutes[0]).toBe((uc?.load[0] ?? 0) * 300);

    // The centre works 20 hours a week: every workshop's time halves.
    db.prepare("INSERT INTO centre (id, name, updated_at) VALUES (1, 'Sentra', 'x')").run();
    db.prepare('UPDATE centre SET work_hours_per_week = 20').run();
    await t.must('plan:run', {});
    const half: Record<string, number> = { UA: 24, UB: 24, UC: 12 };
    for (const week of storedWeeks(db)) expect(week.qty, `${week.unitCode} ${week.weekStart}`).toBeLessThanOrEqual(half[week.unitCode]);
  });

  it("serves active members' workshops first, unless the centre turns it off", async () => {
    const { db } = t.app;
    // UB's owner is non-aktif since November: UB is no active member's workshop.
    db.prepare("INSERT INTO member_status (member_id, valid_from, status, recorded_at) VALUES ((SELECT owner_member_id FROM business_unit WHERE unit_code = 'UB'), '2026-11-01', 'non-aktif', 'x')").run();
    addOrder(db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    const first = await t.must('plan:run', {});
    expect(Object.keys(qtyByUnit(first.assignments)).sort()).toEqual(['UA', 'UC']);
    expect(first.assignments.every((a) => a.memberNo !== null && a.reason.kind === 'member-share')).toBe(true);
    const stored = await t.must('plan:assignments', {});
    expect(stored.map((a) => a.reason?.kind)).toEqual(stored.map(() => 'member-share'));

    db.prepare("INSERT INTO centre (id, name, updated_at, members_first) VALUES (1, 'Sentra', 'x', 0)").run();
    const shared = await t.must('plan:run', {});
    expect(qtyByUnit(shared.assignments).UB).toBeGreaterThan(0);
    expect(shared.assignments.find((a) => a.unitCode === 'UB')).toMatchObject({ memberNo: null, reason: { kind: 'shared' } });
  });
});

describe('the heat map', () => {
  it("counts the work still to be made: a finished SPK's weeks hold nothing, as the plan counts them", async () => {
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    await t.must('plan:run', {});
    const before = await t.must('plan:load', { from: '2026-11-23', weeks: 4 });
    const [done] = await t.must('plan:assignments', { unitCode: 'UC' });
    t.app.db.prepare("UPDATE work_assignment SET status = 'done', delivered_qty = qty WHERE id = ?").run(done.id);
    const after = await t.must('plan:load', { from: '2026-11-23', weeks: 4 });
    const total = (load: typeof before) => load.units.find((u) => u.unitCode === 'UC')?.load.reduce((a, b) => a + b, 0) ?? 0;
    expect(total(before) - total(after)).toBe(done.qty);
  });
});

describe("the centre's plan rules", () => {
  it('are saved with the centre profile, kept when a save leaves them out, and bounded', async () => {
    expect(planSettings(t.app.db)).toMatchObject({ workHoursPerWeek: 40, membersFirst: true });
    expect(await t.must('centre:save', { name: 'Sentra', workHoursPerWeek: 30, membersFirst: false })).toMatchObject({ workHoursPerWeek: 30, membersFirst: false });
    expect(await t.must('centre:save', { name: 'Sentra IKM' })).toMatchObject({ name: 'Sentra IKM', workHoursPerWeek: 30, membersFirst: false });
    expect(planSettings(t.app.db)).toMatchObject({ workHoursPerWeek: 30, membersFirst: false });
    for (const hours of [0, 85, 37.5]) {
      const refused = await t.call('centre:save', { name: 'Sentra', workHoursPerWeek: hours });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ field: 'workHoursPerWeek' }] } } });
    }
    expect((await t.must('centre:get', {})).workHoursPerWeek).toBe(30);
  });
});

describe('a move by hand', () => {
  async function planLine(): Promise<number> {
    const lineId = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 1200 });
    await t.must('plan:run', {});
    return lineId;
  }

  it('takes the pieces off the workshop they came from, and the next plan keeps the split exactly', async () => {
    const lineId = await planLine();
    const before = await t.must('plan:assignments', { orderNo: 'DOM-1' });
    const from = before.find((a) => a.unitCode === 'UA');
    if (!from) throw new Error('UA got no work');
    const moved = await t.must('plan:assign', { orderLineId: lineId, unitCode: 'UC', qty: 100, start: '2026-11-23', fromAssignmentId: from.id });
    expect(moved).toMatchObject({ unitCode: 'UC', qty: 100, isPinned: true, reason: { kind: 'by-hand' } });
    const after = await t.must('plan:assignments', { orderNo: 'DOM-1' });
    const totals = qtyByUnit(after);
    const was = qtyByUnit(before);
    expect(totals).toEqual({ ...was, UA: was.UA - 100, UC: was.UC + 100 });
    expect(after.every((a) => a.isPinned)).toBe(true);
    expect(after.find((a) => a.id === from.id)).toMatchObject({ qty: from.qty - 100, reason: { kind: 'by-hand' } });

    await t.must('plan:run', {});
    expect(qtyByUnit(await t.must('plan:assignments', { orderNo: 'DOM-1' }))).toEqual(totals);
  });

  it('moving all of a workshop’s pieces away leaves it none, also after re-planning (the 174 that came back as 206)', async () => {
    const lineId = await planLine();
    const from = (await t.must('plan:assignments', { orderNo: 'DOM-1' })).find((a) => a.unitCode === 'UA');
    if (!from) throw new Error('UA got no work');
    await t.must('plan:assign', { orderLineId: lineId, unitCode: 'UB', qty: from.qty, start: '2026-11-23', fromAssignmentId: from.id });
    await t.must('plan:run', {});
    const after = await t.must('plan:assignments', { orderNo: 'DOM-1' });
    expect(after.some((a) => a.unitCode === 'UA')).toBe(false);
    expect(after.reduce((sum, a) => sum + a.qty, 0)).toBe(1200);
  });

  it('refuses a move of more than the assignment holds, to the same workshop, or of an issued SPK', async () => {
    const lineId = await planLine();
    const from = (await t.must('plan:assignments', { orderNo: 'DOM-1' })).find((a) => a.unitCode === 'UA');
    if (!from) throw new Error('UA got no work');
    const tooMuch = await t.call('plan:assign', { orderLineId: lineId, unitCode: 'UC', qty: from.qty + 1, start: '2026-11-23', fromAssignmentId: from.id });
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ field: 'qty' }] } } });
    const same = await t.call('plan:assign', { orderLineId: lineId, unitCode: 'UA', qty: 10, start: '2026-11-23', fromAssignmentId: from.id });
    expect(same).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ field: 'unitCode' }] } } });
    t.app.db.prepare("UPDATE work_assignment SET status = 'issued' WHERE id = ?").run(from.id);
    const issued = await t.call('plan:assign', { orderLineId: lineId, unitCode: 'UC', qty: 10, start: '2026-11-23', fromAssignmentId: from.id });
    expect(issued).toMatchObject({
      ok: false, error: { code: 'LOCKED_RECORD', details: { field: 'fromAssignmentId', entity: 'assignment', id: from.id, reason: 'status', status: 'issued' } },
    });
    // Nothing of the refused moves was kept.
    expect(qtyByUnit(await t.must('plan:assignments', { orderNo: 'DOM-1' })).UA).toBe(from.qty);
    // An SPK issued before plans kept reasons still says why it stays.
    t.app.db.prepare('DELETE FROM assignment_reason WHERE assignment_id = ?').run(from.id);
    const issuedRow = (await t.must('plan:assignments', { orderNo: 'DOM-1' })).find((a) => a.id === from.id);
    expect(issuedRow?.reason).toMatchObject({ kind: 'issued', sharePct: Math.round((from.qty / 1200) * 100), byPieces: true });
  });
});
