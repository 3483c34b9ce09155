import { describe, expect, it } from 'vitest';
import { runEngine } from '../../main/core/planning/engine';
import { planMaterials } from '../../main/core/planning/mrp';
import type { BomItem } from '../../main/core/planning/types';
import { input, line, material, TODAY, unit } from './fixtures';

/** A bag takes 2 sqft of leather net, 20 % cutting waste: 2,5 sqft gross. Leather comes by the 50-sqft hide. */
const bom = new Map<number, BomItem[]>([[1, [{ materialId: 1, qtyPerUnit: 2, wastePct: 20 }]]]);
const leather = material(1, { purchaseUom: 'hide', purchaseFactor: 50, leadTimeDays: 14, safetyStock: 20, onHand: 120 });

describe('the material plan', () => {
  it('nets stock less safety stock and open purchases, over all orders together', () => {
    // 40 bags (100 sqft) from 30 November, 60 bags (150 sqft) from 14 December. On hand 120 − 20 safety = 100;
    // 100 sqft arrive on 10 December. Each order alone would be covered; together they are 50 short.
    const plan = planMaterials(
      TODAY,
      [{ productId: 1, qty: 40, start: '2026-11-30' }, { productId: 1, qty: 60, start: '2026-12-14' }],
      bom,
      [leather],
      [{ materialId: 1, expectedOn: '2026-12-10', qty: 100 }],
    );
    expect(plan.purchases).toEqual([
      expect.objectContaining({ materialCode: 'M1', qty: 50, uom: 'sqft', purchaseQty: 1, purchaseUom: 'hide', needBy: '2026-12-14', orderBy: '2026-11-30', late: false }),
    ]);
  });

  it('counts a purchase that arrives after the need for it instead of buying the same leather twice', () => {
    // 100 sqft needed from 30 November with nothing usable on hand; 150 sqft already ordered, due 10 December.
    const plan = planMaterials(TODAY, [{ productId: 1, qty: 40, start: '2026-11-30' }], bom, [{ ...leather, onHand: 20 }], [
      { materialId: 1, expectedOn: '2026-12-10', qty: 150 },
    ]);
    expect(plan.purchases).toEqual([]);
    // Beyond what is on order, the rest is still suggested.
    const more = planMaterials(TODAY, [{ productId: 1, qty: 100, start: '2026-11-30' }], bom, [{ ...leather, onHand: 20 }], [
      { materialId: 1, expectedOn: '2026-12-10', qty: 150 },
    ]);
    expect(more.purchases.map((p) => [p.needBy, p.qty])).toEqual([['2026-11-30', 100]]);
  });

  it('rounds up to the minimum order and to whole hides, and carries the surplus forward', () => {
    const plan = planMaterials(
      TODAY,
      [{ productId: 1, qty: 44, start: '2026-12-07' }, { productId: 1, qty: 40, start: '2026-12-21' }],
      bom,
      [{ ...leather, onHand: 20, minOrderQty: 120 }],
      [],
    );
    // 110 sqft short on 7 December → at least 120 → 3 hides = 150; the 40 left cover only part of the 100 on 21 December.
    expect(plan.purchases.map((p) => [p.needBy, p.qty, p.purchaseQty])).toEqual([['2026-12-07', 150, 3], ['2026-12-21', 150, 3]]);
  });

  it('offsets by lead time and flags suggestions already too late', () => {
    const plan = planMaterials(TODAY, [{ productId: 1, qty: 10, start: '2026-11-30' }], bom, [{ ...leather, onHand: 0, safetyStock: 0 }], []);
    expect(plan.purchases[0]).toMatchObject({ needBy: '2026-11-30', orderBy: '2026-11-16', late: true, qty: 50 });
    const inTime = planMaterials(TODAY, [{ productId: 1, qty: 10, start: '2027-01-04' }], bom, [{ ...leather, onHand: 0, safetyStock: 0 }], []);
    expect(inTime.purchases[0]).toMatchObject({ orderBy: '2026-12-21', late: false });
  });

  it('restores safety stock that is already short, and pools suggestions by supplier', () => {
    const thread = material(2, { code: 'BNG-01', uom: 'm', supplierName: 'Toko Benang Sidoarjo', unitCost: 10 });
    const twoMaterials = new Map<number, BomItem[]>([[1, [{ materialId: 1, qtyPerUnit: 2, wastePct: 20 }, { materialId: 2, qtyPerUnit: 40, wastePct: 0 }]]]);
    const offcuts = { ...leather, onHand: 10, purchaseUom: 'sheet', purchaseFactor: 5 };
    const plan = planMaterials(TODAY, [{ productId: 1, qty: 10, start: '2026-12-28' }], twoMaterials, [offcuts, thread], []);
    // Leather: 25 needed, 10 on hand of which 20 should stay as safety stock → 35 short → 7 sheets of 5 sqft.
    expect(plan.purchases.find((p) => p.materialCode === 'M1')).toMatchObject({ qty: 35, purchaseQty: 7, purchaseUom: 'sheet' });
    expect(plan.purchases.find((p) => p.materialCode === 'BNG-01')).toMatchObject({ qty: 400, cost: 4000 });
    expect(plan.suppliers.map((s) => [s.supplierName, s.lines])).toEqual([['Penyamakan Magetan', 1], ['Toko Benang Sidoarjo', 1]]);
  });

  it('places requirements at the start week of the plan’s assignments', () => {
    const result = runEngine(input({ units: [unit(1)], lines: [line('2027-01-22', 240)], bom, materials: [{ ...leather, onHand: 0, safetyStock: 0 }] }));
    const starts = [...new Set(result.assignments.map((a) => a.start))];
    expect(result.purchases.map((p) => p.needBy)).toEqual(starts.map((s) => (s < TODAY ? TODAY : s)));
    // Materials take 14 days, so work starts in the week they can arrive, not today.
    expect(starts.every((s) => s >= '2026-12-07')).toBe(true);
    expect(result.purchases.every((p) => !p.late)).toBe(true);
  });
});
