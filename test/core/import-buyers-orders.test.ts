import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { buyerSheet, count, orderSheet, rowOf, seedSupply } from '../fixtures/supply-workbooks';
import { workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
  await seedSupply(t);
  await t.must('rates:save', { currency: 'USD', validOn: '2026-01-02', idrPerUnit: 16808, source: 'BI JISDOR' });
});
afterEach(() => t.close());

const options = { dryRun: false, skipInvalid: false };

describe('buyers', () => {
  it('reads countries by name or code and kinds in Indonesian words', async () => {
    const file = await workbookBuffer(buyerSheet([
      [1, 'JP-TKY', 'Tokyo Bag Co.', 'Jepang', 'ekspor', 'jpy', 'FOB Surabaya'],
      [2, 'NL-AMS', 'Amsterdam Leder BV', 'Netherlands', 'Export', 'EUR', 'cif'],
      [3, 'GOV-SDA', 'Dinas Koperasi Sidoarjo', 'id', 'pemerintah', 'Rp', null],
      [4, 'TOKO-1', 'Toko Online Jaya', 'Indonesia', 'dalam negeri', 'IDR', null],
    ]));
    const preview = await previewImport(t.ctx, 'buyers', 'pembeli.xlsx', file);
    expect(preview.columns.map((c) => c.key)).toEqual(['buyer_code', 'name', 'country', 'kind', 'currency', 'incoterm']);
    expect(preview.errors).toEqual([]);
    expect(await importFile(t.ctx, 'buyers', 'pembeli.xlsx', file, options)).toEqual({ valid: 4, imported: 4, errors: [] });
    const buyers = (await t.must('buyers:list', {})).filter((b) => !['US-ACME', 'SBY-01'].includes(b.buyerCode));
    expect(buyers.map((b) => [b.buyerCode, b.country, b.kind, b.currency, b.incoterm])).toEqual([
      ['NL-AMS', 'NL', 'export', 'EUR', 'CIF'],
      ['GOV-SDA', 'ID', 'government', 'IDR', null],
      ['TOKO-1', 'ID', 'domestic', 'IDR', null],
      ['JP-TKY', 'JP', 'export', 'JPY', 'FOB'],
    ]);
  });

  it('refuses unknown countries, kinds, currencies and incoterms, and codes already stored', async () => {
    const file = await workbookBuffer(buyerSheet([
      [1, 'X-1', 'Negeri Dongeng', 'Narnia', 'ekspor', 'USD', 'FOB'],
      [2, 'X-2', 'Teman Lama', 'ID', 'teman', 'IDR', null],
      [3, 'X-3', 'Pakai Rubel', 'ID', 'domestik', 'RUB', 'ABC'],
      [4, 'us-acme', 'Acme lagi', 'US', 'export', 'USD', null],
    ]));
    const outcome = await importFile(t.ctx, 'buyers', 'b.xlsx', file, options);
    expect(outcome.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [rowOf(0), 'Negara Tujuan', 'negara tidak dikenal; tulis kode ISO dua huruf, mis. US, BE, JP, CN'],
      [rowOf(1), 'Jenis', 'jenis pembeli harus export, domestic, marketplace atau government'],
      [rowOf(2), 'Valuta', 'mata uang harus salah satu dari IDR, USD, EUR, JPY, CNY, SGD, MYR, AUD'],
      [rowOf(2), 'Incoterms', 'incoterm tidak dikenal (mis. FOB, CIF, EXW)'],
      [rowOf(3), 'Kode Pelanggan', 'nomor us-acme sudah terdaftar'],
    ]);
    expect(count(t, 'buyer')).toBe(2);
  });
});

describe('orders, one line a row', () => {
  const PO1 = [
    [1, 'PO-2026-001', 'US-ACME', '05/01/2026', '28/02/2026', 'USD', 'dikonfirmasi', 'TW-001', 200, '12,50'],
    [2, 'PO-2026-001', null, null, null, null, null, 'DP-002', '1.000', 3.2],
  ];
  const PO2 = [[3, 'SBY-0107', 'SBY-01', new Date(Date.UTC(2026, 0, 7)), '15/01/2026', 'IDR', null, 'DP-002', 50, 'Rp 85.000']];

  it('groups rows into orders with lines in sheet order and prices in minor units', async () => {
    const file = await workbookBuffer(orderSheet([...PO1, ...PO2]));
    const preview = await previewImport(t.ctx, 'orders', 'po.xlsx', file);
    expect(preview.columns.map((c) => [c.key, c.header])).toEqual([
      ['order_no', 'No. PO'], ['buyer_code', 'Kode Pembeli'], ['order_date', 'Tgl PO'], ['ship_by', 'Tanggal Kirim'], ['currency', 'Valuta'],
      ['status', 'Status'], ['sku', 'Kode Barang'], ['qty', 'Jumlah'], ['unit_price', 'Harga Satuan'],
    ]);
    expect(preview.rows[0].values).toMatchObject({ order_date: '05/01/2026', status: 'dikonfirmasi', unit_price: 12.5 });
    expect(await importFile(t.ctx, 'orders', 'po.xlsx', file, options)).toEqual({ valid: 3, imported: 3, errors: [] });
    const page = await t.must('orders:page', { sort: 'orderNo' });
    expect(page.rows.map((o) => [o.orderNo, o.status, o.currency, o.lines, o.qty, o.value])).toEqual([
      ['PO-2026-001', 'confirmed', 'USD', 2, 1200, 200 * 1250 + 1000 * 320],
      ['SBY-0107', 'draft', 'IDR', 1, 50, 50 * 85000],
    ]);
    const order = await t.must('orders:get', { id: page.rows[0].id });
    expect(order).toMatchObject({ buyerCode: 'US-ACME', orderDate: '2026-01-05', shipBy: '2026-02-28', idrRate: 16808 });
    expect(order.lines.map((l) => [l.lineNo, l.sku, l.qty, l.unitPrice])).toEqual([[1, 'TW-001', 200, 1250], [2, 'DP-002', 1000, 320]]);
  });

  it('names each bad row and column, tells the other rows of a bad order why they wait, writes nothing', async () => {
    const file = await workbookBuffer(orderSheet([
      ...PO1,
      [3, 'PO-2', 'XX-BUYER', '05/01/2026', '28/02/2026', 'IDR', null, 'TW-001', 5, 100000],
      [4, 'PO-3', 'SBY-01', '10/02/2026', '01/02/2026', 'IDR', null, 'TW-001', 5, 100000],
      [5, 'PO-4', 'SBY-01', '10/02/2026', '01/03/2026', 'RPX', null, 'TW-001', 5, 100000],
      [6, 'PO-5', 'SBY-01', '10/02/2026', '01/03/2026', 'IDR', null, 'ZZ-404', 5, 100000],
      [7, 'PO-5', 'SBY-01', '10/02/2026', '01/03/2026', 'USD', null, 'TW-001', 5, 100000],
      [8, 'PO-6', 'SBY-01', '10/02/2026', '01/03/2026', 'EUR', null, 'TW-001', 5, 100000],
      [9, 'PO-2026-001', null, null, null, null, null, 'TW-001', 0, 12.5],
      [10, 'PO-7', 'SBY-01', '10/02/2026', '01/03/2026', 'IDR', null, 'TW-001', '-3', 100000],
    ]));
    const outcome = await importFile(t.ctx, 'orders', 'po.xlsx', file, options);
    expect(outcome.imported).toBe(0);
    // PO-6 in euros without a recorded rate is sound: the order book does not wait for the rate.
    expect(outcome.valid).toBe(1);
    expect(outcome.errors).toEqual([
      { row: rowOf(0), column: 'No. PO', message: 'tidak disimpan karena PO-2026-001 juga memuat baris bermasalah (12)' },
      { row: rowOf(1), column: 'No. PO', message: 'tidak disimpan karena PO-2026-001 juga memuat baris bermasalah (12)' },
      { row: rowOf(2), column: 'Kode Pembeli', message: 'pembeli XX-BUYER tidak ditemukan' },
      { row: rowOf(3), column: 'Tanggal Kirim', message: 'tanggal kirim tidak boleh sebelum tanggal pesanan' },
      { row: rowOf(4), column: 'Valuta', message: 'mata uang harus salah satu dari IDR, USD, EUR, JPY, CNY, SGD, MYR, AUD' },
      { row: rowOf(5), column: 'Kode Barang', message: 'produk (SKU) ZZ-404 tidak ditemukan' },
      { row: rowOf(6), column: 'Valuta', message: 'berbeda dengan baris 9 untuk pesanan PO-5 (IDR)' },
      { row: rowOf(8), column: 'Jumlah', message: 'harus lebih dari nol' },
      { row: rowOf(9), column: 'Jumlah', message: 'harus lebih dari nol' },
    ]);
    expect(count(t, 'sales_order')).toBe(0);
  });

  it('with skip-invalid writes the whole good orders and no part of a bad one', async () => {
    const file = await workbookBuffer(orderSheet([...PO1, ...PO2, [4, 'SBY-0107', null, null, null, null, null, 'ZZ-404', 1, 1]]));
    const outcome = await importFile(t.ctx, 'orders', 'po.xlsx', file, { dryRun: false, skipInvalid: true });
    expect(outcome.valid).toBe(2);
    expect(outcome.imported).toBe(2);
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([[rowOf(2), 'No. PO'], [rowOf(3), 'Kode Barang']]);
    expect((await t.must('orders:page', {})).rows.map((o) => o.orderNo)).toEqual(['PO-2026-001']);
    expect(count(t, 'order_line')).toBe(2);
  });

  it('refuses an order number already in the database: re-importing is not an update', async () => {
    await importFile(t.ctx, 'orders', 'po.xlsx', await workbookBuffer(orderSheet(PO2)), options);
    const outcome = await importFile(t.ctx, 'orders', 'po.xlsx', await workbookBuffer(orderSheet(PO2)), options);
    expect(outcome).toEqual({ valid: 0, imported: 0, errors: [{ row: rowOf(0), column: 'No. PO', message: 'nomor SBY-0107 sudah terdaftar' }] });
    expect(count(t, 'order_line')).toBe(1);
  });
});
