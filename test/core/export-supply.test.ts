import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/api/files';
import { registryWorkbook, templateWorkbook } from '../../main/core/lists/workbooks';
import { importFile, previewImport } from '../../main/core/lists/import';
import { translator } from '../../shared/i18n';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { cellUnder, seedOrders, seedSupply, sheetValues } from '../fixtures/supply-workbooks';
import { readWorkbook } from '../fixtures/workbooks';

const TODAY = '2026-11-23';
let t: TempApp;
let fresh: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: TODAY });
  fresh = await tempApp({ today: TODAY });
  await seedSupply(t);
  await seedOrders(t);
  await fresh.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' });
  await fresh.must('units:save', { unitCode: 'UU-001', name: 'Tas Mawar', categories: ['tas'], workers: 6, monthlyCapacity: 400, isActive: true });
});
afterEach(() => {
  t.close();
  fresh.close();
});

/** Exports a list from the seeded database and imports it, unchanged, into the fresh one. */
async function carry(kind: ImportKind): Promise<Buffer> {
  const file = await registryWorkbook(t.ctx, kind);
  const preview = await previewImport(fresh.ctx, kind, `${kind}.xlsx`, file);
  expect(preview.ignoredHeaders).toEqual([]);
  expect(preview.errors).toEqual([]);
  const outcome = await importFile(fresh.ctx, kind, `${kind}.xlsx`, file, { dryRun: false, skipInvalid: false });
  expect(outcome.errors).toEqual([]);
  expect(outcome.imported).toBeGreaterThan(0);
  return file;
}

describe('supply export → import round trip', () => {
  it.each<[ImportKind, ImportKind[]]>([
    ['products', []],
    ['materials', []],
    ['buyers', []],
    ['bom', ['products', 'materials']],
    ['orders', ['products', 'buyers']],
    ['stock', ['materials']],
  ])('%s come back unchanged in a fresh database', async (kind, first) => {
    for (const prerequisite of first) await carry(prerequisite);
    const exported = await carry(kind);
    const again = await registryWorkbook(fresh.ctx, kind);
    expect(sheetValues(await readWorkbook(again))).toEqual(sheetValues(await readWorkbook(exported)));
  });

  it('an English export imports too: headers, status and kind words', async () => {
    const english = { ...t.ctx, locale: 'en' as const, t: translator('en') };
    for (const kind of ['products', 'materials', 'buyers', 'orders'] as const) {
      const file = await registryWorkbook(english, kind);
      const outcome = await importFile(fresh.ctx, kind, `${kind}.xlsx`, file, { dryRun: false, skipInvalid: false });
      expect(outcome.errors, kind).toEqual([]);
    }
    expect((await fresh.must('orders:page', { sort: 'orderNo' })).rows.map((o) => o.status)).toEqual(['confirmed', 'draft']);
    expect((await fresh.must('buyers:list', {})).map((b) => b.kind)).toEqual(['export', 'domestic']);
  });
});

describe('what the exported files hold', () => {
  it('writes codes as text, money as numbers formatted by currency, fractional quantities with decimals', async () => {
    const products = await readWorkbook(await registryWorkbook(t.ctx, 'products'));
    // Sorted by SKU: DP-002 (rupiah) on row 6, TW-001 (USD) on row 7.
    expect(cellUnder(products, 'Kode HS', 6).value).toBe('4202.31.10');
    expect(cellUnder(products, 'Kode HS', 6).numFmt).toBe('@');
    expect(cellUnder(products, 'SKU', 7).value).toBe('TW-001');
    expect(cellUnder(products, 'Harga', 6)).toMatchObject({ value: 85000, numFmt: '#,##0' });
    expect(cellUnder(products, 'Harga', 7)).toMatchObject({ value: 12.5, numFmt: '#,##0.00' });
    expect(cellUnder(products, 'Bahan Luar', 7).value).toBe('kulit');
    const bom = await readWorkbook(await registryWorkbook(t.ctx, 'bom'));
    expect(cellUnder(bom, 'Kebutuhan per pcs', 7)).toMatchObject({ value: 10.5, numFmt: '#,##0.00' });
    const stock = await readWorkbook(await registryWorkbook(t.ctx, 'stock'));
    expect([7, 8].map((row) => [cellUnder(stock, 'Jenis Mutasi', row).value, cellUnder(stock, 'Kuantitas', row).value])).toEqual([
      ['pengeluaran', 120.5], ['penyesuaian', -2.25],
    ]);
  });

  it('lists orders one line a row with live line values and totals per currency', async () => {
    const workbook = await readWorkbook(await registryWorkbook(t.ctx, 'orders'));
    const sheet = workbook.worksheets[0];
    // By ship-by date: SBY-0107 (15/01) on row 6, then the two lines of PO-2026-001.
    expect(cellUnder(workbook, 'No. Pesanan', 6).value).toBe('SBY-0107');
    expect(cellUnder(workbook, 'Tanggal Pesanan', 6)).toMatchObject({ value: new Date(Date.UTC(2026, 0, 7)), numFmt: 'dd/mm/yyyy' });
    expect(cellUnder(workbook, 'Status Pesanan', 7).value).toBe('dikonfirmasi');
    expect(cellUnder(workbook, 'Kurs (Rp)', 7).value).toBe(16808);
    expect(cellUnder(workbook, 'Kurs (Rp)', 6).value).toBeNull();
    expect(cellUnder(workbook, 'Nilai', 7).value).toEqual({ formula: 'M7*N7', result: 2500 });
    expect(cellUnder(workbook, 'Nilai', 7).numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A9').value).toBe('Jumlah');
    expect(cellUnder(workbook, 'Jumlah Pesan', 9).value).toEqual({ formula: 'SUBTOTAL(9,M6:M8)', result: 1250 });
    expect(cellUnder(workbook, 'Mata Uang', 10).value).toBe('IDR');
    expect(cellUnder(workbook, 'Nilai', 10).value).toEqual({ formula: 'SUMIF(G6:G8,"IDR",O6:O8)', result: 4_250_000 });
    expect(cellUnder(workbook, 'Nilai', 11).value).toEqual({ formula: 'SUMIF(G6:G8,"USD",O6:O8)', result: 5700 });
    expect(cellUnder(workbook, 'Nilai', 11).numFmt).toBe('#,##0.00');
  });

  it('has the registry layout: titles, bold frozen filtered header, A4 fitted to width, page numbers', async () => {
    const sheet = (await readWorkbook(await registryWorkbook(t.ctx, 'materials'))).worksheets[0];
    expect(sheet.name).toBe('Bahan');
    expect(sheet.getCell('A1').value).toBe('Daftar Bahan Baku');
    expect(sheet.getCell('A2').value).toBe('Koperasi INTAKO — Sentra IKM Tanggulangin');
    expect(sheet.getCell('B5')).toMatchObject({ value: 'Kode Bahan', font: { bold: true } });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, printTitlesRow: '5:5' });
    expect(sheet.headerFooter.oddFooter).toContain('&P / &N');
  });

  it('gives every kind a template that imports as an empty list', async () => {
    for (const kind of ['products', 'bom', 'materials', 'buyers', 'orders', 'stock'] as const) {
      const template = await templateWorkbook(t.ctx, kind);
      const preview = await previewImport(t.ctx, kind, 'template.xlsx', template);
      expect(preview, kind).toMatchObject({ headerRow: 5, total: 0, errors: [], ignoredHeaders: [] });
      expect(String((await readWorkbook(template)).worksheets[0].getCell('A3').value)).toContain('Petunjuk');
    }
  });
});
