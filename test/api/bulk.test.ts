import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';
import { acmeShipment, rowsOf, shipmentCentre } from './shipment-centre';

let t: TempApp;
afterEach(() => t.close());

function snapshot(...tables: string[]): unknown[] {
  return tables.map((table) => rowsOf(t, table));
}

function auditCount(entity: string, action: string): number {
  return t.app.db.prepare('SELECT COUNT(*) FROM audit_log WHERE entity = ? AND action = ?').pluck().get(entity, action) as number;
}

describe('spk:issueMany', () => {
  let line: number;
  beforeEach(async () => {
    t = await tempApp({ today: '2026-11-23' });
    seedCentre(t.app.db);
    t.app.db.prepare("UPDATE product SET labour_minutes = 300 WHERE sku = 'TAS-01'").run();
    line = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 300 });
  });

  it('issues every selected planned SPK as its own button would, and names each one it refused with the reason', async () => {
    const first = await t.must('plan:assign', { orderLineId: line, unitCode: 'UA', qty: 100, start: '2026-11-23' });
    const second = await t.must('plan:assign', { orderLineId: line, unitCode: 'UB', qty: 50, start: '2026-11-30' });
    const earlier = await t.must('plan:assign', { orderLineId: line, unitCode: 'UA', qty: 20, start: '2026-11-23' });
    const cancelled = await t.must('plan:assign', { orderLineId: line, unitCode: 'UB', qty: 10, start: '2026-11-23' });
    await t.must('assignments:setStatus', { id: earlier.id, status: 'issued' });
    await t.must('assignments:setStatus', { id: cancelled.id, status: 'cancelled' });

    const result = await t.must('spk:issueMany', { ids: [first.id, second.id, earlier.id, cancelled.id, 999_999, first.id] });
    expect(result.done).toEqual([
      { id: first.id, no: 'SPK-2026-00002' },
      { id: second.id, no: 'SPK-2026-00003' },
    ]);
    expect(result.refused).toEqual([
      { id: earlier.id, no: 'SPK-2026-00001', reason: 'sudah diterbitkan sebagai SPK-2026-00001; ikut dicetak' },
      { id: cancelled.id, no: 'DOM-1 · UB', reason: 'Status SPK tidak bisa diubah dari batal ke diterbitkan.' },
      { id: 999_999, no: '999999', reason: 'tidak ditemukan (mungkin sudah dihapus)' },
    ]);
    const stored = t.app.db.prepare('SELECT id, status, spk_no AS spkNo, piece_rate AS pieceRate FROM work_assignment ORDER BY id').all();
    expect(stored).toEqual([
      { id: first.id, status: 'issued', spkNo: 'SPK-2026-00002', pieceRate: 16_800 },
      { id: second.id, status: 'issued', spkNo: 'SPK-2026-00003', pieceRate: 16_800 },
      { id: earlier.id, status: 'issued', spkNo: 'SPK-2026-00001', pieceRate: 16_800 },
      { id: cancelled.id, status: 'cancelled', spkNo: null, pieceRate: 0 },
    ]);
    // One audit entry per SPK issued, as one at a time would write.
    expect(auditCount('assignment', 'issue')).toBe(3);
    // The selection's issued SPKs are the ones the print view lists.
    const printed = await t.must('spk:list', { ids: [first.id, second.id, earlier.id, cancelled.id] });
    expect(printed.map((spk) => spk.spkNo).sort()).toEqual(['SPK-2026-00001', 'SPK-2026-00002', 'SPK-2026-00003']);
  });

  it('refuses an empty or oversized selection before touching anything, in the user’s language', async () => {
    const before = snapshot('work_assignment', 'audit_log');
    const empty = await t.call('spk:issueMany', { ids: [] }, 'en');
    expect(empty.ok ? null : empty.error.code).toBe('INVALID_INPUT');
    const huge = await t.call('spk:issueMany', { ids: Array.from({ length: 10_001 }, (_, i) => i + 1) });
    expect(huge.ok ? null : huge.error.code).toBe('INVALID_INPUT');
    expect(snapshot('work_assignment', 'audit_log')).toEqual(before);
  });
});

describe('status of many orders, purchase orders and shipments', () => {
  beforeEach(async () => {
    t = await tempApp({ today: '2026-11-23' });
    await shipmentCentre(t);
  });

  it('orders: each checked by the workflow and the ready test; refused ones stay exactly as they were', async () => {
    const ids = t.app.db.prepare('SELECT order_no, id FROM sales_order').raw().all() as [string, number][];
    const idOf = Object.fromEntries(ids);
    const before = t.app.db.prepare("SELECT * FROM sales_order WHERE order_no <> 'SO-2026-101' ORDER BY id").all();
    const result = await t.must('orders:setStatusMany', { ids: [idOf['SO-2026-101'], idOf['SO-2026-102'], idOf['SO-2026-103']], status: 'ready' });
    expect(result.done).toEqual([{ id: idOf['SO-2026-101'], no: 'SO-2026-101' }]);
    expect(result.refused).toEqual([
      { id: idOf['SO-2026-102'], no: 'SO-2026-102', reason: expect.stringMatching(/Dikonfirmasi.*Siap kirim|dikonfirmasi.*siap/i) },
      { id: idOf['SO-2026-103'], no: 'SO-2026-103', reason: expect.stringContaining('sudah berstatus') },
    ]);
    expect(t.app.db.prepare("SELECT * FROM sales_order WHERE order_no <> 'SO-2026-101' ORDER BY id").all()).toEqual(before);
    expect((await t.must('orders:get', { id: idOf['SO-2026-101'] })).status).toBe('ready');

    const shippedTooSoon = await t.must('orders:setStatusMany', { ids: [idOf['SO-2026-102']], status: 'shipped' });
    expect(shippedTooSoon.done).toEqual([]);
    expect(shippedTooSoon.refused).toHaveLength(1);
  });

  it('purchase orders: drafts are ordered, a received or cancelled one is refused by the same rule', async () => {
    const draft = { supplier: 'CV Kulit Garut', orderDate: '2026-11-23', expectedOn: '2026-12-07', lines: [{ materialCode: 'KLT-SAPI', qty: 100, unitCost: 45_000 }] };
    const one = await t.must('purchases:save', draft);
    const two = await t.must('purchases:save', draft);
    const gone = await t.must('purchases:save', draft);
    await t.must('purchases:setStatus', { id: gone.id, status: 'cancelled' });
    const before = t.app.db.prepare('SELECT * FROM purchase_order WHERE id = ?').get(gone.id);
    const result = await t.must('purchases:setStatusMany', { ids: [one.id, two.id, gone.id], status: 'ordered' });
    expect(result.done.map((row) => row.no)).toEqual([one.poNo, two.poNo]);
    expect(result.refused).toEqual([{ id: gone.id, no: gone.poNo, reason: expect.stringContaining(gone.poNo) }]);
    expect(t.app.db.prepare('SELECT * FROM purchase_order WHERE id = ?').get(gone.id)).toEqual(before);
    expect((await t.must('purchases:list', { status: 'ordered' })).map((po) => po.poNo).sort()).toEqual([one.poNo, two.poNo]);
  });

  it('shipments: booking needs a container, per shipment; the one without is refused and left untouched', async () => {
    const withContainer = await t.must('shipments:save', acmeShipment({ containerType: 'LCL', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 100 }] }));
    const without = await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-002', lines: [{ orderNo: 'SO-2026-101', sku: 'KP-020', qty: 50 }] }));
    const linesOf = (id: number) => t.app.db.prepare('SELECT * FROM shipment_line WHERE shipment_id = ?').all(id);
    const before = linesOf(without.id);
    const untouched = t.app.db.prepare('SELECT * FROM shipment WHERE id = ?').get(without.id);
    const result = await t.must('shipments:setStatusMany', { ids: [withContainer.id, without.id], status: 'booked' });
    expect(result).toEqual({
      done: [{ id: withContainer.id, no: 'SHP-2026-001' }],
      refused: [{ id: without.id, no: 'SHP-2026-002', reason: 'wajib diisi untuk status dipesan' }],
    });
    expect(t.app.db.prepare('SELECT * FROM shipment WHERE id = ?').get(without.id)).toEqual(untouched);
    expect(linesOf(without.id)).toEqual(before);
    expect((await t.must('shipments:get', { id: withContainer.id })).status).toBe('booked');
  });
});

describe('numbers:next', () => {
  beforeEach(async () => {
    t = await tempApp({ today: '2026-11-23' });
    await shipmentCentre(t);
  });

  it('suggests the next number of each series in the year asked for; other shapes do not count', async () => {
    // The orders here are numbered SO-2026-101…103 (three digits): the series still continues after them.
    expect(await t.must('numbers:next', { kind: 'order' })).toEqual({ no: 'SO-2026-00104' });
    expect(await t.must('numbers:next', { kind: 'order', on: '2027-01-04' })).toEqual({ no: 'SO-2027-00001' });
    expect(await t.must('numbers:next', { kind: 'purchase' })).toEqual({ no: 'PO-2026-0001' });
    await t.must('purchases:save', { supplier: 'CV Kulit Garut', orderDate: '2026-11-23', expectedOn: '2026-12-07', lines: [{ materialCode: 'KLT-SAPI', qty: 1, unitCost: 1 }] });
    expect(await t.must('numbers:next', { kind: 'purchase' })).toEqual({ no: 'PO-2026-0002' });
    // SHP-2026-001 is not in the EXP series.
    await t.must('shipments:save', acmeShipment());
    expect(await t.must('numbers:next', { kind: 'shipment' })).toEqual({ no: 'EXP-2026-0001' });
    await t.must('shipments:save', acmeShipment({ shipmentNo: 'EXP-2026-0041', lines: [{ orderNo: 'SO-2026-101', sku: 'KP-020', qty: 10 }] }));
    expect(await t.must('numbers:next', { kind: 'shipment' })).toEqual({ no: 'EXP-2026-0042' });
    expect(await t.must('numbers:next', { kind: 'spk' })).toEqual({ no: 'SPK-2026-00001' });
    const bad = await t.call('numbers:next', { kind: 'invoice' as 'order' });
    expect(bad.ok).toBe(false);
  });
});
