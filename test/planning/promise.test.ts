import { describe, expect, it } from 'vitest';
import { promiseOn, runEngine } from '../../main/core/planning/engine';
import type { BomItem } from '../../main/core/planning/types';
import { input, line, material, unit } from './fixtures';

// One workshop of 120 pieces a week; today is Monday 23 November 2026; QC takes 7 days.

describe('a promise', () => {
  it('ships QC days after the last piece could be made in spare capacity', () => {
    const plan = runEngine(input());
    expect(promiseOn(plan, [{ sku: 'TAS-01', qty: 120 }])).toEqual({ shipDate: '2026-12-05' });
    // 60 pieces are half a week: done on Wednesday.
    expect(promiseOn(plan, [{ sku: 'tas-01', qty: 60 }])).toEqual({ shipDate: '2026-12-02' });
  });

  it('gives a later date when the plan has filled the capacity, and changes nothing', () => {
    const idle = promiseOn(runEngine(input()), [{ sku: 'TAS-01', qty: 240 }]);
    const busy = runEngine(input({ lines: [line('2026-12-19', 240)] }));
    const used = busy.scene.book.used.slice();
    const assignments = JSON.stringify(busy.assignments);
    const later = promiseOn(busy, [{ sku: 'TAS-01', qty: 240 }]);
    expect(idle).toEqual({ shipDate: '2026-12-12' });
    expect(later).toEqual({ shipDate: '2026-12-26' });
    expect(busy.scene.book.used).toEqual(used);
    expect(JSON.stringify(busy.assignments)).toBe(assignments);
    expect(promiseOn(busy, [{ sku: 'TAS-01', qty: 240 }])).toEqual(later);
  });

  it('adds the lines of one order together', () => {
    const plan = runEngine(input());
    expect(promiseOn(plan, [{ sku: 'TAS-01', qty: 120 }, { sku: 'TAS-01', qty: 120 }])).toEqual({ shipDate: '2026-12-12' });
  });

  it('waits for materials that stock cannot cover', () => {
    const bom = new Map<number, BomItem[]>([[1, [{ materialId: 1, qtyPerUnit: 2, wastePct: 0 }]]]);
    const covered = runEngine(input({ bom, materials: [material(1, { leadTimeDays: 14, onHand: 240 })] }));
    expect(promiseOn(covered, [{ sku: 'TAS-01', qty: 120 }])).toEqual({ shipDate: '2026-12-05' });
    const short = runEngine(input({ bom, materials: [material(1, { leadTimeDays: 14, onHand: 100 })] }));
    expect(promiseOn(short, [{ sku: 'TAS-01', qty: 120 }])).toEqual({ shipDate: '2026-12-19' });
  });

  it('skips a Lebaran shutdown', () => {
    const plan = runEngine(input({ calendar: [{ startsOn: '2026-11-23', endsOn: '2026-11-29', capacityPct: 0 }] }));
    expect(promiseOn(plan, [{ sku: 'TAS-01', qty: 120 }])).toEqual({ shipDate: '2026-12-12' });
  });

  it('says why it cannot promise', () => {
    const plan = runEngine(input({ units: [unit(1, { monthlyCapacity: 52 })] }));
    expect(promiseOn(plan, [{ sku: 'NOPE', qty: 1 }])).toEqual({ shipDate: null, reason: 'unknown-sku', sku: 'NOPE' });
    expect(promiseOn(plan, [{ sku: 'DOM-01', qty: 1 }])).toEqual({ shipDate: null, reason: 'no-unit', sku: 'DOM-01' });
    expect(promiseOn(plan, [{ sku: 'TAS-01', qty: 100_000 }])).toMatchObject({ shipDate: null, reason: 'beyond-horizon' });
  });
});
