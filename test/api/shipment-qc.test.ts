import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipmentInput } from '../../shared/domain/shipments';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { acmeShipment, halfAcceptedOrder, rowsOf, shipmentCentre } from './shipment-centre';

/**
 * Only goods that passed QC leave (issue 12): a shipment line holds no more of an order line than
 * QC accepted over its SPKs less what other shipments not cancelled hold. By the SHIPMENT's
 * status: draft and booked never more; shipped or closed (recorded after the fact) only with a
 * reason, which is kept.
 */

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

const REASON = 'Dicatat dari arsip ekspor 2023: barang dibuat sebelum setoran dicatat di aplikasi';
const papers = { pebNo: '000123', pebDate: '2026-11-20', containerType: 'LCL' } as const;

/** 100 bags of SO-2026-101 (all accepted), then `qty` of SO-2026-104 (150 accepted). */
function twoLines(qty: number, over: Partial<ShipmentInput> = {}): ShipmentInput {
  return acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 100 }, { orderNo: 'SO-2026-104', sku: 'TW-001', qty }], ...over });
}

function auditAfter(shipmentId: number): Record<string, unknown>[] {
  return (t.app.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'shipment' AND entity_id = ? ORDER BY id").pluck().all(shipmentId) as string[]).map(
    (json) => JSON.parse(json) as Record<string, unknown>,
  );
}

describe('a draft or booked shipment holds only what is ready', () => {
  it('refuses a draft above what is ready, naming the line, SKU, order and the accepted, elsewhere and ready pieces; nothing is written', async () => {
    const error = refusal(await t.call('shipments:save', twoLines(200)));
    expect(error.details).toEqual({ field: 'lines.qty', line: 2 });
    expect(error.message).toBe(
      'baris 2 pengapalan SHP-2026-001, TW-001 pesanan SO-2026-104: diterima QC 150 dari 300 pcs, di pengapalan lain 0, siap 150; kirim 200 melebihinya — pengapalan draf atau dipesan hanya memuat barang yang sudah diterima QC',
    );
    const english = refusal(await t.call('shipments:save', twoLines(200), 'en'));
    expect(english.message).toBe(
      'line 2 of shipment SHP-2026-001, TW-001 of order SO-2026-104: accepted at QC 150 of 300 pcs, on other shipments 0, ready 150; shipping 200 is more — a draft or booked shipment holds only goods accepted at QC',
    );
    expect(rowsOf(t, 'shipment')).toEqual([]);
    expect((await t.must('shipments:save', twoLines(150))).lines.map((l) => [l.qty, l.orderedQty, l.acceptedQty, l.elsewhereQty, l.readyQty])).toEqual([
      [100, 400, 400, 0, 400],
      [150, 300, 150, 0, 150],
    ]);
  });

  it('refuses a booked shipment above what is ready whatever the reason', async () => {
    const booked = twoLines(151, { status: 'booked', containerType: 'LCL', qcReason: REASON });
    const error = refusal(await t.call('shipments:save', booked));
    expect(error.details).toEqual({ field: 'lines.qty', line: 2 });
    expect(error.message).toContain('siap 150; kirim 151 melebihinya');
    expect(rowsOf(t, 'shipment')).toEqual([]);
  });

  it('no longer lets an order declared ready by a manager go whole: only what QC accepted is ready', async () => {
    await t.must('orders:save', {
      orderNo: 'SO-2026-108', buyerCode: 'BE-MVH', orderDate: '2026-11-03', shipBy: '2026-12-15', currency: 'EUR', status: 'in-production',
      lines: [{ sku: 'TW-001', qty: 240, unitPrice: 1500 }],
    });
    const [order] = (await t.must('orders:page', { search: 'SO-2026-108' })).rows;
    await t.must('orders:setStatus', { id: order.id, status: 'ready', reason: '240 tas dari stok gudang koperasi, sudah diperiksa QC' });
    const open = (await t.must('shipments:openLines', { buyerCode: 'BE-MVH' })).find((l) => l.orderNo === 'SO-2026-108');
    expect(open).toMatchObject({ orderStatus: 'ready', orderedQty: 240, acceptedQty: 0, reservedQty: 0, openQty: 0 });
    const belgian = { buyerCode: 'BE-MVH', portOfDischarge: 'Antwerpen (BEANR)', lines: [{ orderNo: 'SO-2026-108', sku: 'TW-001', qty: 240 }] };
    const error = refusal(await t.call('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-107', ...belgian })));
    expect(error.message).toContain('diterima QC 0 dari 240 pcs, di pengapalan lain 0, siap 0; kirim 240 melebihinya');
    // What the manager vouched for may still be recorded once it has left, with the reason kept.
    const recorded = await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-107', ...belgian, ...papers, status: 'shipped', qcReason: 'Dari stok gudang koperasi, diperiksa QC sebelum ada SPK' }));
    expect(recorded.qcReason).toBe('Dari stok gudang koperasi, diperiksa QC sebelum ada SPK');
  });

  it('counts no cancelled shipment against what is ready', async () => {
    const first = await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-110', lines: [{ orderNo: 'SO-2026-104', sku: 'TW-001', qty: 150 }] }));
    const second = acmeShipment({ shipmentNo: 'SHP-2026-111', lines: [{ orderNo: 'SO-2026-104', sku: 'TW-001', qty: 150 }] });
    expect(refusal(await t.call('shipments:save', second)).message).toContain('di pengapalan lain 150 (SHP-2026-110), siap 0; kirim 150 melebihinya');
    await t.must('shipments:setStatus', { id: first.id, status: 'cancelled' });
    expect((await t.must('shipments:openLines', { buyerCode: 'US-ACME' })).find((l) => l.orderNo === 'SO-2026-104')).toMatchObject({ acceptedQty: 150, reservedQty: 0, openQty: 150 });
    expect((await t.must('shipments:save', second)).lines[0]).toMatchObject({ qty: 150, acceptedQty: 150, elsewhereQty: 0, readyQty: 150 });
  });
});

describe('a shipment recorded after the fact', () => {
  it('is refused above what is ready without a reason, saved with one, and keeps it in the API and the audit log', async () => {
    const shipped = twoLines(300, { ...papers, status: 'shipped' });
    const error = refusal(await t.call('shipments:save', shipped));
    expect(error.details).toEqual({ field: 'qcReason', line: 2 });
    expect(error.message).toBe(
      'baris 2 pengapalan SHP-2026-001, TW-001 pesanan SO-2026-104: diterima QC 150 dari 300 pcs, di pengapalan lain 0, siap 150; kirim 300 melebihinya — pengapalan dikapalkan yang dicatat belakangan boleh memuatnya hanya dengan alasan (isi Alasan di luar QC)',
    );
    expect(refusal(await t.call('shipments:save', { ...shipped, status: 'closed', blNo: 'MAEU123456789' }, 'en')).message).toContain(
      'ready 150; shipping 300 is more — a closed shipment recorded after the fact may hold it only with a reason',
    );
    expect(rowsOf(t, 'shipment')).toEqual([]);

    const saved = await t.must('shipments:save', { ...shipped, qcReason: REASON });
    expect(saved.qcReason).toBe(REASON);
    expect((await t.must('shipments:get', { id: saved.id })).qcReason).toBe(REASON);
    expect(saved.lines[1]).toMatchObject({ qty: 300, orderedQty: 300, acceptedQty: 150, elsewhereQty: 0, readyQty: 150 });
    expect(auditAfter(saved.id)).toEqual([expect.objectContaining({ shipmentNo: 'SHP-2026-001', status: 'shipped', qcReason: REASON })]);

    // Closing it and completing its costs keep the reason: its goods were checked when they left.
    const closed = await t.must('shipments:setStatus', { id: saved.id, status: 'closed', blNo: 'MAEU123456789' });
    expect(closed).toMatchObject({ status: 'closed', qcReason: REASON });
    expect((await t.must('shipments:setCosts', { id: saved.id, freight: 50_000, insurance: 5_000 })).qcReason).toBe(REASON);
  });

  it('keeps no reason where none was needed', async () => {
    const saved = await t.must('shipments:save', twoLines(150, { ...papers, status: 'shipped', qcReason: REASON }));
    expect(saved.qcReason).toBeNull();
    expect(auditAfter(saved.id)[0]).toMatchObject({ qcReason: null });
  });

  it('holds a booked shipment that no longer fits what QC accepted to the same rule at each status step', async () => {
    const booked = await t.must('shipments:save', acmeShipment({ status: 'booked', containerType: 'LCL', lines: [{ orderNo: 'SO-2026-104', sku: 'TW-001', qty: 150 }] }));
    // QC's figures corrected after the booking: 50 of the 150 bags were not accepted after all.
    t.app.db.prepare(
      "UPDATE delivery SET accepted = accepted - 50, rejected = rejected + 50 WHERE assignment_id IN (SELECT a.id FROM work_assignment a JOIN order_line l ON l.id = a.order_line_id JOIN sales_order o ON o.id = l.order_id WHERE o.order_no = 'SO-2026-104')",
    ).run();
    expect((await t.must('shipments:get', { id: booked.id })).lines[0]).toMatchObject({ qty: 150, acceptedQty: 100, readyQty: 100 });
    const back = refusal(await t.call('shipments:setStatus', { id: booked.id, status: 'draft' }));
    expect(back.details).toEqual({ field: 'lines.qty', line: 1 });
    expect(back.message).toContain('baris 1 pengapalan SHP-2026-001, TW-001 pesanan SO-2026-104: diterima QC 100 dari 300 pcs, di pengapalan lain 0, siap 100; kirim 150 melebihinya');
    const ship = { id: booked.id, status: 'shipped' as const, pebNo: '000555', pebDate: '2026-11-21' };
    expect(refusal(await t.call('shipments:setStatus', ship)).details).toEqual({ field: 'qcReason', line: 1 });
    expect((await t.must('shipments:get', { id: booked.id })).status).toBe('booked');
    const shipped = await t.must('shipments:setStatus', { ...ship, qcReason: '50 tas diganti dari stok yang sudah diperiksa QC' });
    expect(shipped).toMatchObject({ status: 'shipped', qcReason: '50 tas diganti dari stok yang sudah diperiksa QC' });
    expect(auditAfter(booked.id).at(-1)).toMatchObject({ status: 'shipped', qcReason: '50 tas diganti dari stok yang sudah diperiksa QC' });
  });
});
