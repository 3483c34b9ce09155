import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre, storedWeeks } from './centre';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
});
afterEach(() => t.close());

function weeklyCapacity(unitCode: string): number {
  return unitCode === 'UC' ? 240 : 120;
}

describe('the stored plan', () => {
  it('assigns open lines, saves them, and replaces its own assignments on the next run', async () => {
    addOrder(t.app.db, { orderNo: 'EXP-1', buyerId: 1, shipBy: '2027-01-15', qty: 600 });
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    addOrder(t.app.db, { orderNo: 'DOM-2', buyerId: 2, shipBy: '2027-01-29', productId: 2, qty: 100 });
    addOrder(t.app.db, { orderNo: 'OLD-1', buyerId: 2, shipBy: '2026-10-01', status: 'shipped', qty: 900 });
    addOrder(t.app.db, { orderNo: 'DRAFT-1', buyerId: 2, shipBy: '2027-01-29', status: 'draft', qty: 900 });
    const result = await t.must('plan:run', {});
    expect(result.linesPlanned).toBe(3);
    expect(new Set(result.assignments.map((a) => a.orderNo))).toEqual(new Set(['EXP-1', 'DOM-1']));
    expect(result.late).toEqual([expect.objectContaining({ orderNo: 'DOM-2', reason: 'no-unit', shortQty: 100, message: expect.stringContaining('kategori') })]);
    // The export order goes to the grade A and B workshops only; the dormant UX gets nothing.
    expect(result.assignments.filter((a) => a.orderNo === 'EXP-1').every((a) => a.unitCode === 'UA' || a.unitCode === 'UB')).toBe(true);
    expect(result.assignments.some((a) => a.unitCode === 'UX')).toBe(false);
    for (const week of storedWeeks(t.app.db)) expect(week.qty).toBeLessThanOrEqual(weeklyCapacity(week.unitCode));

    const stored = await t.must('plan:assignments', {});
    expect(stored.map((a) => a.qty).reduce((x, y) => x + y, 0)).toBe(1000);
    const again = await t.must('plan:run', {});
    expect(again.assignments).toEqual(result.assignments);
    // The same plan keeps the same rows: a screen's selection survives a re-plan.
    expect((await t.must('plan:assignments', {})).map((a) => a.id)).toEqual(stored.map((a) => a.id));
    expect(await t.must('plan:last', {})).toMatchObject({ today: '2026-11-23', late: [{ orderNo: 'DOM-2' }] });
    // A write the plan did not make (here: by hand in SQL) is noticed, and the re-plan restores the line.
    t.app.db.prepare('DELETE FROM work_assignment WHERE id = ?').run(stored[0].id);
    await t.must('plan:run', {});
    expect((await t.must('plan:assignments', {})).map((a) => a.qty).reduce((x, y) => x + y, 0)).toBe(1000);
    // Planned in Indonesian, read in English: the reason comes in the reader's language.
    const read = await t.call('plan:last', {}, 'en');
    expect(read.ok && read.value?.late[0].message).toMatch(/no active workshop makes this product category/);
  });

  it('keeps a pinned assignment and re-plans the rest of the line around it', async () => {
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 1200 });
    await t.must('plan:run', {});
    const [first] = await t.must('plan:assignments', { unitCode: 'UA' });
    await t.must('plan:pin', { assignmentId: first.id, pinned: true });
    addOrder(t.app.db, { orderNo: 'DOM-0', buyerId: 2, shipBy: '2026-12-31', qty: 500 });
    await t.must('plan:run', {});
    const after = await t.must('plan:assignments', {});
    expect(after.find((a) => a.id === first.id)).toMatchObject({ qty: first.qty, start: first.start, isPinned: true });
    expect(after.filter((a) => a.orderNo === 'DOM-1').reduce((sum, a) => sum + a.qty, 0)).toBe(1200);
    for (const week of storedWeeks(t.app.db)) expect(week.qty).toBeLessThanOrEqual(weeklyCapacity(week.unitCode));
  });

  it('takes a manager’s assignment, pinned, and refuses impossible ones', async () => {
    const lineId = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    await t.must('plan:run', {});
    const manual = await t.must('plan:assign', { orderLineId: lineId, unitCode: 'UC', qty: 300, start: '2026-12-02', pieceRate: 16_500 });
    expect(manual).toMatchObject({ unitCode: 'UC', qty: 300, start: '2026-11-30', end: '2026-12-12', isPinned: true, pieceRate: 16_500 });
    expect((await t.must('plan:assignments', { orderNo: 'DOM-1' })).map((a) => a.id)).toEqual([manual.id]);
    const result = await t.must('plan:run', {});
    expect(result.assignments.filter((a) => a.orderNo === 'DOM-1').reduce((sum, a) => sum + a.qty, 0)).toBe(400);

    const tooMuch = await t.call('plan:assign', { orderLineId: lineId, unitCode: 'UA', qty: 101, start: '2026-12-02' });
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const dormant = await t.call('plan:assign', { orderLineId: lineId, unitCode: 'UX', qty: 10, start: '2026-12-02' });
    expect(dormant).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const wallet = addOrder(t.app.db, { orderNo: 'DOM-2', buyerId: 2, shipBy: '2027-01-29', productId: 2, qty: 10 });
    const notMade = await t.call('plan:assign', { orderLineId: wallet, unitCode: 'UA', qty: 10, start: '2026-12-02' });
    expect(notMade).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('UA') } });
  });

  it('plans no work in a Lebaran shutdown kept in the calendar', async () => {
    const lebaran = await t.must('calendar:save', { startsOn: '2026-12-07', endsOn: '2026-12-13', kind: 'lebaran', capacityPct: 0, name: 'Cuti bersama' });
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-08', qty: 1500 });
    await t.must('plan:run', {});
    const weeks = storedWeeks(t.app.db).map((w) => w.weekStart);
    expect(weeks).toContain('2026-12-14');
    expect(weeks).not.toContain('2026-12-07');
    const load = await t.must('plan:load', { from: '2026-11-23', weeks: 6 });
    const column = load.weeks.indexOf('2026-12-07');
    expect(load.units.every((u) => u.capacity[column] === 0 && u.load[column] === 0)).toBe(true);
    expect(load.units.find((u) => u.unitCode === 'UC')?.capacity[column + 1]).toBe(240);
    expect(await t.must('calendar:list', {})).toEqual([lebaran]);
    await t.must('calendar:remove', { id: lebaran.id });
    expect(await t.must('calendar:list', {})).toEqual([]);
    const backwards = await t.call('calendar:save', { startsOn: '2026-12-07', endsOn: '2026-12-01', kind: 'holiday', capacityPct: 0, name: 'x' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('suggests purchases from the plan’s assignments', async () => {
    t.app.db
      .prepare("INSERT INTO purchase_order (id, po_no, supplier_id, order_date, expected_on, status, created_at, updated_at) VALUES (1, 'PO-1', 1, '2026-11-20', '2026-12-01', 'ordered', 'x', 'x')")
      .run();
    t.app.db.prepare('INSERT INTO purchase_line (po_id, material_id, qty, unit_cost) VALUES (1, 1, 500, 45000)').run();
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
    const { purchases } = await t.must('plan:run', {});
    // 400 bags × 2,5 sqft = 1000 sqft; 120 on hand − 20 safety + 500 on order = 600 → 400 short → 8 hides.
    const leather = purchases.filter((p) => p.materialCode === 'KLT-SAPI');
    expect(leather.reduce((sum, p) => sum + p.qty, 0)).toBe(400);
    expect(leather.every((p) => p.qty % 50 === 0 && p.qty >= 100 && p.uom === 'sqft')).toBe(true);
    const thread = purchases.filter((p) => p.materialCode === 'BNG-01');
    expect(thread.reduce((sum, p) => sum + p.purchaseQty, 0)).toBeGreaterThanOrEqual(16);
  });

  it('promises a later date when the capacity is taken, without changing the plan', async () => {
    const early = await t.must('plan:promise', { lines: [{ sku: 'TAS-01', qty: 900 }] });
    addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-08', qty: 2000 });
    await t.must('plan:run', {});
    const before = await t.must('plan:assignments', {});
    const later = await t.must('plan:promise', { lines: [{ sku: 'TAS-01', qty: 900 }] });
    // Materials first (leather takes 14 days: from 7 December), then 480 pieces a week: Saturday 19 December + 7 days of QC.
    expect(early).toEqual({ shipDate: '2026-12-26' });
    expect(later.shipDate !== null && later.shipDate > '2026-12-26').toBe(true);
    expect(await t.must('plan:assignments', {})).toEqual(before);
    expect(await t.must('plan:promise', { lines: [{ sku: 'NOPE', qty: 1 }] })).toMatchObject({ shipDate: null, reason: 'unknown-sku' });
    expect(await t.call('plan:promise', { lines: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('plan:promise', { lines: [{ sku: 'TAS-01', qty: 0 }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
