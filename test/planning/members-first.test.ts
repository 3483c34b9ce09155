import { describe, expect, it } from 'vitest';
import { runEngine } from '../../main/core/planning/engine';
import { DEFAULT_SETTINGS } from '../../main/core/planning/types';
import { input, keptWeek, line, qtyByUnit, unit } from './fixtures';

// 23 November 2026 is a Monday. Ship by 21 December less 7 days of QC: finished by Monday
// 14 December, so a workshop of 120 pieces a week has three full weeks and one day: 380 pieces.
const SHIP_BY = '2026-12-21';
const members = [unit(1), unit(2)];
const outsider = unit(3, { isMember: false, monthlyCapacity: 2600 });

describe('members first', () => {
  it("gives a line to members' workshops only while they can finish it", () => {
    const result = runEngine(input({ units: [...members, outsider], lines: [line(SHIP_BY, 400)] }));
    expect(Object.fromEntries(qtyByUnit(result))).toEqual({ U001: 200, U002: 200 });
    for (const a of result.assignments) {
      expect(a.memberNo).toBe(a.unitCode === 'U001' ? 'INT-1' : 'INT-2');
      expect(a.reason).toMatchObject({ kind: 'member-share', sharePct: 50, fullUntil: null });
    }
  });

  it('gives a workshop no active member owns only what members cannot finish by the deadline, and says so', () => {
    const result = runEngine(input({ units: [...members, outsider], lines: [line(SHIP_BY, 1000)] }));
    expect(result.late).toEqual([]);
    expect(Object.fromEntries(qtyByUnit(result))).toEqual({ U001: 380, U002: 380, U003: 240 });
    const outside = result.assignments.find((a) => a.unitCode === 'U003');
    expect(outside).toMatchObject({ memberNo: null, reason: { kind: 'non-member', fullUntil: '2026-12-14', sharePct: 24 } });
    for (const a of result.assignments.filter((x) => x.unitCode !== 'U003')) {
      // Members' weeks are full to the last piece.
      expect(a.reason.loadPct).toBe(100);
    }
  });

  it('shares among everyone in proportion to free room when the centre turns the rule off', () => {
    const settings = { ...DEFAULT_SETTINGS, membersFirst: false };
    const result = runEngine(input({ units: [...members, outsider], lines: [line(SHIP_BY, 400)] }), settings);
    const byUnit = qtyByUnit(result);
    // Free room 380 : 380 : 2,300 (600 a week × 3 + 100 on the Monday … less nothing): the outsider takes most.
    expect(byUnit.get('U003')).toBeGreaterThan(200);
    expect(result.assignments.every((a) => a.reason.kind === 'shared')).toBe(true);
  });

  it("names each share's part of the order and its workshop's fullest week", () => {
    const result = runEngine(input({ units: members, lines: [line('2027-03-01', 240)] }));
    expect(result.assignments).toHaveLength(2);
    for (const a of result.assignments) {
      expect(a.qty).toBe(120);
      expect(a.reason).toMatchObject({ kind: 'member-share', sharePct: 50, loadPct: 100, loadWeek: '2026-11-23', grade: null });
    }
  });

  it('serves grade A members first on an export line, and says so', () => {
    const units = [unit(1, { grade: 'A' }), unit(2, { grade: 'C' }), unit(3, { grade: 'A', isMember: false })];
    const result = runEngine(input({ units, lines: [line(SHIP_BY, 300, { isExport: true })] }));
    expect(Object.fromEntries(qtyByUnit(result))).toEqual({ U001: 300 });
    expect(result.assignments[0].reason).toMatchObject({ kind: 'member-share', grade: 'A', sharePct: 100 });
    // Beyond grade A members' room the other members come before any outsider, whatever its grade.
    const big = runEngine(input({ units, lines: [line(SHIP_BY, 700, { isExport: true })] }));
    expect(Object.fromEntries(qtyByUnit(big))).toEqual({ U001: 380, U002: 320 });
  });

  it('counts a member who is not active as an outsider', () => {
    const dormantMember = unit(2, { isMember: false });
    const result = runEngine(input({ units: [unit(1), dormantMember], lines: [line(SHIP_BY, 300)] }));
    expect(Object.fromEntries(qtyByUnit(result))).toEqual({ U001: 300 });
  });

  it('reports the spread among members in figures a member can read', () => {
    // Finished by Saturday 19 December: four full weeks, 480 pieces a workshop.
    const units = [unit(1), unit(2), unit(3, { categories: ['dompet'] }), outsider];
    const result = runEngine(input({ units, lines: [line('2026-12-26', 480)] }));
    // Only members making bags count; the line is split between the two, 240 of 480 each.
    expect(result.fairness).toMatchObject({ measure: 'member-load', units: 2, withWork: 2, lowest: 0.5, highest: 0.5, weeks: 4 });
    // A line of 60 is one lot: one member gets it (60 of 480 = 12.5 %), the other nothing.
    const small = runEngine(input({ units, lines: [line('2026-12-26', 60)] }));
    expect(small.fairness).toMatchObject({ units: 2, withWork: 1, lowest: 0, highest: 0.125 });
  });
});

describe('manual choices stay', () => {
  it('keeps a pinned quantity exactly and gives that workshop nothing more of the line', () => {
    const order = line('2027-03-01', 400);
    const kept = [keptWeek(7, order.orderLineId, 1, '2026-11-23', 50)];
    const result = runEngine(input({ units: members, lines: [order], kept }));
    expect(Object.fromEntries(qtyByUnit(result))).toEqual({ U001: 50, U002: 350 });
    expect(result.assignments.find((a) => a.keptId === 7)?.reason.kind).toBe('by-hand');
  });

  it('keeps a line whose split was moved by hand exactly as moved (the 174 pieces that came back as 206)', () => {
    // U001 had its 174 moved to U002 by hand: the line's split is pinned as the manager left it.
    const order = line('2027-03-01', 400);
    const kept = [keptWeek(7, order.orderLineId, 2, '2026-11-23', 120), keptWeek(8, order.orderLineId, 2, '2026-11-30', 120), keptWeek(9, order.orderLineId, 3, '2026-11-23', 160)];
    const result = runEngine(input({ units: [...members, unit(3, { monthlyCapacity: 1040 })], lines: [order], kept }));
    expect(result.assignments.filter((a) => a.keptId === null)).toEqual([]);
    expect(qtyByUnit(result).has('U001')).toBe(false);
  });
});
