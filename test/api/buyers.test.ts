import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
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

const acme = { buyerCode: 'US-ACME', name: 'Acme Handbags Inc.', country: 'us', kind: 'export' as const, currency: 'USD' as const, incoterm: 'FOB' as const };

describe('buyers', () => {
  it('stores a buyer with its country code in capitals and counts its open orders', async () => {
    const saved = await t.must('buyers:save', acme);
    expect(saved).toMatchObject({ buyerCode: 'US-ACME', country: 'US', incoterm: 'FOB', openOrders: 0 });
    await t.must('products:save', { sku: 'TAS-1', name: 'Tas', category: 'tas', hsCode: '4202.22', labourMinutes: 60, cartonQty: 10, price: 500, currency: 'USD' });
    const order = { buyerCode: 'US-ACME', orderDate: '2026-10-01', shipBy: '2026-12-01', currency: 'USD' as const, idrRate: 16_000, lines: [{ sku: 'TAS-1', qty: 10, unitPrice: 500 }] };
    await t.must('orders:save', { ...order, orderNo: 'PO-1' });
    const shipped = await t.must('orders:save', { ...order, orderNo: 'PO-2', status: 'confirmed' });
    for (const status of ['in-production', 'ready', 'shipped'] as const) {
      await t.must('orders:setStatus', { id: shipped.id, status, reason: status === 'ready' ? 'dikirim dari stok gudang' : undefined });
    }
    expect((await t.must('buyers:list', {}))[0].openOrders).toBe(1);
  });

  it('refuses an unknown country, kind, currency and incoterm, and stores nothing', async () => {
    const error = refusal(
      await t.call('buyers:save', { ...acme, country: 'Atlantis', kind: 'pirate' as 'export', currency: 'XYZ' as 'USD', incoterm: 'FOO' as 'FOB' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    for (const field of ['country', 'kind', 'currency', 'incoterm']) expect(error.message).toContain(field);
    expect(error.message).toContain('mata uang harus salah satu dari IDR, USD');
    expect(await t.must('buyers:list', {})).toHaveLength(0);
  });

  it('refuses a buyer code already in use, and a restore whose code was taken meanwhile', async () => {
    const first = await t.must('buyers:save', acme);
    expect(refusal(await t.call('buyers:save', { ...acme, buyerCode: 'us-acme', name: 'Other' })).details).toEqual({ field: 'buyerCode' });
    await t.must('buyers:remove', { id: first.id });
    expect(await t.must('buyers:list', {})).toHaveLength(0);
    await t.must('buyers:save', { ...acme, name: 'Acme Baru' });
    expect(refusal(await t.call('buyers:restore', { id: first.id })).code).toBe('DUPLICATE');
  });

  it('writes every change to the audit log', async () => {
    const saved = await t.must('buyers:save', acme);
    await t.must('buyers:save', { ...acme, id: saved.id, incoterm: 'CIF' });
    await t.must('buyers:remove', { id: saved.id });
    await t.must('buyers:restore', { id: saved.id });
    const entries = await t.must('audit:list', { entity: 'buyer', entityId: saved.id });
    expect(entries.map((e) => e.action)).toEqual(['restore', 'remove', 'update', 'create']);
  });
});
