import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryWorkbook } from '../../main/core/lists/workbooks';
import { importFile, previewImport } from '../../main/core/lists/import';
import { translator } from '../../shared/i18n';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { cellUnder, sheetValues } from '../fixtures/supply-workbooks';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
let fresh: TempApp;
beforeEach(async () => {
  t = await tempApp();
  fresh = await tempApp();
});
afterEach(() => {
  t.close();
  fresh.close();
});

const base = { category: 'tas', labourMinutes: 300, cartonQty: 10, price: 3500, currency: 'USD' as const };
const CROCO = { nameEn: "Ladies' handbag, croco-embossed cowhide", composition: 'upper 100 % cowhide leather, lining 100 % polyester' };

describe('products name_en and composition in workbooks', () => {
  it('export with their columns and come back unchanged in a fresh database, in Indonesian and in English', async () => {
    await t.must('products:save', { ...base, sku: 'TWK-006', name: 'Tas Tangan Kulit Sapi Emboss Croco', hsCode: '4202.21', ...CROCO });
    await t.must('products:save', { ...base, sku: 'TWS-006', name: 'Tas Wanita PVC Harian', hsCode: '4202.22', price: 90_000, currency: 'IDR' });
    const exported = await registryWorkbook(t.ctx, 'products');
    const book = await readWorkbook(exported);
    expect(cellUnder(book, 'Nama (Inggris)', 6).value).toBe(CROCO.nameEn);
    expect(cellUnder(book, 'Komposisi', 6).value).toBe(CROCO.composition);
    expect(cellUnder(book, 'Nama (Inggris)', 7).value).toBeNull();

    const preview = await previewImport(fresh.ctx, 'products', 'produk.xlsx', exported);
    expect(preview.ignoredHeaders).toEqual([]);
    expect(preview.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['name_en', 'composition']));
    expect(await importFile(fresh.ctx, 'products', 'produk.xlsx', exported, { dryRun: false, skipInvalid: false })).toMatchObject({ imported: 2, errors: [] });
    const back = await fresh.must('products:list', {});
    expect(back.map((p) => [p.sku, p.nameEn, p.composition])).toEqual([['TWK-006', CROCO.nameEn, CROCO.composition], ['TWS-006', null, null]]);
    expect(sheetValues(await readWorkbook(await registryWorkbook(fresh.ctx, 'products')))).toEqual(sheetValues(book));

    const english = await registryWorkbook({ ...t.ctx, locale: 'en', t: translator('en') }, 'products');
    expect(cellUnder(await readWorkbook(english), 'Name (English)', 6).value).toBe(CROCO.nameEn);
    const other = await tempApp();
    try {
      expect(await importFile(other.ctx, 'products', 'products.xlsx', english, { dryRun: false, skipInvalid: false })).toMatchObject({ imported: 2, errors: [] });
      expect((await other.must('products:list', {}))[0]).toMatchObject(CROCO);
    } finally {
      other.close();
    }
  });

  it.each([
    ['Nama (Inggris)', 'Komposisi'],
    ['Nama Inggris', 'Komposisi Bahan'],
    ['Deskripsi Ekspor', 'Komposisi'],
    ['English Description', 'Material Composition'],
  ])('reads a cooperative\'s own headers "%s" and "%s"', async (nameHeader, compositionHeader) => {
    const file = await workbookBuffer({
      name: 'Produk',
      rows: [
        ['No', 'Kode Produk', 'Nama Barang', 'Jenis Produk', 'Kode HS', 'Bahan', 'Menit Kerja', 'Isi/Karton', 'Harga', 'Mata Uang', nameHeader, compositionHeader],
        [1, 'TWK-006', 'Tas Tangan Kulit Sapi Emboss Croco', 'Tas', '4202.21', 'kulit', 330, 10, 35, 'USD', CROCO.nameEn, CROCO.composition],
      ],
    });
    const preview = await previewImport(t.ctx, 'products', 'produk.xlsx', file);
    expect(preview.ignoredHeaders).toEqual([]);
    expect(preview.errors).toEqual([]);
    // "Bahan" alone stays the outer material, as files written before issue 12 mean it.
    expect(preview.rows[0].values).toMatchObject({ outer_material: 'kulit', name_en: CROCO.nameEn, composition: CROCO.composition });
    await importFile(t.ctx, 'products', 'produk.xlsx', file, { dryRun: false, skipInvalid: false });
    expect((await t.must('products:list', {}))[0]).toMatchObject({ ...CROCO, outerMaterial: 'kulit' });
  });
});
