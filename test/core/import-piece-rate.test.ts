import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryWorkbook } from '../../main/core/lists/workbooks';
import { importFile } from '../../main/core/lists/import';
import { cellUnder, PRODUCT_HEADER } from '../fixtures/supply-workbooks';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

const sheet = (rows: (string | number | null)[][]) => ({
  name: 'Produk',
  rows: [['DAFTAR PRODUK'], [], [...PRODUCT_HEADER, 'Ongkos Jahit/pcs'], ...rows],
});

describe('the piece rate in the product list', () => {
  it('is read in rupiah per piece (blank: from the labour minutes), exported, and read back unchanged', async () => {
    const file = await workbookBuffer(sheet([
      [1, 'TW-101', 'Tas wanita kulit sapi', 'Tas', '4202.21', 'kulit', 'pcs', 300, 10, null, 'Rp 450.000', 'Rp', 'Rp 16.500'],
      [2, 'TW-102', 'Tas wanita PU', 'Tas', '4202.22', 'sintetis', 'pcs', 90, 20, null, 135000, 'IDR', null],
      [3, 'TW-103', 'Clutch PU', 'Tas', '4202.22', 'sintetis', 'pcs', 45, 20, null, 65000, 'IDR', 2750.4],
    ]));
    expect(await importFile(t.ctx, 'products', 'p.xlsx', file, { dryRun: false, skipInvalid: false })).toEqual({ valid: 3, imported: 3, errors: [] });
    const products = await t.must('products:list', {});
    expect(products.map((p) => [p.sku, p.pieceRate])).toEqual([['TW-101', 16_500], ['TW-102', null], ['TW-103', 2_750]]);

    const exported = await readWorkbook(await registryWorkbook(t.ctx, 'products'));
    expect(cellUnder(exported, 'Ongkos Jahit (Rp/pcs)', 6).value).toBe(16_500);
    expect(cellUnder(exported, 'Ongkos Jahit (Rp/pcs)', 7).value).toBeNull();

    await t.must('products:save', { ...products[0], pieceRate: 17_000 });
    const again = await registryWorkbook(t.ctx, 'products');
    const fresh = await tempApp();
    try {
      expect(await importFile(fresh.ctx, 'products', 'again.xlsx', again, { dryRun: false, skipInvalid: false })).toEqual({ valid: 3, imported: 3, errors: [] });
      expect((await fresh.must('products:list', {})).map((p) => p.pieceRate)).toEqual([17_000, null, 2_750]);
    } finally {
      fresh.close();
    }
  });

  it('refuses a negative rate, naming the column', async () => {
    const file = await workbookBuffer(sheet([[1, 'TW-101', 'Tas', 'Tas', '4202.21', 'kulit', 'pcs', 300, 10, null, 450000, 'IDR', -500]]));
    const outcome = await importFile(t.ctx, 'products', 'p.xlsx', file, { dryRun: false, skipInvalid: false });
    expect(outcome.errors).toMatchObject([{ row: 4, column: 'Ongkos Jahit/pcs' }]);
    expect(await t.must('products:list', {})).toEqual([]);
  });
});
