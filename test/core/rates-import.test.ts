import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importFile, previewImport } from '../../main/core/lists/import';
import { importKinds } from '../../main/core/lists/kinds';
import { biRatesWorkbook } from '../fixtures/bi-rates';
import { workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

const options = { dryRun: false, skipInvalid: false };

async function stored() {
  return (await t.must('rates:list', {})).map((r) => [r.currency, r.validOn, r.idrPerUnit, r.source]);
}

describe('import rates', () => {
  it('reads date, currency, rate in Indonesian numbers and words', async () => {
    const file = await workbookBuffer({
      rows: [
        ['KURS HARIAN KOPERASI'],
        [],
        ['No', 'Tanggal', 'Mata Uang', 'Kurs', 'Sumber'],
        [1, '02/11/2026', 'usd', '16.755,50', 'BI JISDOR'],
        [2, new Date(Date.UTC(2026, 10, 3)), 'US$', 16_760, null],
        [3, 'Selasa, 3 Nov 2026', 'Yen', '109,25', null],
        [4, '03/11/2026', 'Euro', '19.480', null],
      ],
    });
    const preview = await previewImport(t.ctx, 'rates', 'kurs.xlsx', file);
    expect(preview.columns.map((c) => c.key)).toEqual(['date', 'currency', 'rate', 'source']);
    expect(preview.errors).toEqual([]);
    expect(await importFile(t.ctx, 'rates', 'kurs.xlsx', file, options)).toEqual({ valid: 4, imported: 4, errors: [] });
    expect(await stored()).toEqual([
      ['EUR', '2026-11-03', 19_480, null],
      ['JPY', '2026-11-03', 109.25, null],
      ['USD', '2026-11-03', 16_760, null],
      ['USD', '2026-11-02', 16_755.5, 'BI JISDOR'],
    ]);
  });

  it('reads Bank Indonesia\'s "Kurs Transaksi BI" download at its middle rate per one unit, JPY quoted per 100', async () => {
    const file = await biRatesWorkbook([
      ['USD', 1, '16,329.64', '16,167.16', '6/3/2024 12:00:00 AM'],
      ['JPY', 100, '10,432.86', '10,327.58', '6/3/2024 12:00:00 AM'],
      ['EUR', 1, 17_756.09, 17_576.36, '6/3/2024 12:00:00 AM'],
      ['CNY', 1, '2,254.38', '2,231.67', '6/3/2024 12:00:00 AM'],
    ]);
    const preview = await previewImport(t.ctx, 'rates', 'Kurs Transaksi BI.xlsx', file);
    expect(preview).toMatchObject({ headerRow: 5, total: 4, valid: 4, errors: [] });
    expect(preview.columns.map((c) => c.header)).toEqual(['Mata Uang', 'Nilai', 'Kurs Jual', 'Kurs Beli', 'Tanggal']);
    expect(await importFile(t.ctx, 'rates', 'Kurs Transaksi BI.xlsx', file, options)).toEqual({ valid: 4, imported: 4, errors: [] });
    expect(await stored()).toEqual([
      ['CNY', '2024-06-03', 2_243.025, 'Kurs Transaksi BI (kurs tengah)'],
      ['EUR', '2024-06-03', 17_666.225, 'Kurs Transaksi BI (kurs tengah)'],
      // (10.432,86 + 10.327,58) ÷ 2 ÷ 100 = Rp 103,8022 per yen, not Rp 10.380 per yen.
      ['JPY', '2024-06-03', 103.8022, 'Kurs Transaksi BI (kurs tengah)'],
      ['USD', '2024-06-03', 16_248.4, 'Kurs Transaksi BI (kurs tengah)'],
    ]);
  });

  it('takes the currency of a one-currency download from above its table', async () => {
    const file = await biRatesWorkbook([
      [null, 100, '10,470.12', '10,365.50', '6/4/2024 12:00:00 AM'],
      [null, 100, '10,401.77', '10,297.84', '6/5/2024 12:00:00 AM'],
    ], { currencyAbove: 'JPY' });
    expect(await importFile(t.ctx, 'rates', 'kurs-jpy.xlsx', file, options)).toEqual({ valid: 2, imported: 2, errors: [] });
    expect((await stored()).map(([currency, day, rate]) => [currency, day, rate])).toEqual([
      ['JPY', '2024-06-05', 103.4981],
      ['JPY', '2024-06-04', 104.1781],
    ]);
  });

  it('refuses absurd rates and future dates by row and column, and writes nothing', async () => {
    const file = await workbookBuffer({
      rows: [
        ['Tanggal', 'Mata Uang', 'Kurs'],
        ['20/11/2026', 'USD', 16_800],
        ['20/11/2026', 'EUR', 0],
        ['20/11/2026', 'JPY', -108],
        ['19/11/2026', 'USD', 1],
        ['18/11/2026', 'USD', 10_000_000],
        ['24/11/2026', 'USD', 16_800],
        ['18/11/2026', 'IDR', 1],
        ['18/11/2026', null, 16_800],
        ['20/11/2026', 'USD', 16_810],
      ],
    });
    const outcome = await importFile(t.ctx, 'rates', 'kurs.xlsx', file, options);
    expect(outcome.imported).toBe(0);
    expect(outcome.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Kurs', 'harus lebih dari nol'],
      [4, 'Kurs', 'harus lebih dari nol'],
      [5, 'Kurs', expect.stringContaining('kurs USD Rp 1 per 1 unit tidak wajar')],
      [6, 'Kurs', 'angka terlalu besar: paling banyak 1.000.000'],
      [7, 'Tanggal', 'tanggal 24/11/2026 belum tiba: kurs hanya dicatat untuk hari ini atau sebelumnya'],
      [8, 'Mata Uang', 'rupiah tidak punya kurs ke rupiah'],
      [9, 'Mata Uang', expect.stringContaining('mata uang wajib diisi')],
      [10, 'Mata Uang', 'kurs 2026-11-20 / USD sudah ada di baris 2 berkas ini'],
    ]);
    expect(await stored()).toEqual([]);
  });

  it('exports the rates list as a workbook that imports back unchanged', async () => {
    await t.must('rates:save', { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 16_812.5, source: 'BI JISDOR' });
    await t.must('rates:save', { currency: 'JPY', validOn: '2026-11-20', idrPerUnit: 108.4567 });
    const exported = await importKinds.rates.workbook(t.ctx, true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(exported).buffer);
    expect(workbook.worksheets[0].name).toBe('Kurs');
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(new Uint8Array(await importKinds.rates.workbook(t.ctx, false)).buffer);
    const words: string[] = [];
    template.worksheets[0].eachRow((row) => row.eachCell((cell) => words.push(String(cell.value))));
    expect(words.some((text) => text.includes('Wajib: Tanggal, Mata Uang, Kurs (Rp per 1 unit)') && text.includes('Kurs Transaksi BI'))).toBe(true);
    const fresh = await tempApp({ today: '2026-11-23' });
    try {
      expect(await importFile(fresh.ctx, 'rates', 'kurs.xlsx', exported, options)).toEqual({ valid: 2, imported: 2, errors: [] });
      expect(await fresh.must('rates:list', {})).toEqual(await t.must('rates:list', {}));
    } finally {
      fresh.close();
    }
  });
});
