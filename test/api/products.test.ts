import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { AppError } from '../../shared/result';
import { productInput } from '../../shared/domain/catalogue';
import { writeProduct } from '../../main/core/catalogue/products';
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

const tote = {
  sku: 'TAS-PU-001', name: 'Tote PU Hitam', category: 'Tas', hsCode: '4202.22.10', outerMaterial: 'sintetis' as const,
  labourMinutes: 150, cartonQty: 12, cartonLengthCm: 60, cartonWidthCm: 40, cartonHeightCm: 40, cartonGrossKg: 9.5,
  price: 85_000, currency: 'IDR' as const,
};

describe('products', () => {
  it('stores a product with the category matched by name and the HS code in BTKI form', async () => {
    const saved = await t.must('products:save', { ...tote, category: 'bags', hsCode: '42022210' });
    expect(saved).toMatchObject({ sku: 'TAS-PU-001', category: 'tas', hsCode: '4202.22.10', uom: 'pcs', bomLines: 0 });
    expect((await t.must('products:list', {})).map((p) => p.sku)).toEqual(['TAS-PU-001']);
    const detail = await t.must('products:get', { id: saved.id });
    expect(detail.bom).toEqual([]);
  });

  it('refuses an unknown category, naming the known ones, and stores nothing', async () => {
    const error = refusal(await t.call('products:save', { ...tote, category: 'perahu' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('perahu');
    expect(error.details).toEqual({ field: 'category' });
    expect(await t.must('products:list', {})).toHaveLength(0);
  });

  it('refuses a bad HS code, a zero carton quantity and a negative price', async () => {
    const error = refusal(await t.call('products:save', { ...tote, hsCode: '4202', cartonQty: 0, price: -1 }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('hsCode');
    expect(error.message).toContain('cartonQty');
    expect(error.message).toContain('price');
    expect(await t.must('products:list', {})).toHaveLength(0);
  });

  it('refuses a SKU already in use, whatever its case', async () => {
    await t.must('products:save', tote);
    const error = refusal(await t.call('products:save', { ...tote, sku: 'tas-pu-001', name: 'Lain' }));
    expect(error.code).toBe('DUPLICATE');
    expect(error.details).toEqual({ field: 'sku' });
    expect((await t.must('products:list', {})).map((p) => p.name)).toEqual(['Tote PU Hitam']);
  });

  it('removes softly, restores, and refuses a restore whose SKU was taken meanwhile', async () => {
    const first = await t.must('products:save', tote);
    await t.must('products:remove', { id: first.id });
    expect(await t.must('products:list', {})).toHaveLength(0);
    expect(await t.must('products:list', { includeRemoved: true })).toHaveLength(1);
    await t.must('products:restore', { id: first.id });
    expect(await t.must('products:list', {})).toHaveLength(1);

    await t.must('products:remove', { id: first.id });
    await t.must('products:save', { ...tote, name: 'Tote PU Baru' });
    expect(refusal(await t.call('products:restore', { id: first.id })).code).toBe('DUPLICATE');
  });

  it('writes every change to the audit log', async () => {
    const saved = await t.must('products:save', tote);
    await t.must('products:save', { ...tote, id: saved.id, price: 90_000 });
    await t.must('products:remove', { id: saved.id });
    const entries = await t.must('audit:list', { entity: 'product', entityId: saved.id });
    expect(entries.map((e) => e.action)).toEqual(['remove', 'update', 'create']);
  });
});

describe('writeProduct, as importers call it', () => {
  it('names the offending field in the error details', () => {
    const values = productInput.parse({ ...tote, category: 'Kapal' });
    let caught: unknown;
    try {
      writeProduct(t.ctx, values);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught instanceof AppError && caught.details).toEqual({ field: 'category' });
  });

  it('writes inside the caller\'s transaction, so a later failure takes it back', async () => {
    const good = productInput.parse(tote);
    const bad = productInput.parse({ ...tote, sku: 'TAS-PU-002', category: 'Kapal' });
    expect(() => t.app.db.transaction(() => [good, bad].map((v) => writeProduct(t.ctx, v)))()).toThrow(AppError);
    expect(await t.must('products:list', {})).toHaveLength(0);
    expect(await t.must('audit:list', { entity: 'product' })).toHaveLength(0);
  });
});
