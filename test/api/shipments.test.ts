import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipmentInput } from '../../shared/domain/shipments';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { acmeShipment, rowsOf, shipmentCentre } from './shipment-centre';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
});
afterEach(() => t.close());

function snapshot(): unknown[] {
  return ['shipment', 'shipment_line', 'audit_log', 'sales_order'].map((table) => rowsOf(t, table));
}

async function refused(input: ShipmentInput): Promise<{ code: string; message: string; details: unknown }> {
  const before = snapshot();
  const result = await t.call('shipments:save', input);
  if (result.ok) throw new Error('saved although it should not');
  expect(snapshot()).toEqual(before);
  return { code: result.error.code, message: result.error.message, details: result.error.details };
}

describe('a shipment of ready order lines', () => {
  it('packs the lines, numbers the cartons across the shipment and values it at the rate of the declaration date', async () => {
    const shipment = await t.must('shipments:save', acmeShipment());
    expect(shipment).toMatchObject({
      shipmentNo: 'SHP-2026-001', status: 'draft', currency: 'USD', incoterm: 'FOB', incotermPlace: 'Surabaya', country: 'US',
      portOfLoading: 'Tanjung Perak, Surabaya (IDSUB)', coo: 'ska',
      totals: { qty: 350, cartons: 121, netKg: 511.64, grossKg: 622.7, volumeM3: 7.816 },
      value: { invoiceValue: 502_500, fobValue: 502_500, fobUsdCents: 502_500, fobIdr: 84_143_625, rateDate: '2026-12-01', idrRate: 16745, usdRate: 16745 },
      suggestion: { type: 'LCL', revenueTons: 7.816 },
      fill: null,
    });
    expect(shipment.lines.map((l) => [l.sku, l.hsCode, l.cartons, l.firstCarton, l.lastCarton, l.netKg, l.grossKg, l.volumeM3])).toEqual([
      ['TW-001', '4202.21', 21, 1, 21, 237.5, 262.7, 2.016],
      ['KP-020', '4202.12', 100, 22, 121, 274.14, 360, 5.8],
    ]);
    expect(shipment.lines[0].ranges.map((r) => `${r.from}-${r.to}×${r.pieces}`)).toEqual(['1-20×12', '21-21×10']);
    expect(shipment.marks).toBe('ACME LEATHER INC.\nPO NO. SO-2026-101\nLOS ANGELES (USLAX)\nC/NO. 1-121\nMADE IN INDONESIA');

    const open = await t.must('shipments:openLines', { buyerCode: 'US-ACME' });
    expect(open.map((l) => [l.orderNo, l.sku, l.orderedQty, l.reservedQty, l.openQty])).toEqual([
      ['SO-2026-101', 'TW-001', 400, 250, 150],
      ['SO-2026-101', 'KP-020', 300, 100, 200],
      ['SO-2026-101', 'DP-002', 100, 0, 100],
    ]);
    const list = await t.must('shipments:list', {});
    expect(list).toEqual([expect.objectContaining({ shipmentNo: 'SHP-2026-001', buyerName: 'Acme Leather Inc.', cartons: 121, fobUsdCents: 502_500, orderNos: 'SO-2026-101' })]);
  });

  it('takes freight and insurance off a CIF invoice, crosses euros to dollars at the same day’s rates, and asks for REX in the EU', async () => {
    const shipment = await t.must('shipments:save', {
      shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', portOfDischarge: 'Antwerp (BEANR)', etd: '2026-12-05', freight: 30_000, insurance: 2_000,
      lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
    });
    expect(shipment).toMatchObject({
      currency: 'EUR', incoterm: 'CIF', incotermPlace: 'Antwerp (BEANR)', coo: 'rex', invoiceDate: '2026-11-23',
      value: { invoiceValue: 360_000, fobValue: 328_000, fobIdr: 63_438_480, fobUsdCents: 378_850, idrRate: 19341, usdRate: 16745 },
    });
  });

  it('refuses a chosen container the load is too heavy for, and accepts one that carries it', async () => {
    const heavy = acmeShipment({ containerType: '20', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 250, netKg: 27_000, grossKg: 28_500 }] });
    const error = await refused(heavy);
    expect(error.message).toBe("Muatan 28500 kg melebihi daya angkut 1 × 20' (28000 kg); pilih kontainer lain atau tambah jumlahnya.");
    expect(error.details).toEqual({ field: 'containerType' });
    const saved = await t.must('shipments:save', { ...heavy, containerCount: 2 });
    expect(saved.fill).toMatchObject({ type: '20', count: 2, weightPct: 50.9, isOverPayload: false });
  });
});

describe('bad input changes nothing', () => {
  it('refuses shipping more than is still open, naming what other shipments hold', async () => {
    expect((await refused(acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 401 }] }))).message).toBe(
      'TW-001 pesanan SO-2026-101: dipesan 400, sudah di pengapalan lain 0, sisa 400; kirim 401 melebihinya',
    );
    await t.must('shipments:save', acmeShipment());
    const error = await refused(acmeShipment({ shipmentNo: 'SHP-2026-009', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 200 }] }));
    expect(error.message).toBe('TW-001 pesanan SO-2026-101: dipesan 400, sudah di pengapalan lain 250 (SHP-2026-001), sisa 150; kirim 200 melebihinya');
    expect(error.details).toEqual({ field: 'lines.qty', line: 1 });
  });

  it('refuses orders not in production or ready, of another buyer, unknown orders, buyers and SKUs', async () => {
    const line = (orderNo: string, sku = 'TW-001') => acmeShipment({ lines: [{ orderNo, sku, qty: 10 }] });
    expect((await refused(line('SO-2026-102'))).message).toBe(
      'pesanan SO-2026-102 berstatus dikonfirmasi; hanya pesanan yang sedang diproduksi atau siap kirim yang bisa dikapalkan',
    );
    expect((await refused(line('SO-2026-103'))).message).toBe('pesanan SO-2026-103 milik pembeli BE-MVH, bukan US-ACME');
    expect((await refused(line('SO-404'))).message).toBe('pesanan SO-404 tidak ditemukan');
    expect((await refused(line('SO-2026-101', 'XX-1'))).message).toBe('SKU XX-1 tidak ada di pesanan SO-2026-101');
    expect((await refused(acmeShipment({ buyerCode: 'NOBODY' }))).message).toBe('pembeli NOBODY tidak ditemukan');
  });

  it('refuses negative weights and a product without a carton size (a date without a rate is recorded: shipment-fob.test.ts)', async () => {
    const negative = await refused(acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 10, netKg: -5 }] }));
    expect(negative.code).toBe('INVALID_INPUT');
    expect(negative.message).toContain('harus lebih dari nol');
    expect((await refused(acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'DP-002', qty: 10 }] }))).message).toBe(
      'produk DP-002 belum punya ukuran karton (P × L × T cm); lengkapi di halaman Produk',
    );
  });

  it('refuses a shipment number already in use', async () => {
    await t.must('shipments:save', acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 10 }] }));
    expect((await refused(acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 10 }] }))).code).toBe('DUPLICATE');
  });
});

describe('the workflow', () => {
  it('books with a container, ships with a PEB at the PEB date’s rate, closes with a B/L, and then is locked', async () => {
    const draft = await t.must('shipments:save', acmeShipment());
    const noContainer = await t.call('shipments:setStatus', { id: draft.id, status: 'booked' });
    expect(noContainer.ok ? null : [noContainer.error.message, noContainer.error.details]).toEqual(['wajib diisi untuk status dipesan', { field: 'containerType' }]);
    await t.must('shipments:save', { ...acmeShipment({ containerType: 'LCL' }), id: draft.id });
    await t.must('shipments:setStatus', { id: draft.id, status: 'booked' });
    const noPeb = await t.call('shipments:setStatus', { id: draft.id, status: 'shipped' });
    expect(noPeb.ok ? null : noPeb.error.details).toEqual({ field: 'pebNo' });
    await t.must('rates:save', { currency: 'USD', validOn: '2026-11-28', idrPerUnit: 16800 });
    const shipped = await t.must('shipments:setStatus', { id: draft.id, status: 'shipped', pebNo: '000123', pebDate: '2026-11-28' });
    expect(shipped.value).toMatchObject({ rateDate: '2026-11-28', idrRate: 16800, fobIdr: 5025 * 16800 });
    const locked = await t.call('shipments:save', { ...acmeShipment({ containerType: 'LCL', status: 'shipped', pebNo: '000123' }), id: draft.id });
    expect(locked.ok ? null : locked.error.message).toBe('Pengapalan SHP-2026-001 berstatus dikapalkan; hanya draf atau yang sudah dipesan yang boleh diubah.');
    const closed = await t.must('shipments:setStatus', { id: draft.id, status: 'closed', blNo: 'MAEU-245118' });
    expect(closed).toMatchObject({ status: 'closed', blNo: 'MAEU-245118', pebNo: '000123' });
    const back = await t.call('shipments:setStatus', { id: draft.id, status: 'draft' });
    expect(back.ok ? null : back.error.message).toBe('Status pengapalan tidak bisa diubah dari selesai ke draf.');
  });

  it('marks an order shipped once every line has left, and a cancelled shipment frees its quantities', async () => {
    t.app.db.prepare("UPDATE product SET carton_length_cm = 40, carton_width_cm = 30, carton_height_cm = 30, carton_gross_kg = 8 WHERE sku = 'DP-002'").run();
    const all = acmeShipment({
      status: 'shipped', containerType: 'LCL', pebNo: '000777',
      lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 400 }, { orderNo: 'SO-2026-101', sku: 'KP-020', qty: 250 }, { orderNo: 'SO-2026-101', sku: 'DP-002', qty: 100 }],
    });
    await t.must('shipments:save', all);
    expect((await t.must('orders:get', { id: 1 })).status).toBe('in-production');
    const rest = await t.must('shipments:save', { ...acmeShipment({ shipmentNo: 'SHP-2026-002', lines: [{ orderNo: 'SO-2026-101', sku: 'KP-020', qty: 50 }] }) });
    await t.must('shipments:setStatus', { id: rest.id, status: 'cancelled' });
    expect((await t.must('shipments:openLines', { buyerCode: 'US-ACME' })).find((l) => l.sku === 'KP-020')?.openQty).toBe(50);
    await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-003', status: 'shipped', containerType: 'LCL', pebNo: '000778', lines: [{ orderNo: 'SO-2026-101', sku: 'KP-020', qty: 50 }] }));
    expect((await t.must('orders:get', { id: 1 })).status).toBe('shipped');
    expect(await t.must('shipments:openLines', { buyerCode: 'US-ACME' })).toEqual([]);
  });
});

describe('shipped exports as export facts', () => {
  it('counts shipped and closed shipments by the month of the PEB, destination, category and HS code', async () => {
    const { shipmentExportFacts } = await import('../../main/core/shipments/shipment-fact-queries');
    await t.must('shipments:save', acmeShipment({ status: 'shipped', containerType: 'LCL', pebNo: '000123', pebDate: '2026-11-28' }));
    await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-002', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 10 }] }));
    expect(shipmentExportFacts(t.app.db, '2026-01', '2026-12')).toEqual([
      { month: '2026-11', country: 'US', category: 'koper', hsCode: '4202.12', fobUsdCents: 190_000 },
      { month: '2026-11', country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 312_500 },
    ]);
  });

  it('feeds the export reports, and a month with export history is taken from the history only', async () => {
    await t.must('shipments:save', acmeShipment({ status: 'shipped', containerType: 'LCL', pebNo: '000123', pebDate: '2026-11-28' }));
    const november = { from: '2026-11', to: '2026-11' };
    expect((await t.must('reports:exportPerformance', november)).currentUsdCents).toBe(502_500);
    // Somebody enters November from the customs records, and says which figure the month keeps: it is not counted twice.
    await t.must('exports:save', { year: 2026, month: 11, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 400_000, monthSource: 'history' });
    expect((await t.must('reports:exportPerformance', november)).currentUsdCents).toBe(400_000);
  });
});
