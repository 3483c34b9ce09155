import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../main/core/lists/import';
import { acmeShipment, rowsOf, shipmentCentre } from '../api/shipment-centre';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
});
afterEach(() => t.close());

const options = { dryRun: false, skipInvalid: false };
const KEYS = ['shipment_no', 'buyer_code', 'order_no', 'sku', 'qty', 'cartons', 'etd', 'eta', 'port_of_loading', 'port_of_discharge', 'country', 'incoterm', 'container', 'peb_no', 'bl_no', 'status'];

/** The columns of a workbook's first sheet by header text on row 5 (the app's own layout). */
function columnsOf(workbook: ExcelJS.Workbook): Map<string, number> {
  const columns = new Map<string, number>();
  workbook.worksheets[0].getRow(5).eachCell((cell, col) => columns.set(String(cell.value), col));
  return columns;
}

/** A sheet with the contract's keys as headers, as a tool outside the app would write it. */
function keyedSheet(rows: (string | number | Date | null)[][]) {
  return { name: 'Pengapalan', rows: [KEYS, ...rows] };
}

const LINE_1 = ['SHP-2026-010', 'US-ACME', 'SO-2026-101', 'TW-001', 250, null, '01/12/2026', '24/12/2026', null, 'Los Angeles (USLAX)', 'US', 'FOB Surabaya', "40'HC", null, null, 'dipesan'];
const LINE_2 = ['SHP-2026-010', null, 'SO-2026-101', 'KP-020', 100, 100, null, null, null, null, null, null, null, null, null, null];

describe('shipments through Excel', () => {
  it('goes template → filled → import → export → read back with the same rows', async () => {
    const template = await readWorkbook(madeBytes((await t.must('files:template', { kind: 'shipments' }))));
    const headers = columnsOf(template);
    for (const label of ['No. Pengapalan', 'Kode Pembeli', 'No. Pesanan', 'SKU', 'Jumlah Kirim', 'Jumlah Karton', 'Kontainer', 'No. PEB', 'No. B/L']) {
      expect(headers.has(label), label).toBe(true);
    }
    const sheet = template.worksheets[0];
    const fill = (row: number, values: Record<string, string | number | Date>) => {
      for (const [header, value] of Object.entries(values)) sheet.getRow(row).getCell(headers.get(header) ?? 0).value = value;
    };
    fill(6, {
      'No. Pengapalan': 'SHP-2026-010', 'Kode Pembeli': 'US-ACME', 'No. Pesanan': 'SO-2026-101', SKU: 'TW-001', 'Jumlah Kirim': 250,
      ETD: new Date(Date.UTC(2026, 11, 1)), ETA: new Date(Date.UTC(2026, 11, 24)), 'Pelabuhan Bongkar': 'Los Angeles (USLAX)', 'Negara Tujuan': 'Amerika Serikat',
      Incoterm: 'FOB Surabaya', Kontainer: "40'HC", 'Status Pengapalan': 'dipesan',
    });
    fill(7, { 'No. Pengapalan': 'SHP-2026-010', 'No. Pesanan': 'SO-2026-101', SKU: 'KP-020', 'Jumlah Kirim': 100, 'Jumlah Karton': 100 });
    const filled = Buffer.from(await template.xlsx.writeBuffer());
    expect(await importFile(t.ctx, 'shipments', 'pengapalan.xlsx', filled, options)).toEqual({ valid: 2, imported: 2, errors: [] });

    const [saved] = await t.must('shipments:list', {});
    const shipment = await t.must('shipments:get', { id: saved.id });
    expect(shipment).toMatchObject({ status: 'booked', containerType: '40HC', containerCount: 1, country: 'US', incoterm: 'FOB', incotermPlace: 'Surabaya', etd: '2026-12-01' });
    expect(shipment.totals).toEqual({ qty: 350, cartons: 121, netKg: 511.64, grossKg: 622.7, volumeM3: 7.816 });

    const exported = await readWorkbook(madeBytes((await t.must('files:export', { kind: 'shipments' }))));
    const columns = columnsOf(exported);
    const value = (row: number, header: string) => exported.worksheets[0].getRow(row).getCell(columns.get(header) ?? 0).value;
    expect([6, 7].map((row) => [value(row, 'No. Pengapalan'), value(row, 'SKU'), value(row, 'Jumlah Kirim'), value(row, 'Jumlah Karton'), value(row, 'Kontainer'), value(row, 'Incoterm'), value(row, 'Status Pengapalan')])).toEqual([
      ['SHP-2026-010', 'TW-001', 250, 21, "40'HC", 'FOB Surabaya', 'dipesan'],
      ['SHP-2026-010', 'KP-020', 100, 100, "40'HC", 'FOB Surabaya', 'dipesan'],
    ]);
    expect(value(6, 'Kode HS')).toBe('4202.21');
    // The totals row sums live and carries its value for readers that do not recalculate.
    expect(value(8, 'Berat Kotor (kg)')).toEqual({ formula: 'SUBTOTAL(9,L6:L7)', result: 622.7 });
    expect(exported.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });

    // The export comes back into an empty copy of the centre unchanged.
    const again = await tempApp({ today: '2026-11-23' });
    try {
      await shipmentCentre(again);
      const bytes = Buffer.from(await exported.xlsx.writeBuffer());
      expect(await importFile(again.ctx, 'shipments', 'export.xlsx', bytes, options)).toEqual({ valid: 2, imported: 2, errors: [] });
      const copy = await again.must('shipments:get', { id: (await again.must('shipments:list', {}))[0].id });
      expect({ ...copy, id: 0, invoiceDate: '' }).toEqual({ ...shipment, id: 0, invoiceDate: '', lines: shipment.lines.map((line, i) => ({ ...line, id: copy.lines[i].id })) });
    } finally {
      again.close();
    }
  });

  it('keeps a CIF shipment’s freight and insurance through export and import, read in its currency', async () => {
    const cif = await t.must('shipments:save', {
      shipmentNo: 'SHP-2026-020', buyerCode: 'BE-MVH', portOfDischarge: 'Antwerp (BEANR)', etd: '2026-12-05', freight: 30_000, insurance: 2_050,
      lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
    });
    const exported = madeBytes((await t.must('files:export', { kind: 'shipments' })));
    const again = await tempApp({ today: '2026-11-23' });
    try {
      await shipmentCentre(again);
      expect(await importFile(again.ctx, 'shipments', 'export.xlsx', exported, options)).toEqual({ valid: 1, imported: 1, errors: [] });
      const copy = await again.must('shipments:get', { id: (await again.must('shipments:list', {}))[0].id });
      expect([copy.freight, copy.insurance, copy.value]).toEqual([cif.freight, cif.insurance, cif.value]);
    } finally {
      again.close();
    }
    // Freight without the currency it is in cannot be read: the cents are unknown.
    const noCurrency = { name: 'P', rows: [[...KEYS, 'freight'], ['SHP-2026-021', 'BE-MVH', 'SO-2026-103', 'TW-001', 10, null, null, null, null, null, null, null, null, null, null, null, 300]] };
    const outcome = await importFile(t.ctx, 'shipments', 'p.xlsx', await workbookBuffer(noCurrency), options);
    expect(outcome.errors).toEqual([{ row: 2, column: 'Mata Uang', message: 'wajib diisi' }]);
  });

  it('names the row whose shipment fields disagree, and writes nothing', async () => {
    const disagreeing = [...LINE_2];
    disagreeing[6] = '03/12/2026';
    const outcome = await importFile(t.ctx, 'shipments', 'p.xlsx', await workbookBuffer(keyedSheet([LINE_1, disagreeing])), options);
    expect(outcome.imported).toBe(0);
    expect(outcome.errors).toEqual([
      { row: 2, column: 'shipment_no', message: 'tidak disimpan karena SHP-2026-010 juga memuat baris bermasalah (3)' },
      { row: 3, column: 'etd', message: 'berbeda dengan baris 2 untuk pengapalan SHP-2026-010 (01/12/2026)' },
    ]);
    expect(rowsOf(t, 'shipment')).toEqual([]);
  });

  it('refuses what the screen refuses (more than is open, another buyer’s order), row by row, and with skip-invalid writes the good shipments', async () => {
    await t.must('shipments:save', acmeShipment({ lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 300 }] }));
    const tooMany = [...LINE_1];
    const otherBuyer = ['SHP-2026-011', 'US-ACME', 'SO-2026-103', 'TW-001', 10, null, '01/12/2026', null, null, null, null, null, null, null, null, null];
    const small = ['SHP-2026-012', 'US-ACME', 'SO-2026-101', 'KP-020', 10, null, '01/12/2026', null, null, null, null, null, '20', null, null, null];
    const rows = [tooMany, otherBuyer, small];
    const outcome = await importFile(t.ctx, 'shipments', 'p.xlsx', await workbookBuffer(keyedSheet(rows)), { dryRun: true, skipInvalid: false });
    expect(outcome.errors).toEqual([
      { row: 2, column: 'qty', message: 'TW-001 pesanan SO-2026-101: dipesan 400, sudah di pengapalan lain 300 (SHP-2026-001), sisa 100; kirim 250 melebihinya' },
      { row: 3, column: 'order_no', message: 'pesanan SO-2026-103 milik pembeli BE-MVH, bukan US-ACME' },
    ]);
    expect(outcome.valid).toBe(1);
    const shipmentsBefore = rowsOf(t, 'shipment');
    expect((await importFile(t.ctx, 'shipments', 'p.xlsx', await workbookBuffer(keyedSheet(rows)), options)).imported).toBe(0);
    expect(rowsOf(t, 'shipment')).toEqual(shipmentsBefore);
    const written = await importFile(t.ctx, 'shipments', 'p.xlsx', await workbookBuffer(keyedSheet(rows)), { dryRun: false, skipInvalid: true });
    expect(written.imported).toBe(1);
    expect((await t.must('shipments:list', {})).map((s) => s.shipmentNo).sort()).toEqual(['SHP-2026-001', 'SHP-2026-012']);
  });

  it('reads containers as people write them', async () => {
    const { parseContainer } = await import('../../main/core/shipments/shipment-import-cells');
    expect(["40'HC", '40 hc', '40HQ', "2x40'HC", '2 × 20ft', 'LCL', '40', "20'"].map(parseContainer)).toEqual([
      { type: '40HC', count: 1 }, { type: '40HC', count: 1 }, { type: '40HC', count: 1 }, { type: '40HC', count: 2 },
      { type: '20', count: 2 }, { type: 'LCL', count: 1 }, { type: '40', count: 1 }, { type: '20', count: 1 },
    ]);
    expect(parseContainer('20HC')).toBeNull();
    expect(parseContainer('truk')).toBeNull();
  });
});
