import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../main/core/lists/import';
import { deliverInFull, halfAcceptedOrder, rowsOf, shipmentCentre } from '../api/shipment-centre';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

/** The QC rule in the shipments import and export: the reason of a shipment recorded after the fact is a column of its own. */

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
  await halfAcceptedOrder(t);
});
afterEach(() => t.close());

const options = { dryRun: false, skipInvalid: false };
const KEYS = ['shipment_no', 'buyer_code', 'order_no', 'sku', 'qty', 'etd', 'port_of_discharge', 'country', 'incoterm', 'container', 'peb_no', 'peb_date', 'status', 'qc_reason'];
const REASON = 'Dicatat dari arsip ekspor 2026: barang dibuat sebelum setoran dicatat di aplikasi';

/** A shipment of one row: 100 bags of SO-2026-101 (all accepted) and `qty` of SO-2026-104 (150 accepted) on the next. */
function rows(shipmentNo: string, qty: number, status: string, reason: string | null) {
  const head = [shipmentNo, 'US-ACME', 'SO-2026-101', 'TW-001', 100, '15/11/2026', 'Los Angeles (USLAX)', 'US', 'FOB Surabaya', 'LCL', '000321', '14/11/2026', status, reason];
  const next = [shipmentNo, null, 'SO-2026-104', 'TW-001', qty, null, null, null, null, null, null, null, null, null];
  return [head, next];
}

function sheet(...shipments: ReturnType<typeof rows>[]) {
  return { name: 'Pengapalan', rows: [KEYS, ...shipments.flat()] };
}

describe('shipments through Excel, held to what QC accepted', () => {
  it('refuses a shipped shipment beyond QC without a reason on the row and column of the reason, and a draft beyond QC whatever the reason', async () => {
    const file = await workbookBuffer(sheet(rows('SHP-2026-020', 300, 'dikapalkan', null), rows('SHP-2026-021', 200, 'draf', REASON)));
    const outcome = await importFile(t.ctx, 'shipments', 'p.xlsx', file, options);
    expect(outcome.imported).toBe(0);
    // Each error on the row of the line beyond QC; the shipment's other rows are named as not written.
    expect(outcome.errors).toEqual([
      { row: 2, column: 'shipment_no', message: 'tidak disimpan karena SHP-2026-020 juga memuat baris bermasalah (3)' },
      {
        row: 3, column: 'qc_reason',
        message: 'baris 2 pengapalan SHP-2026-020, TW-001 pesanan SO-2026-104: diterima QC 150 dari 300 pcs, di pengapalan lain 0, siap 150; kirim 300 melebihinya — pengapalan dikapalkan yang dicatat belakangan boleh memuatnya hanya dengan alasan (isi Alasan di luar QC)',
      },
      { row: 4, column: 'shipment_no', message: 'tidak disimpan karena SHP-2026-021 juga memuat baris bermasalah (5)' },
      {
        row: 5, column: 'qty',
        message: 'baris 2 pengapalan SHP-2026-021, TW-001 pesanan SO-2026-104: diterima QC 150 dari 300 pcs, di pengapalan lain 0, siap 150; kirim 200 melebihinya — pengapalan draf atau dipesan hanya memuat barang yang sudah diterima QC',
      },
    ]);
    expect(rowsOf(t, 'shipment')).toEqual([]);
  });

  it('imports one with its reason, exports the reason in a column of its own after the others, and reads it back', async () => {
    const file = await workbookBuffer(sheet(rows('SHP-2026-020', 300, 'dikapalkan', REASON)));
    expect(await importFile(t.ctx, 'shipments', 'p.xlsx', file, options)).toEqual({ valid: 2, imported: 2, errors: [] });
    const [saved] = await t.must('shipments:list', {});
    expect((await t.must('shipments:get', { id: saved.id })).qcReason).toBe(REASON);

    const exported = await readWorkbook(madeBytes((await t.must('files:export', { kind: 'shipments' }))));
    const headers: string[] = [];
    exported.worksheets[0].getRow(5).eachCell((cell: ExcelJS.Cell) => headers.push(String(cell.value)));
    expect(headers.slice(-4)).toEqual(['Ongkos Angkut', 'Asuransi', 'Biaya Darat', 'Alasan di Luar QC']);
    const column = headers.length;
    expect([6, 7].map((row) => exported.worksheets[0].getRow(row).getCell(column).value)).toEqual([REASON, REASON]);

    const again = await tempApp({ today: '2026-11-23' });
    try {
      await shipmentCentre(again);
      await again.must('orders:save', {
        orderNo: 'SO-2026-104', buyerCode: 'US-ACME', orderDate: '2026-11-06', shipBy: '2026-12-30', currency: 'USD', status: 'in-production',
        lines: [{ sku: 'TW-001', qty: 300, unitPrice: 1250 }],
      });
      deliverInFull(again, 'SO-2026-104', 0.5);
      const bytes = Buffer.from(await exported.xlsx.writeBuffer());
      expect(await importFile(again.ctx, 'shipments', 'export.xlsx', bytes, options)).toEqual({ valid: 2, imported: 2, errors: [] });
      const copy = await again.must('shipments:get', { id: (await again.must('shipments:list', {}))[0].id });
      expect(copy).toMatchObject({ shipmentNo: 'SHP-2026-020', status: 'shipped', qcReason: REASON });
    } finally {
      again.close();
    }
  });
});
