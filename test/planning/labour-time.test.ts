import { describe, expect, it } from 'vitest';
import { runEngine } from '../../main/core/planning/engine';
import { DEFAULT_SETTINGS } from '../../main/core/planning/types';
import { input, line, loadByUnitWeek, unit } from './fixtures';

// 23 November 2026 is a Monday. A workshop of 6 workers at the default 40 hours offers
// 6 × 40 × 60 = 14,400 labour minutes a full week; 520 pieces a month are 120 pieces a week.
const TOTE = { id: 1, sku: 'TAS-01', categoryCode: 'tas', labourMinutes: 300 };
const POUCH = { id: 1, sku: 'TAS-01', categoryCode: 'tas', labourMinutes: 10 };
const UNTIMED = { id: 1, sku: 'TAS-01', categoryCode: 'tas', labourMinutes: 0 };

function weeksOf(result: ReturnType<typeof runEngine>): number[] {
  return [...loadByUnitWeek(result).values()];
}

describe("capacity in people's time as well as pieces", () => {
  it("never gives a workshop more than its workers' time allows (the 174 totes of 300 minutes in one week)", () => {
    // 1,750 pieces a month would be 403 a week; 14,400 minutes ÷ 300 = 48 totes a week.
    const units = [unit(1, { monthlyCapacity: 1750, workers: 6 })];
    const result = runEngine(input({ units, products: [TOTE], lines: [line('2027-03-01', 174)] }));
    expect(result.late).toEqual([]);
    expect(Math.max(...weeksOf(result))).toBe(48);
    expect(result.assignments[0]).toMatchObject({ qty: 174, minutes: 174 * 300 });
    expect(result.assignments[0].weeks.map((w) => w.qty)).toEqual([48, 48, 48, 30]);
    const row = result.load[0];
    expect(row.capacity[0]).toBe(403);
    expect(row.capacityMinutes[0]).toBe(14_400);
    expect(row.loadMinutes[0]).toBe(48 * 300);
    row.loadMinutes.forEach((minutes, w) => expect(minutes).toBeLessThanOrEqual(row.capacityMinutes[w]));
  });

  it('is bound by pieces where the work is light', () => {
    // 14,400 minutes ÷ 10 = 1,440 pouches by time; 120 by pieces.
    const result = runEngine(input({ units: [unit(1)], products: [POUCH], lines: [line('2027-03-01', 300)] }));
    expect(result.assignments[0].weeks.map((w) => w.qty)).toEqual([120, 120, 60]);
  });

  it('cuts pieces and time alike by the production calendar', () => {
    // Ramadan hours at 50 % in the second week: 60 pieces or 7,200 minutes (24 totes).
    const calendar = [{ startsOn: '2026-11-30', endsOn: '2026-12-05', capacityPct: 50 }];
    const totes = runEngine(input({ units: [unit(1)], products: [TOTE], calendar, lines: [line('2027-03-01', 100)] }));
    expect(totes.assignments[0].weeks.map((w) => w.qty)).toEqual([48, 24, 28]);
    const pouches = runEngine(input({ units: [unit(1)], products: [POUCH], calendar, lines: [line('2027-03-01', 200)] }));
    expect(pouches.assignments[0].weeks.map((w) => w.qty)).toEqual([120, 60, 20]);
  });

  it('takes the working hours from the centre setting', () => {
    // 6 workers × 20 hours × 60 = 7,200 minutes: 24 totes a week.
    const settings = { ...DEFAULT_SETTINGS, workHoursPerWeek: 20 };
    const result = runEngine(input({ units: [unit(1)], products: [TOTE], lines: [line('2027-03-01', 60)] }), settings);
    expect(result.assignments[0].weeks.map((w) => w.qty)).toEqual([24, 24, 12]);
  });

  it('plans only what a workshop offers the cooperative, in pieces and in people', () => {
    // Offers 260 of its 520 pieces a month: 60 pieces a week, and half its people: 7,200 minutes.
    const half = unit(1, { offeredCapacity: 260 });
    const pouches = runEngine(input({ units: [half], products: [POUCH], lines: [line('2027-03-01', 150)] }));
    expect(pouches.assignments[0].weeks.map((w) => w.qty)).toEqual([60, 60, 30]);
    expect(pouches.load[0].capacity[0]).toBe(60);
    const totes = runEngine(input({ units: [half], products: [TOTE], lines: [line('2027-03-01', 50)] }));
    expect(totes.assignments[0].weeks.map((w) => w.qty)).toEqual([24, 24, 2]);
    expect(totes.load[0].capacityMinutes[0]).toBe(7_200);
  });

  it('counts the time of kept work of another product in the same week', () => {
    // A pinned SPK of 40 totes (12,000 minutes) leaves 2,400 minutes: 8 more totes that week.
    const kept = [{ id: 5, orderLineId: 999, unitId: 1, qty: 40, countedQty: 40, start: '2026-11-23', end: '2026-11-28', isPinned: true, status: 'issued' as const, weeks: [{ weekStart: '2026-11-23', qty: 40 }], labourMinutes: 300 }];
    const result = runEngine(input({ units: [unit(1)], products: [TOTE], kept, lines: [line('2027-03-01', 20)] }));
    const placed = result.assignments.find((a) => a.keptId === null);
    expect(placed?.weeks.map((w) => w.qty)).toEqual([8, 12]);
  });

  it('plans a product without labour minutes by pieces and names it', () => {
    const result = runEngine(input({ units: [unit(1, { workers: 1 })], products: [UNTIMED], lines: [line('2027-03-01', 240)] }));
    expect(result.assignments[0].weeks.map((w) => w.qty)).toEqual([120, 120]);
    expect(result.assignments[0]).toMatchObject({ minutes: 0, reason: { byPieces: true } });
    expect(result.byPieces).toEqual(['TAS-01']);
    const timed = runEngine(input({ units: [unit(1)], products: [TOTE], lines: [line('2027-03-01', 24)] }));
    expect(timed.byPieces).toEqual([]);
    expect(timed.assignments[0].reason.byPieces).toBe(false);
  });
});
