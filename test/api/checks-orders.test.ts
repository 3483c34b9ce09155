import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '../../shared/domain/orders';
import { commitImport, previewImport } from '../../main/core/lists/import';
import { orderSheet, rowOf } from '../fixtures/supply-workbooks';
import { workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { seedCentre } from '../planning/centre';

/** seedCentre's active workshops make 520 + 520 + 1.040 = 2.080 pcs a month: 24.960 a year. */
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
});
afterEach(() => t.close());

const order: OrderInput = {
  orderNo: 'SO-2026-001', buyerCode: 'DOM', orderDate: '2026-11-20', shipBy: '2027-01-29', currency: 'IDR',
  lines: [{ sku: 'TAS-01', qty: 240, unitPrice: 95_000 }],
};

async function orderCount(): Promise<number> {
  return (await t.must('orders:page', {})).total;
}

describe('an order line of zero price', () => {
  it('is saved only once confirmed: the answer names the line and what is unusual', async () => {
    const free = { ...order, lines: [order.lines[0], { sku: 'DOM-01', qty: 5, unitPrice: 0 }] };
    const asked = await t.call('orders:save', free);
    expect(asked.ok).toBe(false);
    if (asked.ok) return;
    expect(asked.error.code).toBe('NEEDS_CONFIRM');
    expect(asked.error.details).toEqual({
      warnings: [{ field: 'lines.1.unitPrice', line: 2, message: 'Baris 2 (DOM-01): harga satuan 0: baris ini diberikan gratis (contoh barang, pengganti barang cacat)' }],
    });
    expect(await orderCount()).toBe(0);
    const saved = await t.must('orders:save', { ...free, confirm: true });
    expect(saved.lines.map((line) => line.unitPrice)).toEqual([95_000, 0]);
    // Saved again unchanged (a new ship date), the free line is not asked about again; a second free line is.
    expect((await t.must('orders:save', { ...free, id: saved.id, shipBy: '2027-02-26' })).shipBy).toBe('2027-02-26');
    const more = await t.call('orders:save', { ...free, id: saved.id, lines: [...free.lines, { sku: 'TAS-01', qty: 2, unitPrice: 0 }] });
    expect(more.ok ? '' : more.error.code).toBe('NEEDS_CONFIRM');
  });
});

describe('a quantity far beyond the centre', () => {
  it('refuses more than the whole centre makes in a year, naming the line\'s quantity', async () => {
    const result = await t.call('orders:save', { ...order, lines: [order.lines[0], { sku: 'TAS-01', qty: 30_000, unitPrice: 95_000 }], confirm: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({ field: 'lines.1.qty', line: 2 });
    expect(result.error.message).toBe(
      'Baris 2 (TAS-01): jumlah 30.000 pcs melebihi yang dibuat seluruh sentra dalam setahun (24.960 pcs: kapasitas 3 unit aktif × 12 bulan)',
    );
    expect(await orderCount()).toBe(0);
  });

  it('asks to confirm more than three months of the whole centre, and saves it when confirmed', async () => {
    const large = { ...order, lines: [{ sku: 'TAS-01', qty: 7_000, unitPrice: 95_000 }] };
    const asked = await t.call('orders:save', large, 'en');
    expect(asked.ok ? '' : asked.error.message).toBe(
      "Check before saving: Line 1 (TAS-01): a quantity of 7,000 pcs is 3.4 months of the whole centre's capacity (2,080 pcs a month). Save if it is right.",
    );
    expect((await t.must('orders:save', { ...large, confirm: true })).lines[0].qty).toBe(7_000);
    expect((await t.must('orders:save', { ...order, orderNo: 'SO-2026-002', lines: [{ sku: 'TAS-01', qty: 6_240, unitPrice: 95_000 }] })).lines[0].qty).toBe(6_240);
  });

  it('judges nothing while no workshop is registered', async () => {
    t.app.db.prepare('UPDATE unit_state SET is_active = 0').run();
    expect((await t.must('orders:save', { ...order, lines: [{ sku: 'TAS-01', qty: 100_000, unitPrice: 95_000 }] })).lines[0].qty).toBe(100_000);
  });
});

describe('an orders file', () => {
  it('names the row and column of a free line and of an impossible quantity, and writes nothing', async () => {
    const file = await workbookBuffer(orderSheet([
      [1, 'SO-1', 'DOM', '20/11/2026', '29/01/2027', 'IDR', null, 'TAS-01', 240, 95_000],
      [2, 'SO-1', null, null, null, null, null, 'DOM-01', 5, 0],
      [3, 'SO-2', 'DOM', '20/11/2026', '29/01/2027', 'IDR', null, 'TAS-01', 30_000, 95_000],
      [4, 'SO-3', 'DOM', '20/11/2026', '29/01/2027', 'IDR', null, 'TAS-01', 100, 90_000],
    ]));
    const preview = await previewImport(t.ctx, 'orders', 'o.xlsx', file);
    const own = preview.errors.filter((e) => e.row !== rowOf(0));
    expect(own.map((e) => [e.row, e.column])).toEqual([[rowOf(1), 'Harga Satuan'], [rowOf(2), 'Jumlah']]);
    expect(own[0].message).toContain('harga satuan 0');
    expect(own[0].message).toContain('impor tidak dapat meminta konfirmasi: catat pesanan ini lewat formulir Pesanan');
    expect(own[1].message).toContain('melebihi yang dibuat seluruh sentra dalam setahun');
    const outcome = await commitImport(t.ctx, preview.importId, false);
    expect(outcome?.imported).toBe(0);
    expect(await orderCount()).toBe(0);
    const some = await commitImport(t.ctx, (await previewImport(t.ctx, 'orders', 'o.xlsx', file)).importId, true);
    expect(some?.imported).toBe(1);
    expect((await t.must('orders:page', {})).rows.map((r) => r.orderNo)).toEqual(['SO-3']);
  });
});
