import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport, importFile, previewImport } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { bomSheet, count, materialSheet, rowOf, seedSupply } from '../fixtures/supply-workbooks';
import { workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
  await seedSupply(t);
});
afterEach(() => t.close());

const MATERIALS = [
  [1, 'PU-137', 'Kulit sintetis PU 137 cm', 'Kulit Sintetis', 'meter', 'gulung', '50', 'Rp 38.500', 'Toko Kain Surabaya', 5, '1.234,5', 20],
  [2, 'BNG-40', 'Benang nilon 40', 'thread', 'mtr', 'cone', 3000, '12,5', null, 4, null, null],
  [3, 'KLT-DMB', 'Kulit domba', 'leather', 'kaki persegi', 'hide', 8, 52000, 'Garut', 21, 100, 50],
];

describe('a material list with Indonesian headers', () => {
  it('reads category and unit words, costs in rupiah and text numbers', async () => {
    const file = await workbookBuffer(materialSheet(MATERIALS));
    const result = await previewImport(t.ctx, 'materials', 'bahan.xlsx', file);
    expect(result.headerRow).toBe(3);
    expect(result.columns.map((c) => c.key)).toEqual([
      'material_code', 'name', 'category', 'uom', 'purchase_uom', 'purchase_factor', 'unit_cost', 'supplier', 'lead_time_days',
      'min_order_qty', 'safety_stock',
    ]);
    expect(result.errors).toEqual([]);
    expect(await commitImport(t.ctx, result.importId, false)).toEqual({ valid: 3, imported: 3, errors: [] });
    const saved = (await t.must('materials:list', {})).filter((m) => ['PU-137', 'BNG-40', 'KLT-DMB'].includes(m.materialCode));
    expect(saved.map((m) => [m.materialCode, m.category, m.uom, m.purchaseUom, m.purchaseFactor, m.unitCost, m.currency, m.minOrderQty, m.supplier])).toEqual([
      ['BNG-40', 'benang', 'm', 'cone', 3000, 13, 'IDR', 0, null],
      ['KLT-DMB', 'kulit', 'sqft', 'hide', 8, 52000, 'IDR', 100, 'Garut'],
      ['PU-137', 'kulit-sintetis', 'm', 'roll', 50, 38500, 'IDR', 1234.5, 'Toko Kain Surabaya'],
    ]);
  });

  it('refuses unknown units and categories, a code already stored, and writes nothing', async () => {
    const file = await workbookBuffer(materialSheet([
      ...MATERIALS,
      [4, 'X-1', 'Bahan aneh', 'logam mulia', 'ons', null, null, 1000, null, 3, null, null],
      [5, 'fur-01', 'Furing lagi', 'furing', 'm', null, null, 1000, null, 3, null, null],
      [6, 'X-3', 'Tanpa harga', 'lem', 'kg', null, null, null, null, -1, null, null],
    ]));
    const outcome = await importFile(t.ctx, 'materials', 'b.xlsx', file, { dryRun: false, skipInvalid: false });
    expect(outcome.errors).toEqual([
      { row: rowOf(3), column: 'Jenis Bahan', message: 'kategori bahan tidak dikenal' },
      { row: rowOf(3), column: 'Satuan', message: expect.stringContaining('satuan tidak dikenal') },
      { row: rowOf(4), column: 'Kode Bahan', message: 'nomor fur-01 sudah terdaftar' },
      { row: rowOf(5), column: 'Harga Satuan', message: 'wajib diisi' },
      { row: rowOf(5), column: 'Lama Kirim (hari)', message: 'tidak boleh negatif' },
    ]);
    expect(count(t, 'material')).toBe(3);
  });
});

describe('bills of materials', () => {
  const LINES = [
    [1, 'TW-001', 'KLT-SAPI', 'Kulit sapi', 10.5, 'sqft', '25 %'],
    [2, 'TW-001', 'FUR-01', 'Furing', '0,6', 'm', 0.1],
    [3, 'tw-001', 'LEM-01', 'Lem', 0.05, 'kg', null],
    [4, 'DP-002', 'KLT-SAPI', 'Kulit sapi', '1,25', 'sqft', 0.3],
  ];

  it('writes several lines per product against products and materials already in the database', async () => {
    // The last waste is a cell formatted as percent: Excel stores 0,3 and shows 30 %.
    const file = await workbookBuffer(bomSheet(LINES, { G7: '0%' }));
    const preview = await previewImport(t.ctx, 'bom', 'bom.xlsx', file);
    expect(preview.columns.map((c) => c.key)).toEqual(['sku', 'material_code', 'qty_per_unit', 'waste_pct']);
    expect(preview.ignoredHeaders).toEqual([]);
    expect(await commitImport(t.ctx, preview.importId, false)).toEqual({ valid: 4, imported: 4, errors: [] });
    const bom = await t.must('bom:get', { sku: 'TW-001' });
    // A plain 0,1 in a percent column is 0,1 %, not 10 %.
    expect(bom.map((l) => [l.materialCode, l.qtyPerUnit, l.wastePct, l.grossPerUnit])).toEqual([
      ['KLT-SAPI', 10.5, 25, 14], ['LEM-01', 0.05, 0, 0.05], ['FUR-01', 0.6, 0.1, 0.6006],
    ]);
    expect((await t.must('bom:get', { sku: 'DP-002' })).map((l) => l.wastePct)).toEqual([30]);
  });

  it('refuses unknown materials and products, zero or negative quantities, waste of 100 % or more', async () => {
    const file = await workbookBuffer(bomSheet([
      ...LINES,
      [5, 'TW-001', 'ZIP-99', 'Resleting', 2, 'pcs', 0],
      [6, 'XX-404', 'FUR-01', 'Furing', 1, 'm', 0],
      [7, 'DP-002', 'FUR-01', 'Furing', 0, 'm', 0],
      [8, 'DP-002', 'LEM-01', 'Lem', '-0,02', 'kg', 0],
      [9, 'KP-1', 'LEM-01', 'Lem', 0.1, 'kg', '100%'],
      [10, 'TW-001', 'fur-01', 'Furing lagi', 0.7, 'm', 0],
    ]));
    const outcome = await importFile(t.ctx, 'bom', 'bom.xlsx', file, { dryRun: false, skipInvalid: false });
    expect(outcome.errors).toEqual([
      { row: rowOf(4), column: 'Kode Bahan', message: 'bahan ZIP-99 tidak ditemukan' },
      { row: rowOf(5), column: 'Kode Produk', message: 'produk (SKU) XX-404 tidak ditemukan' },
      { row: rowOf(6), column: 'Pemakaian per pcs', message: 'harus lebih dari nol' },
      { row: rowOf(7), column: 'Pemakaian per pcs', message: 'harus lebih dari nol' },
      { row: rowOf(8), column: 'Susut %', message: 'susut harus di bawah 100 %' },
      { row: rowOf(8), column: 'Kode Produk', message: 'produk (SKU) KP-1 tidak ditemukan' },
      { row: rowOf(9), column: 'Kode Bahan', message: 'bahan TW-001 / fur-01 sudah ada di baris 5 berkas ini' },
    ]);
    expect(outcome.imported).toBe(0);
    expect(count(t, 'bom_line')).toBe(0);
  });

  it('does not overwrite a line the database already has, and skips only the bad rows when told to', async () => {
    await t.must('bom:save', { sku: 'DP-002', lines: [{ materialCode: 'KLT-SAPI', qtyPerUnit: 1.5, wastePct: 20 }] });
    const outcome = await importFile(t.ctx, 'bom', 'bom.xlsx', await workbookBuffer(bomSheet(LINES)), { dryRun: false, skipInvalid: true });
    expect(outcome).toEqual({
      valid: 3, imported: 3, errors: [{ row: rowOf(3), column: 'Kode Bahan', message: 'bahan KLT-SAPI sudah tercatat di BOM produk ini' }],
    });
    expect((await t.must('bom:get', { sku: 'DP-002' })).map((l) => l.qtyPerUnit)).toEqual([1.5]);
    expect(count(t, 'bom_line')).toBe(4);
  });
});
