import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../main/core/lists/import';
import { orderSheet, seedSupply } from '../fixtures/supply-workbooks';
import { workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * A foreign-currency order without a recorded rate is taken, by import and by the form: the order
 * book does not wait for the rate. Its rupiah worth is unknown (null, "belum ada kurs"), never 0,
 * wherever it would appear, until a rate for its date is recorded.
 */

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-10' });
  await seedSupply(t);
  await t.must('buyers:save', { buyerCode: 'BE-MVH', name: 'Maison Verhaegen BV', country: 'BE', kind: 'export', currency: 'EUR', incoterm: 'CIF' });
});
afterEach(() => t.close());

const euroOrder = {
  orderNo: 'MVH-2026-07', buyerCode: 'BE-MVH', orderDate: '2026-12-01', shipBy: '2027-02-15', currency: 'EUR' as const, status: 'confirmed' as const,
  lines: [{ sku: 'TW-001', qty: 600, unitPrice: 1_450 }],
};

describe('an order without a rate', () => {
  it('is taken by the form, shown as unknown in rupiah on the page and the dashboard, and priced once its rate is recorded', async () => {
    await t.must('orders:save', { orderNo: 'SBY-1', buyerCode: 'SBY-01', orderDate: '2026-12-01', shipBy: '2026-12-20', currency: 'IDR', status: 'confirmed', lines: [{ sku: 'TW-001', qty: 10, unitPrice: 100_000 }] });
    const saved = await t.must('orders:save', euroOrder);
    expect(saved).toMatchObject({ currency: 'EUR', idrRate: null, valueIdr: null });
    const page = await t.must('orders:page', { sort: 'orderNo' });
    expect(page.rows.map((row) => [row.orderNo, row.value, row.valueIdr])).toEqual([['MVH-2026-07', 870_000, null], ['SBY-1', 1_000_000, 1_000_000]]);
    const before = (await t.must('dashboard:get', {})).orders;
    // Rp 1.000.000 of the rupiah order; the euro order counted as an order, its worth left out, and said so.
    expect([before?.openOrders, before?.openValueIdr, before?.unratedOrders]).toEqual([2, 1_000_000, 1]);
    expect(before?.byStatus.find((row) => row.status === 'confirmed')).toEqual({ status: 'confirmed', orders: 2, valueIdr: 1_000_000, unrated: 1 });

    // A rate for the day of the order: EUR 8.700 at Rp 19.341.
    await t.must('rates:save', { currency: 'EUR', validOn: '2026-11-30', idrPerUnit: 19_341, source: 'BI JISDOR' });
    expect(await t.must('orders:get', { id: saved.id })).toMatchObject({ idrRate: 19_341, valueIdr: 168_266_700 });
    const after = (await t.must('dashboard:get', {})).orders;
    expect([after?.openValueIdr, after?.unratedOrders]).toEqual([169_266_700, 0]);
    expect((await t.must('orders:page', { sort: 'value', descending: true })).rows[0].orderNo).toBe('MVH-2026-07');
  });

  it('is taken by an import, and the export writes its rate blank', async () => {
    const file = await workbookBuffer(orderSheet([[1, 'MVH-2026-08', 'BE-MVH', '01/12/2026', '15/02/2027', 'EUR', 'dikonfirmasi', 'TW-001', 600, '14,50']]));
    expect(await importFile(t.ctx, 'orders', 'po.xlsx', file, { dryRun: false, skipInvalid: false })).toEqual({ valid: 1, imported: 1, errors: [] });
    const [row] = (await t.must('orders:page', {})).rows;
    expect(row).toMatchObject({ orderNo: 'MVH-2026-08', currency: 'EUR', value: 870_000, valueIdr: null });
    expect(t.app.db.prepare('SELECT idr_rate FROM sales_order').pluck().get()).toBeNull();
  });

  it('is priced by a rate recorded later only for orders of that currency whose date the rate covers (at most 7 days before)', async () => {
    const early = await t.must('orders:save', { ...euroOrder, orderNo: 'MVH-EARLY', orderDate: '2026-11-23' });
    const late = await t.must('orders:save', euroOrder);
    await t.must('rates:save', { currency: 'USD', validOn: '2026-11-27', idrPerUnit: 16_000 });
    await t.must('rates:save', { currency: 'EUR', validOn: '2026-11-24', idrPerUnit: 19_000 });
    expect((await t.must('orders:get', { id: early.id })).valueIdr).toBeNull();
    expect((await t.must('orders:get', { id: late.id })).valueIdr).toBe(165_300_000);
    const history = await t.must('orders:history', { id: late.id });
    expect(history.map((event) => event.action)).toEqual(['rate', 'create']);
  });
});
