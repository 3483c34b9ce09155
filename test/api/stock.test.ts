import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { AppError } from '../../shared/result';
import { stockMovementInput } from '../../shared/domain/materials';
import { recordMovement } from '../../main/core/stock/stock';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('materials:save', {
    materialCode: 'PU-137', name: 'PU 137 cm hitam', category: 'kulit-sintetis', uom: 'm', unitCost: 38_000, leadTimeDays: 3, reorderPoint: 80,
  });
  await t.must('units:save', { unitCode: 'UU-0007', name: 'Tas Sari', categories: ['tas'], workers: 6, monthlyCapacity: 600, isActive: true });
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

const pu = { materialCode: 'PU-137' };

async function onHand(asOf: string): Promise<number | undefined> {
  return (await t.must('stock:balances', { asOf })).find((b) => b.materialCode === 'PU-137')?.onHand;
}

async function movementCount(): Promise<number> {
  return (await t.must('stock:movements', {})).length;
}

describe('the stock ledger', () => {
  it('gives stock on hand as of any date as the sum of movements up to it', async () => {
    await t.must('stock:record', { ...pu, kind: 'opening', qty: 100, date: '2026-01-05' });
    await t.must('stock:record', { ...pu, kind: 'receipt', qty: 50, date: '2026-02-01' });
    await t.must('stock:record', { ...pu, kind: 'issue', qty: 30.25, date: '2026-03-01', unitCode: 'UU-0007' });
    await t.must('stock:record', { ...pu, kind: 'adjustment', qty: -0.75, date: '2026-03-02', note: 'stock opname: sisa potongan rusak' });
    expect(await onHand('2025-12-31')).toBe(0);
    expect(await onHand('2026-01-31')).toBe(100);
    expect(await onHand('2026-02-15')).toBe(150);
    expect(await onHand('2026-03-01')).toBe(119.75);
    expect(await onHand('2026-03-31')).toBe(119);
    // Today's balance is the default, and the list of materials agrees with it.
    expect((await t.must('stock:balances', {}))[0].onHand).toBe(119);
    expect((await t.must('materials:list', {}))[0].onHand).toBe(119);
  });

  it('refuses an issue that would make stock negative, naming material, balance and date', async () => {
    await t.must('stock:record', { ...pu, kind: 'receipt', qty: 20, date: '2026-03-01' });
    const error = refusal(await t.call('stock:record', { ...pu, kind: 'issue', qty: 25, date: '2026-03-10', unitCode: 'UU-0007' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({ field: 'qty' });
    expect(error.message).toBe('stok PU 137 cm hitam akan menjadi -5 m pada 10/03/2026; tidak boleh negatif');
    expect(await movementCount()).toBe(1);
  });

  it('refuses a back-dated issue that breaks a later balance, though its own day would be fine', async () => {
    await t.must('stock:record', { ...pu, kind: 'opening', qty: 100, date: '2026-01-05' });
    await t.must('stock:record', { ...pu, kind: 'issue', qty: 80, date: '2026-03-01', unitCode: 'UU-0007' });
    const error = refusal(await t.call('stock:record', { ...pu, kind: 'issue', qty: 30, date: '2026-02-01', unitCode: 'UU-0007' }, 'en'));
    expect(error.message).toBe('stock of PU 137 cm hitam would become -10 m on 01/03/2026; it must not go negative');
    expect(await onHand('2026-12-31')).toBe(20);
    expect(await movementCount()).toBe(2);
    // Before the opening there was nothing to issue either.
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'issue', qty: 1, date: '2025-12-31', unitCode: 'UU-0007' })).message).toContain('31/12/2025');
  });

  it('refuses a negative adjustment beyond stock, and one without a reason', async () => {
    await t.must('stock:record', { ...pu, kind: 'opening', qty: 10, date: '2026-01-05' });
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'adjustment', qty: -11, date: '2026-02-01', note: 'opname' })).message).toContain('-1 m');
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'adjustment', qty: -1, date: '2026-02-01' })).message).toContain('note');
    expect(await movementCount()).toBe(1);
  });

  it('refuses zero and negative quantities, an issue without a unit and an unknown unit or material', async () => {
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'receipt', qty: 0, date: '2026-02-01' })).message).toContain('qty');
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'receipt', qty: -5, date: '2026-02-01' })).message).toContain('qty');
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'issue', qty: 1, date: '2026-02-01' })).message).toContain('unitCode');
    const unit = refusal(await t.call('stock:record', { ...pu, kind: 'return', qty: 1, date: '2026-02-01', unitCode: 'UU-9999' }));
    expect(unit.details).toEqual({ field: 'unitCode' });
    expect(unit.message).toContain('UU-9999');
    const material = refusal(await t.call('stock:record', { materialCode: 'PU-999', kind: 'receipt', qty: 1, date: '2026-02-01' }));
    expect(material.details).toEqual({ field: 'materialCode' });
    expect(await movementCount()).toBe(0);
  });

  it('keeps what a workshop holds: issued minus returned, and no return beyond it', async () => {
    await t.must('stock:record', { ...pu, kind: 'receipt', qty: 200, date: '2026-04-01' });
    await t.must('stock:record', { ...pu, kind: 'issue', qty: 40, date: '2026-04-02', unitCode: 'uu-0007' });
    const returned = await t.must('stock:record', { ...pu, kind: 'return', qty: 15, date: '2026-04-20', unitCode: 'UU-0007', note: 'sisa potong' });
    expect(returned).toMatchObject({ kind: 'return', qty: 15, delta: 15, unitCode: 'UU-0007', materialName: 'PU 137 cm hitam', uom: 'm' });
    expect(await t.must('stock:workshops', { unitCode: 'UU-0007' })).toEqual([
      { unitCode: 'UU-0007', unitName: 'Tas Sari', materialCode: 'PU-137', materialName: 'PU 137 cm hitam', uom: 'm', issued: 40, returned: 15, held: 25 },
    ]);
    expect(await onHand('2026-04-30')).toBe(175);
    const error = refusal(await t.call('stock:record', { ...pu, kind: 'return', qty: 26, date: '2026-04-25', unitCode: 'UU-0007' }));
    expect(error.message).toContain('25 m');
    // A return dated before the issue is refused too: the workshop held nothing yet.
    expect(refusal(await t.call('stock:record', { ...pu, kind: 'return', qty: 1, date: '2026-04-01', unitCode: 'UU-0007' })).code).toBe('INVALID_INPUT');
    expect((await t.must('stock:workshops', {}))[0].held).toBe(25);
  });

  it('lists movements newest first, filtered, with issues shown as positive quantities', async () => {
    await t.must('stock:record', { ...pu, kind: 'receipt', qty: 200, date: '2026-04-01' });
    await t.must('stock:record', { ...pu, kind: 'issue', qty: 40, date: '2026-04-02', unitCode: 'UU-0007' });
    await t.must('stock:record', { ...pu, kind: 'issue', qty: 10, date: '2026-05-02', unitCode: 'UU-0007' });
    const issues = await t.must('stock:movements', { materialCode: 'pu-137', kind: 'issue' });
    expect(issues.map((m) => [m.date, m.qty, m.delta])).toEqual([['2026-05-02', 10, -10], ['2026-04-02', 40, -40]]);
    expect(await t.must('stock:movements', { from: '2026-04-02', to: '2026-04-30' })).toHaveLength(1);
    expect(await t.must('stock:movements', { limit: 1 })).toHaveLength(1);
  });

  it('flags materials at or below their reorder point', async () => {
    await t.must('stock:record', { ...pu, kind: 'receipt', qty: 100, date: '2026-04-01' });
    expect((await t.must('stock:balances', {}))[0].isBelowReorder).toBe(false);
    await t.must('stock:record', { ...pu, kind: 'issue', qty: 20, date: '2026-04-02', unitCode: 'UU-0007' });
    expect((await t.must('stock:balances', {}))[0].isBelowReorder).toBe(true);
  });

  it('writes each movement to the audit log, and a failed import batch leaves no trace', async () => {
    const receipt = await t.must('stock:record', { ...pu, kind: 'receipt', qty: 5, date: '2026-04-01' });
    const entries = await t.must('audit:list', { entity: 'stock' });
    expect(entries.map((e) => [e.entityId, e.action])).toEqual([[receipt.id, 'receipt']]);
    const batch = [
      { ...pu, kind: 'receipt', qty: 10, date: '2026-04-03' },
      { ...pu, kind: 'issue', qty: 99, date: '2026-04-04', unitCode: 'UU-0007' },
    ].map((m) => stockMovementInput.parse(m));
    expect(() => t.app.db.transaction(() => batch.map((m) => recordMovement(t.ctx, m)))()).toThrow(AppError);
    expect(await movementCount()).toBe(1);
    expect(await t.must('audit:list', { entity: 'stock' })).toHaveLength(1);
  });
});
