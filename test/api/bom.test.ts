import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { AppError } from '../../shared/result';
import { bomLineInput } from '../../shared/domain/catalogue';
import { writeBomLine } from '../../main/core/catalogue/bom';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

const tote = {
  sku: 'TAS-PU-001', name: 'Tote PU dengan aksen kulit', category: 'tas', hsCode: '4202.22', labourMinutes: 300, cartonQty: 12,
  price: 120_000, currency: 'IDR' as const,
};
const materials = [
  { materialCode: 'KLT-SAPI', name: 'Kulit sapi nabati', category: 'kulit' as const, uom: 'sqft' as const, purchaseUom: 'hide' as const, purchaseFactor: 50 },
  { materialCode: 'PU-137', name: 'PU 137 cm hitam', category: 'kulit-sintetis' as const, uom: 'm' as const },
  { materialCode: 'FUR-01', name: 'Furing drill', category: 'lining' as const, uom: 'm' as const },
  { materialCode: 'RES-5', name: 'Resleting YKK no. 5', category: 'resleting' as const, uom: 'pcs' as const },
  { materialCode: 'BNG-40', name: 'Benang nilon 40', category: 'benang' as const, uom: 'm' as const },
  { materialCode: 'LEM-K', name: 'Lem kuning', category: 'lem' as const, uom: 'kg' as const },
];
/** Six lines: the leather trim loses a quarter to cutting (DOMAIN.md §6: about 25 %). */
const lines = [
  { materialCode: 'KLT-SAPI', qtyPerUnit: 1.5, wastePct: 25 },
  { materialCode: 'PU-137', qtyPerUnit: 0.8, wastePct: 12 },
  { materialCode: 'FUR-01', qtyPerUnit: 0.6, wastePct: 5 },
  { materialCode: 'RES-5', qtyPerUnit: 2 },
  { materialCode: 'BNG-40', qtyPerUnit: 40, wastePct: 10 },
  { materialCode: 'LEM-K', qtyPerUnit: 0.05 },
];

beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('products:save', tote);
  for (const m of materials) await t.must('materials:save', { unitCost: 1000, leadTimeDays: 7, ...m });
});

async function savedBom() {
  return (await t.must('bom:get', { sku: 'TAS-PU-001' })).map((l) => [l.materialCode, l.qtyPerUnit, l.wastePct]);
}

describe('bills of materials', () => {
  it('stores a PU tote of six lines and gives each line what one unit really consumes', async () => {
    await t.must('bom:save', { sku: 'tas-pu-001', lines });
    const bom = await t.must('bom:get', { sku: 'TAS-PU-001' });
    expect(bom).toHaveLength(6);
    const leather = bom.find((l) => l.materialCode === 'KLT-SAPI');
    expect(leather).toMatchObject({ qtyPerUnit: 1.5, wastePct: 25, uom: 'sqft', materialName: 'Kulit sapi nabati' });
    expect(leather?.grossPerUnit).toBeCloseTo(1.5 / (1 - 0.25), 4);
    expect(bom.find((l) => l.materialCode === 'PU-137')?.grossPerUnit).toBeCloseTo(0.8 / 0.88, 4);
    expect(bom.find((l) => l.materialCode === 'RES-5')?.grossPerUnit).toBe(2);
    expect((await t.must('products:list', {}))[0].bomLines).toBe(6);
  });

  it('replaces the whole BOM on save', async () => {
    await t.must('bom:save', { sku: 'TAS-PU-001', lines });
    await t.must('bom:save', { sku: 'TAS-PU-001', lines: [{ materialCode: 'PU-137', qtyPerUnit: 0.9, wastePct: 15 }] });
    expect(await savedBom()).toEqual([['PU-137', 0.9, 15]]);
  });

  it('refuses a line for an unknown material and keeps the BOM as it was', async () => {
    await t.must('bom:save', { sku: 'TAS-PU-001', lines });
    const before = await savedBom();
    const error = refusal(await t.call('bom:save', { sku: 'TAS-PU-001', lines: [...lines.slice(0, 3), { materialCode: 'KLT-BUAYA', qtyPerUnit: 1 }] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('KLT-BUAYA');
    expect(error.details).toEqual({ field: 'lines', line: 4 });
    expect(await savedBom()).toEqual(before);
  });

  it.each([
    ['a zero quantity', { qtyPerUnit: 0 }, 'lebih dari nol'],
    ['a negative quantity', { qtyPerUnit: -1 }, 'lebih dari nol'],
    ['waste of 100 %', { wastePct: 100 }, 'di bawah 100 %'],
    ['waste above 100 %', { wastePct: 130 }, 'di bawah 100 %'],
    ['negative waste', { wastePct: -5 }, 'negatif'],
  ])('refuses %s and changes nothing', async (_label, change, words) => {
    await t.must('bom:save', { sku: 'TAS-PU-001', lines });
    const before = await savedBom();
    const bad = lines.map((l, i) => (i === 2 ? { ...l, ...change } : l));
    const error = refusal(await t.call('bom:save', { sku: 'TAS-PU-001', lines: bad }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('lines.2');
    expect(error.message.toLowerCase()).toContain(words);
    expect(await savedBom()).toEqual(before);
  });

  it('refuses the same material twice, an unknown product and a removed material', async () => {
    const twice = refusal(await t.call('bom:save', { sku: 'TAS-PU-001', lines: [lines[0], { ...lines[0], materialCode: 'klt-sapi' }] }));
    expect(twice.details).toEqual({ field: 'lines', line: 2 });
    const unknown = refusal(await t.call('bom:save', { sku: 'TAS-XXX', lines }));
    expect(unknown.message).toContain('TAS-XXX');
    expect(refusal(await t.call('bom:get', { sku: 'TAS-XXX' })).details).toEqual({ field: 'sku' });

    const glue = (await t.must('materials:list', {})).find((m) => m.materialCode === 'LEM-K');
    await t.must('materials:remove', { id: glue?.id ?? 0 });
    const removed = refusal(await t.call('bom:save', { sku: 'TAS-PU-001', lines }));
    expect(removed.message).toContain('LEM-K');
    expect(await savedBom()).toEqual([]);
  });

  it('records the change of a BOM, with what it was before, in the audit log', async () => {
    const product = (await t.must('products:list', {}))[0];
    await t.must('bom:save', { sku: 'TAS-PU-001', lines });
    const entries = await t.must('audit:list', { entity: 'product', entityId: product.id });
    expect(entries.map((e) => e.action)).toEqual(['bom', 'create']);
  });
});

describe('writeBomLine, as importers call it', () => {
  function failure(values: unknown): unknown {
    try {
      t.app.db.transaction(() => writeBomLine(t.ctx, bomLineInput.parse(values)))();
    } catch (error) {
      return error instanceof AppError ? error.details : error;
    }
    return 'written';
  }

  it('adds one line or replaces the same material, and names the field of an unknown reference', async () => {
    t.app.db.transaction(() => writeBomLine(t.ctx, bomLineInput.parse({ sku: 'TAS-PU-001', ...lines[0] })))();
    t.app.db.transaction(() => writeBomLine(t.ctx, bomLineInput.parse({ sku: 'TAS-PU-001', ...lines[0], qtyPerUnit: 2 })))();
    expect(await savedBom()).toEqual([['KLT-SAPI', 2, 25]]);
    expect(failure({ sku: 'TAS-NONE', ...lines[1] })).toEqual({ field: 'sku' });
    expect(failure({ sku: 'TAS-PU-001', materialCode: 'NONE', qtyPerUnit: 1 })).toEqual({ field: 'materialCode' });
    expect(await savedBom()).toEqual([['KLT-SAPI', 2, 25]]);
  });
});
