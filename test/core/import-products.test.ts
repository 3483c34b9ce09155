import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { count, productSheet, rowOf, seedSupply } from '../fixtures/supply-workbooks';
import { workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

const GOOD = [
  [1, 'TW-101', 'Tas wanita kulit sapi', 'Tas', '4202.21', 'kulit', 'pcs', 300, 10, '9,5', 'Rp 450.000', 'Rp'],
  [2, 'KP-201', 'Koper ABS', 'suitcases', 420212, 'plastik', 'buah', '1.234', 4, null, '12,50', 'usd'],
];

async function preview(rows: (string | number | null)[][]) {
  return previewImport(t.ctx, 'products', 'produk.xlsx', await workbookBuffer(productSheet(rows)));
}

describe('a product list with Indonesian headers', () => {
  it('finds the header under the title and reads every column', async () => {
    const result = await preview(GOOD);
    expect(result.headerRow).toBe(3);
    expect(result.columns.map((c) => [c.key, c.header])).toEqual([
      ['sku', 'Kode Produk'], ['name', 'Nama Barang'], ['category', 'Jenis Produk'], ['hs_code', 'Kode HS'], ['outer_material', 'Bahan Luar'],
      ['uom', 'Satuan'], ['labour_minutes', 'Menit Kerja'], ['carton_qty', 'Isi/Karton'], ['carton_gross_kg', 'Berat Kotor (kg)'],
      ['price', 'Harga (Rp)'], ['currency', 'Mata Uang'],
    ]);
    expect(result.ignoredHeaders).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.rows[1].values).toMatchObject({ category: 'Koper', hs_code: '4202.12', uom: 'pcs', labour_minutes: 1234, price: 12.5, currency: 'USD' });
  });

  it('stores prices in minor units, HS codes with dots, categories by code', async () => {
    const outcome = await importFile(t.ctx, 'products', 'p.xlsx', await workbookBuffer(productSheet(GOOD)), { dryRun: false, skipInvalid: false });
    expect(outcome).toEqual({ valid: 2, imported: 2, errors: [] });
    const products = await t.must('products:list', {});
    expect(products.map((p) => [p.sku, p.category, p.hsCode, p.outerMaterial, p.cartonGrossKg, p.price, p.currency])).toEqual([
      ['KP-201', 'koper', '4202.12', 'plastik', null, 1250, 'USD'],
      ['TW-101', 'tas', '4202.21', 'kulit', 9.5, 450000, 'IDR'],
    ]);
  });

  it('reads HS codes Excel turned into numbers, and numbers typed as text', async () => {
    const result = await preview([
      [1, 'A', 'Dompet', 'Dompet', 4202.3, null, null, 60, 20, null, '1.234,5', 'USD'],
      [2, 'B', 'Sepatu', 'Sepatu', 640399, null, null, 90, 12, null, 150000, 'IDR'],
      [3, 'C', 'Dompet BTKI', 'Dompet', 42023110, null, null, 60, 20, null, 75000, 'IDR'],
      [4, 'D', 'Ransel', 'Tas', '4202.92.00', null, null, 60, 20, null, 75000, 'IDR'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.values.hs_code, r.values.price])).toEqual([
      ['4202.30', 1234.5], ['6403.99', 150000], ['4202.31.10', 75000], ['4202.92.00', 75000],
    ]);
  });
});

describe('bad product rows', () => {
  it('names the sheet row and column of each problem and writes nothing', async () => {
    const file = await workbookBuffer(productSheet([
      ...GOOD,
      [3, 'X-1', 'Tas aneh', 'Tas', '4202', null, null, 60, 10, null, 50000, 'IDR'],
      [4, 'X-2', 'Tas rupiah baru', 'Tas', '4202.22', null, null, 60, 0, null, 50000, 'RPX'],
      [5, 'X-3', 'Tas diskon', 'Tas', '4202.22', null, null, -5, 10, null, '-1.000', 'IDR'],
      [6, 'X-4', 'Payung', 'Payung', '6601.91', 'bambu', null, 60, 10, null, 50000, 'IDR'],
    ]));
    const outcome = await importFile(t.ctx, 'products', 'p.xlsx', file, { dryRun: false, skipInvalid: false });
    expect(outcome.valid).toBe(2);
    expect(outcome.imported).toBe(0);
    expect(outcome.errors).toEqual([
      { row: rowOf(2), column: 'Kode HS', message: 'kode HS harus 6 atau 8 digit, mis. 4202.21 atau 4202.21.10' },
      { row: rowOf(3), column: 'Isi/Karton', message: 'harus lebih dari nol' },
      { row: rowOf(3), column: 'Mata Uang', message: 'mata uang harus salah satu dari IDR, USD, EUR, JPY, CNY, SGD, MYR, AUD' },
      { row: rowOf(4), column: 'Menit Kerja', message: 'tidak boleh negatif' },
      { row: rowOf(4), column: 'Harga (Rp)', message: 'tidak boleh negatif' },
      { row: rowOf(5), column: 'Jenis Produk', message: expect.stringContaining('jenis produk "Payung" tidak dikenal') },
      { row: rowOf(5), column: 'Bahan Luar', message: 'bahan luar harus kulit, sintetis, tekstil, plastik atau lainnya' },
    ]);
    expect(count(t, 'product')).toBe(0);
  });

  it('with skip-invalid writes the good rows only', async () => {
    const file = await workbookBuffer(productSheet([...GOOD, [3, 'X-1', 'Tas aneh', 'Tas', null, null, null, 60, 10, null, 50000, 'IDR']]));
    const outcome = await importFile(t.ctx, 'products', 'p.xlsx', file, { dryRun: false, skipInvalid: true });
    expect(outcome).toEqual({ valid: 2, imported: 2, errors: [{ row: rowOf(2), column: 'Kode HS', message: 'wajib diisi' }] });
    expect(count(t, 'product')).toBe(2);
  });

  it('refuses a SKU used twice in the file or already in the catalogue', async () => {
    await seedSupply(t);
    const file = await workbookBuffer(productSheet([...GOOD, [3, 'tw-101', 'Salinan', 'Tas', '4202.21', null, null, 60, 10, null, 1, 'IDR'], [4, 'DP-002', 'Dompet lagi', 'Dompet', '4202.31', null, null, 60, 10, null, 1, 'IDR']]));
    const outcome = await importFile(t.ctx, 'products', 'p.xlsx', file, { dryRun: true, skipInvalid: false });
    expect(outcome.errors).toEqual([
      { row: rowOf(2), column: 'Kode Produk', message: 'nomor tw-101 sudah dipakai di baris 4 berkas ini' },
      { row: rowOf(3), column: 'Kode Produk', message: 'nomor DP-002 sudah terdaftar' },
    ]);
  });
});
