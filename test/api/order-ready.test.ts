import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';

/**
 * Made before it ships: an order is ready only when accepted deliveries cover it (or a manager
 * writes why), and an order that leaves production closes its open SPKs, naming each one.
 */

let t: TempApp;
let lineId: number;
let orderId: number;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-10' });
  seedCentre(t.app.db);
  lineId = addOrder(t.app.db, { orderNo: 'EXP-1200', buyerId: 1, shipBy: '2027-02-26', qty: 1200, status: 'in-production' });
  orderId = t.app.db.prepare('SELECT order_id FROM order_line WHERE id = ?').pluck().get(lineId) as number;
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

async function spk(unitCode: string, qty: number, start = '2026-11-30'): Promise<number> {
  return (await t.must('plan:assign', { orderLineId: lineId, unitCode, qty, start, pieceRate: 15_000 })).id;
}

function statusOf(table: 'sales_order' | 'work_assignment', id: number): string {
  return t.app.db.prepare(`SELECT status FROM ${table} WHERE id = ?`).pluck().get(id) as string;
}

describe('ready to ship', () => {
  it('refuses ready with nothing delivered, naming the line, the pieces accepted and what is missing, and changes nothing', async () => {
    await spk('UA', 600);
    const error = refusal(await t.call('orders:setStatus', { id: orderId, status: 'ready' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'Pesanan EXP-1200 belum bisa “Siap kirim”: barang yang lolos QC belum menutup pesanan — TAS-01: 0 dari 1.200 pcs diterima, kurang 1.200. '
      + 'Catat penyerahan barang dari unit usaha, atau manajer dapat memaksa dengan alasan tertulis.',
    );
    expect(error.details).toEqual({ field: 'status', short: [{ lineNo: 1, sku: 'TAS-01', ordered: 1200, accepted: 0 }] });
    expect(statusOf('sales_order', orderId)).toBe('in-production');
    const english = await t.call('orders:setStatus', { id: orderId, status: 'ready' }, 'en');
    expect(refusal(english).message).toContain('TAS-01: 0 of 1,200 pcs accepted, 1,200 missing');
  });

  it('counts only pieces accepted at QC, over all SPKs of the line, and becomes ready once they cover it', async () => {
    const ua = await spk('UA', 700);
    const ub = await spk('UB', 500);
    await t.must('deliveries:record', { assignmentId: ua, deliveredOn: '2026-12-05', accepted: 690, rejected: 10 });
    await t.must('deliveries:record', { assignmentId: ub, deliveredOn: '2026-12-08', accepted: 500, rejected: 0 });
    const order = await t.must('orders:get', { id: orderId });
    expect(order.lines[0]).toMatchObject({ qty: 1200, acceptedQty: 1190 });
    // 10 rejected pieces are not goods to ship.
    expect(refusal(await t.call('orders:setStatus', { id: orderId, status: 'ready' })).message).toContain('TAS-01: 1.190 dari 1.200 pcs diterima, kurang 10');
    // The rejected pieces were made again and handed in on a second SPK.
    const again = await spk('UC', 10, '2026-12-07');
    await t.must('deliveries:record', { assignmentId: again, deliveredOn: '2026-12-09', accepted: 10, rejected: 0 });
    const ready = await t.must('orders:setStatus', { id: orderId, status: 'ready' });
    expect(ready).toMatchObject({ status: 'ready', readyReason: null, closedWork: [] });
    // Every SPK had handed in all it was given (rejects included): nothing open was left to close.
    expect([ua, ub, again].map((id) => statusOf('work_assignment', id))).toEqual(['done', 'done', 'done']);
  });

  it('lets a manager force ready with a written reason, kept on the order and in its history, and clears it when set back', async () => {
    expect(refusal(await t.call('orders:setStatus', { id: orderId, status: 'ready', reason: 'stok' })).details).toEqual({ field: 'reason' });
    expect(statusOf('sales_order', orderId)).toBe('in-production');
    const reason = '1.200 pcs dari stok gudang koperasi, diperiksa QC 09/12';
    const forced = await t.must('orders:setStatus', { id: orderId, status: 'ready', reason });
    expect(forced).toMatchObject({ status: 'ready', readyReason: reason });
    const [event] = await t.must('orders:history', { id: orderId });
    expect(event).toMatchObject({ action: 'status', actor: 'test', from: 'in-production', to: 'ready', reason, short: [{ sku: 'TAS-01', ordered: 1200, accepted: 0 }] });
    const audit = await t.must('audit:list', { entity: 'order', entityId: orderId });
    expect(audit[0]).toMatchObject({ action: 'status', summary: 'test: EXP-1200' });
    const back = await t.must('orders:setStatus', { id: orderId, status: 'in-production' });
    expect(back.readyReason).toBeNull();
  });

  it('refuses a new order saved straight as ready, but takes history already shipped', async () => {
    const order = { orderNo: 'NEW-1', buyerCode: 'DOM', orderDate: '2026-12-01', shipBy: '2026-12-20', currency: 'IDR' as const, lines: [{ sku: 'TAS-01', qty: 5, unitPrice: 100_000 }] };
    const error = refusal(await t.call('orders:save', { ...order, status: 'ready' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'status' } });
    expect(error.message).toContain('pesanan baru tidak bisa langsung “Siap kirim”');
    expect((await t.must('orders:save', { ...order, status: 'shipped' })).status).toBe('shipped');
  });
});

describe('leaving production', () => {
  it('cancels planned and issued SPKs and closes short one with work handed in, naming each, when the order is cancelled', async () => {
    const planned = await spk('UA', 400);
    const issued = await spk('UB', 400);
    const started = await spk('UC', 400);
    await t.must('assignments:setStatus', { id: issued, status: 'issued' });
    await t.must('assignments:setStatus', { id: started, status: 'issued' });
    await t.must('deliveries:record', { assignmentId: started, deliveredOn: '2026-12-08', accepted: 120, rejected: 5 });
    const change = await t.must('orders:setStatus', { id: orderId, status: 'cancelled' });
    expect(change.status).toBe('cancelled');
    expect(change.closedWork.map((w) => [w.assignmentId, w.unitCode, w.sku, w.qty, w.deliveredQty, w.wasStatus, w.closedAs])).toEqual([
      [planned, 'UA', 'TAS-01', 400, 0, 'planned', 'cancelled'],
      [issued, 'UB', 'TAS-01', 400, 0, 'issued', 'cancelled'],
      [started, 'UC', 'TAS-01', 400, 125, 'in-progress', 'done'],
    ]);
    expect([planned, issued, started].map((id) => statusOf('work_assignment', id))).toEqual(['cancelled', 'cancelled', 'done']);
    // Each SPK's step is in the audit log, and the order's entry lists them.
    const spkAudit = t.app.db.prepare("SELECT entity_id FROM audit_log WHERE entity = 'assignment' AND after_json LIKE '%order-left-production%' ORDER BY entity_id").pluck().all();
    expect(spkAudit).toEqual([planned, issued, started]);
    expect((await t.must('orders:history', { id: orderId }))[0]).toMatchObject({ to: 'cancelled', closedWork: 3 });
    // What was handed in stays: its deliveries are untouched.
    expect(t.app.db.prepare('SELECT SUM(accepted) FROM delivery').pluck().get()).toBe(120);
  });

  it('keeps a forced-ready order\'s SPKs out of a re-plan: cancelled with notice, never deleted silently', async () => {
    const planned = await spk('UA', 300);
    await t.must('plan:pin', { assignmentId: planned, pinned: false });
    const forced = await t.must('orders:setStatus', { id: orderId, status: 'ready', reason: 'dikirim dari stok gudang, diperiksa QC' });
    expect(forced.closedWork.map((w) => [w.assignmentId, w.qty, w.closedAs])).toEqual([[planned, 300, 'cancelled']]);
    await t.must('plan:run', { today: '2026-12-10' });
    // The SPK is still there, cancelled, with its pieces: the plan only replaces its own planned rows.
    expect(t.app.db.prepare('SELECT status, qty FROM work_assignment WHERE id = ?').get(planned)).toEqual({ status: 'cancelled', qty: 300 });
  });

  it('closes the planned SPKs of a confirmed order set back to draft, also when saved through orders:save', async () => {
    t.app.db.prepare("UPDATE sales_order SET status = 'confirmed' WHERE id = ?").run(orderId);
    const planned = await spk('UB', 200);
    const order = await t.must('orders:get', { id: orderId });
    const values = { id: orderId, orderNo: order.orderNo, buyerCode: order.buyerCode, orderDate: order.orderDate, shipBy: order.shipBy, currency: order.currency, idrRate: 16_000, status: 'draft' as const, lines: order.lines.map((l) => ({ sku: l.sku, qty: l.qty, unitPrice: l.unitPrice })) };
    expect((await t.must('orders:save', values)).status).toBe('draft');
    expect(statusOf('work_assignment', planned)).toBe('cancelled');
    expect((await t.must('orders:history', { id: orderId }))[0]).toMatchObject({ action: 'update', closedWork: 1 });
  });

  it('moving within production (confirmed → in-production, ready → back) closes nothing', async () => {
    t.app.db.prepare("UPDATE sales_order SET status = 'confirmed' WHERE id = ?").run(orderId);
    const planned = await spk('UA', 100);
    expect((await t.must('orders:setStatus', { id: orderId, status: 'in-production' })).closedWork).toEqual([]);
    expect(statusOf('work_assignment', planned)).toBe('planned');
  });
});
