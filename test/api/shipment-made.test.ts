import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { acmeShipment, deliverInFull, halfAcceptedOrder, shipmentCentre } from './shipment-centre';

/** A shipment holds only goods accepted at QC and not yet on another shipment (DESIGN.md, planning). */

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
  await halfAcceptedOrder(t);
});
afterEach(() => t.close());

function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected the call to be refused');
  return result.error;
}

const partOf104 = (qty: number, shipmentNo = 'SHP-2026-104') => acmeShipment({ shipmentNo, lines: [{ orderNo: 'SO-2026-104', sku: 'TW-001', qty }] });

describe('what a shipment may hold', () => {
  it('offers only what QC accepted and no other shipment holds, and refuses more, naming the line, the accepted and ready pieces', async () => {
    const open = await t.must('shipments:openLines', { buyerCode: 'US-ACME' });
    expect(open.filter((l) => l.orderNo === 'SO-2026-104').map((l) => [l.orderedQty, l.acceptedQty, l.reservedQty, l.openQty])).toEqual([[300, 150, 0, 150]]);
    const error = refusal(await t.call('shipments:save', partOf104(200)));
    expect(error.details).toEqual({ field: 'lines.qty', line: 1 });
    expect(error.message).toBe(
      'baris 1 pengapalan SHP-2026-104, TW-001 pesanan SO-2026-104: diterima QC 150 dari 300 pcs, di pengapalan lain 0, siap 150; kirim 200 melebihinya — pengapalan draf atau dipesan hanya memuat barang yang sudah diterima QC',
    );
    await t.must('shipments:save', partOf104(150));
    const again = refusal(await t.call('shipments:save', partOf104(1, 'SHP-2026-105')));
    expect(again.message).toContain('di pengapalan lain 150 (SHP-2026-104), siap 0; kirim 1 melebihinya');
    expect((await t.must('shipments:openLines', { buyerCode: 'US-ACME' })).find((l) => l.orderNo === 'SO-2026-104')?.openQty).toBe(0);
  });

  it('cannot record goods nobody delivered as shipped without a reason', async () => {
    await t.must('orders:save', {
      orderNo: 'SO-2026-105', buyerCode: 'US-ACME', orderDate: '2026-11-06', shipBy: '2026-12-30', currency: 'USD', status: 'in-production',
      lines: [{ sku: 'TW-001', qty: 1200, unitPrice: 1250 }],
    });
    const shipped = acmeShipment({
      shipmentNo: 'SHP-2026-106', status: 'shipped', pebNo: '000123', pebDate: '2026-11-20', containerType: 'LCL',
      lines: [{ orderNo: 'SO-2026-105', sku: 'TW-001', qty: 1200 }],
    });
    const error = refusal(await t.call('shipments:save', shipped));
    expect(error.details).toEqual({ field: 'qcReason', line: 1 });
    expect(error.message).toContain('diterima QC 0 dari 1200 pcs, di pengapalan lain 0, siap 0; kirim 1200 melebihinya');
  });

  it('closes the SPKs still open of an order whose every piece has left, each in the order\'s history', async () => {
    const lineId = t.app.db.prepare("SELECT l.id FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.order_no = 'SO-2026-104'").pluck().get() as number;
    const spare = await t.must('plan:assign', { orderLineId: lineId, unitCode: 'UU-001', qty: 20, start: '2026-11-23' });
    // The other half is handed in on another SPK: all 300 accepted, the spare one never needed.
    deliverInFull(t, 'SO-2026-104', 0.5);
    const shipment = await t.must('shipments:save', { ...partOf104(300), containerType: 'LCL' });
    await t.must('shipments:setStatus', { id: shipment.id, status: 'booked' });
    await t.must('shipments:setStatus', { id: shipment.id, status: 'shipped', pebNo: '000777', pebDate: '2026-11-23' });
    const order = (await t.must('orders:page', { search: 'SO-2026-104' })).rows[0];
    expect(order.status).toBe('shipped');
    expect(t.app.db.prepare('SELECT status FROM work_assignment WHERE id = ?').pluck().get(spare.id)).toBe('cancelled');
    expect((await t.must('orders:history', { id: order.id }))[0]).toMatchObject({ to: 'shipped', closedWork: 1 });
  });
});
