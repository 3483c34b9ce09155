import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { findSupplierByName } from '../../main/core/catalogue/supplier-queries';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

const cowhide = {
  materialCode: 'KLT-SAPI', name: 'Kulit sapi nabati', category: 'kulit' as const, uom: 'sqft' as const, purchaseUom: 'hide' as const,
  purchaseFactor: 50, unitCost: 45_000, supplier: 'Penyamakan Magetan', leadTimeDays: 14, minOrderQty: 100, reorderPoint: 200, safetyStock: 100,
};

describe('materials', () => {
  it('stores a material, creating its supplier on first use only', async () => {
    const saved = await t.must('materials:save', cowhide);
    expect(saved).toMatchObject({ materialCode: 'KLT-SAPI', currency: 'IDR', supplier: 'Penyamakan Magetan', onHand: 0 });
    const second = await t.must('materials:save', { ...cowhide, materialCode: 'KLT-DOMBA', name: 'Kulit domba', supplier: 'penyamakan magetan' });
    // One supplier, found again whatever the case it was typed in.
    expect(second.supplier).toBe('Penyamakan Magetan');
    expect(findSupplierByName(t.app.db, 'PENYAMAKAN MAGETAN')).toBeDefined();
    expect((await t.must('materials:list', {})).map((m) => m.materialCode)).toEqual(['KLT-DOMBA', 'KLT-SAPI']);
  });

  it('refuses an unknown category, unit and currency, a negative lead time, and stores nothing', async () => {
    const error = refusal(
      await t.call('materials:save', { ...cowhide, category: 'kayu' as 'kulit', uom: 'ons' as 'kg', currency: 'RMB' as 'CNY', leadTimeDays: -2 }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    for (const field of ['category', 'uom', 'currency', 'leadTimeDays']) expect(error.message).toContain(field);
    expect(await t.must('materials:list', {})).toHaveLength(0);
    expect(findSupplierByName(t.app.db, cowhide.supplier)).toBeUndefined();
  });

  it('refuses a material code already in use, whatever its case', async () => {
    await t.must('materials:save', cowhide);
    const error = refusal(await t.call('materials:save', { ...cowhide, materialCode: 'klt-sapi', name: 'Lain' }));
    expect(error.code).toBe('DUPLICATE');
    expect(error.details).toEqual({ field: 'materialCode' });
  });

  it('shows stock on hand as of today, leaving out movements dated later', async () => {
    await t.must('materials:save', cowhide);
    await t.must('stock:record', { materialCode: 'KLT-SAPI', kind: 'opening', qty: 500, date: '2026-01-02' });
    await t.must('stock:record', { materialCode: 'KLT-SAPI', kind: 'receipt', qty: 150.5, date: '2026-11-23' });
    await t.must('stock:record', { materialCode: 'KLT-SAPI', kind: 'receipt', qty: 300, date: '2026-12-01' });
    expect((await t.must('materials:list', {}))[0].onHand).toBe(650.5);
  });

  it('removes softly, refuses new movements of a removed material, and restores', async () => {
    const saved = await t.must('materials:save', cowhide);
    await t.must('materials:remove', { id: saved.id });
    expect(await t.must('materials:list', {})).toHaveLength(0);
    const error = refusal(await t.call('stock:record', { materialCode: 'KLT-SAPI', kind: 'receipt', qty: 10, date: '2026-11-01' }));
    expect(error.details).toEqual({ field: 'materialCode' });
    await t.must('materials:restore', { id: saved.id });
    expect(await t.must('materials:list', {})).toHaveLength(1);
  });

  it('writes every change to the audit log', async () => {
    const saved = await t.must('materials:save', cowhide);
    await t.must('materials:save', { ...cowhide, id: saved.id, unitCost: 50_000 });
    await t.must('materials:remove', { id: saved.id });
    await t.must('materials:restore', { id: saved.id });
    const entries = await t.must('audit:list', { entity: 'material', entityId: saved.id });
    expect(entries.map((e) => e.action)).toEqual(['restore', 'remove', 'update', 'create']);
  });
});
