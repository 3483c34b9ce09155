import { describe, expect, it } from 'vitest';
import { addDays } from '../../main/core/planning/calendar';
import { runEngine } from '../../main/core/planning/engine';
import { DEFAULT_SETTINGS } from '../../main/core/planning/types';
import { input, keptWeek, line, loadByUnitWeek, qtyByUnit, unit, weekCapacity } from './fixtures';

// monthlyCapacity 520 × 12 / 52 = 120 pieces a full week (Monday to Saturday).

describe('allocation', () => {
  it('finishes a line that fits before ship-by less the QC days', () => {
    const order = line('2027-01-15', 600);
    const result = runEngine(input({ units: [unit(1), unit(2)], lines: [order] }));
    expect(result.late).toEqual([]);
    expect(result.assignments.reduce((sum, a) => sum + a.qty, 0)).toBe(600);
    const finishBy = addDays('2027-01-15', -DEFAULT_SETTINGS.qcDays);
    for (const a of result.assignments) {
      expect(a.end <= finishBy).toBe(true);
      expect(a.weeks.every((w) => w.weekStart <= finishBy)).toBe(true);
      expect(a.weeks.reduce((sum, w) => sum + w.qty, 0)).toBe(a.qty);
    }
  });

  it('never puts more in a week than a workshop can make, kept work included', () => {
    const units = [unit(1), unit(2, { monthlyCapacity: 300 }), unit(3, { monthlyCapacity: 1000 })];
    const lines = Array.from({ length: 30 }, (_, i) => line(addDays('2026-12-10', i * 3), 150 + ((i * 37) % 300)));
    const kept = [keptWeek(9, 999, 1, '2026-11-30', 100, { end: '2026-12-05' })];
    const result = runEngine(input({ units, lines, kept }));
    expect(result.late.length).toBeGreaterThan(0); // the test must reach full capacity to mean anything
    const load = loadByUnitWeek(result);
    load.set('U001 2026-11-30', (load.get('U001 2026-11-30') ?? 0) + 100);
    for (const [key, qty] of load) {
      const [code, week] = key.split(' ');
      const index = units.findIndex((u) => u.unitCode === code);
      expect(qty, key).toBeLessThanOrEqual(weekCapacity(result.scene.book, index, week));
    }
  });

  it('shares work among members in proportion to their capacity', () => {
    const capacities = [260, 520, 1040, 1560];
    const units = capacities.map((monthlyCapacity, i) => unit(i + 1, { monthlyCapacity }));
    // About half of 8 weeks of the centre's capacity, in lines of different sizes and dates.
    const lines = Array.from({ length: 24 }, (_, i) => line(addDays('2026-12-21', (i % 6) * 7), 60 + ((i * 53) % 140)));
    const result = runEngine(input({ units, lines }));
    expect(result.late).toEqual([]);
    expect(result.fairness).toMatchObject({ measure: 'member-load', units: 4, withWork: 4 });
    expect(result.fairness.cv).toBeLessThan(0.15);
    expect(result.fairness.highest - result.fairness.lowest).toBeLessThan(0.15);
    const byUnit = qtyByUnit(result);
    const total = [...byUnit.values()].reduce((a, b) => a + b, 0);
    capacities.forEach((capacity, i) => {
      const share = (byUnit.get(units[i].unitCode) ?? 0) / total;
      expect(share).toBeGreaterThan((capacity / 3380) * 0.75);
      expect(share).toBeLessThan((capacity / 3380) * 1.25);
    });
  });

  it('gives export orders to grade A workshops first, then B, and domestic ones to all', () => {
    const units = [unit(1, { grade: 'C' }), unit(2, { grade: 'A' }), unit(3, { grade: 'B' }), unit(4, { grade: null })];
    const small = line('2026-12-28', 300, { isExport: true });
    const result = runEngine(input({ units, lines: [small] }));
    expect([...qtyByUnit(result).keys()]).toEqual(['U002']);

    const large = line('2026-12-28', 700, { isExport: true });
    const spread = qtyByUnit(runEngine(input({ units, lines: [large] })));
    expect(spread.get('U002')).toBeGreaterThan(300);
    expect((spread.get('U002') ?? 0) + (spread.get('U003') ?? 0)).toBe(700);
    expect(spread.has('U001') || spread.has('U004')).toBe(false);

    const domestic = qtyByUnit(runEngine(input({ units, lines: [line('2026-12-28', 700)] })));
    expect(domestic.size).toBe(4);
  });

  it('prefers workshops with fewer rejects', () => {
    const units = [unit(1, { rejectRate: 0.3 }), unit(2, { rejectRate: 0 })];
    const byUnit = qtyByUnit(runEngine(input({ units, lines: [line('2027-01-29', 400)] })));
    expect(byUnit.get('U002')).toBeGreaterThan(byUnit.get('U001') ?? 0);
  });

  it('does not split a small line into slivers', () => {
    const units = Array.from({ length: 10 }, (_, i) => unit(i + 1));
    const result = runEngine(input({ units, lines: [line('2027-01-29', 120), line('2027-01-29', 40)] }));
    const sizes = result.assignments.map((a) => a.qty);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(40);
    expect(result.assignments.filter((a) => a.orderNo === result.assignments[result.assignments.length - 1].orderNo)).toHaveLength(1);
  });

  it('puts no work in a Lebaran shutdown week', () => {
    const lebaran = { startsOn: '2026-12-14', endsOn: '2026-12-20', capacityPct: 0 };
    const lines = Array.from({ length: 8 }, (_, i) => line(addDays('2027-01-08', i), 200));
    const result = runEngine(input({ units: [unit(1), unit(2)], lines, calendar: [lebaran] }));
    const weeks = result.assignments.flatMap((a) => a.weeks.map((w) => w.weekStart));
    expect(weeks.length).toBeGreaterThan(0);
    expect(weeks).not.toContain('2026-12-14');
    expect(weeks).toContain('2026-12-21');
    const column = result.weeks.indexOf('2026-12-14');
    expect(result.load.every((row) => row.capacity[column] === 0 && row.load[column] === 0)).toBe(true);
  });

  it('counts Ramadan hours and holidays as part-weeks', () => {
    const calendar = [{ startsOn: '2026-11-30', endsOn: '2026-12-05', capacityPct: 50 }, { startsOn: '2026-12-08', endsOn: '2026-12-08', capacityPct: 0 }];
    const result = runEngine(input({ calendar, lines: [line('2027-03-01', 10_000)] }));
    expect(result.load[0].capacity.slice(0, 3)).toEqual([120, 60, 100]);
  });

  it('keeps a pinned assignment and plans the rest of the line around it', () => {
    const order = line('2026-12-28', 400);
    const pinned = keptWeek(7, order.orderLineId, 1, '2026-11-30', 120, { end: '2026-12-05' });
    const result = runEngine(input({ units: [unit(1), unit(2)], lines: [order], kept: [pinned] }));
    expect(result.assignments.find((a) => a.keptId === 7)).toMatchObject({ unitCode: 'U001', qty: 120, isPinned: true });
    expect(result.assignments.reduce((sum, a) => sum + a.qty, 0)).toBe(400);
    const u1 = result.assignments.filter((a) => a.unitCode === 'U001' && a.keptId === null);
    expect(u1.flatMap((a) => a.weeks).some((w) => w.weekStart === '2026-11-30')).toBe(false);
  });

  it('reports lines it cannot finish in time, with the reason and the shortfall', () => {
    const unmade = line('2027-01-15', 100, { productId: 2 });
    const tooBig = line('2026-12-14', 1000);
    const passed = line('2026-11-20', 50);
    const tooClose = line('2026-11-27', 50);
    const result = runEngine(input({ units: [unit(1)], lines: [unmade, tooBig, passed, tooClose] }));
    const late = new Map(result.late.map((l) => [l.orderNo, l]));
    expect(late.get(unmade.orderNo)).toMatchObject({ reason: 'no-unit', shortQty: 100, sku: 'DOM-01' });
    // Finish by Monday 7 December: two full weeks of 120 pieces and one day of 20.
    expect(late.get(tooBig.orderNo)).toMatchObject({ reason: 'no-capacity', shortQty: 1000 - 260 });
    expect(late.get(passed.orderNo)).toMatchObject({ reason: 'ship-by-passed', shortQty: 50 });
    expect(late.get(tooClose.orderNo)).toMatchObject({ reason: 'no-time', shortQty: 50 });
    expect(result.assignments.filter((a) => a.orderNo === tooBig.orderNo).reduce((s, a) => s + a.qty, 0)).toBe(260);
  });

  it('leaves inactive workshops out', () => {
    const result = runEngine(input({ units: [unit(1, { isActive: false })], lines: [line('2027-01-15', 100)] }));
    expect(result.late[0]).toMatchObject({ reason: 'no-unit' });
  });
});
