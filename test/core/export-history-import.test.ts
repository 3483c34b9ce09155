import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryWorkbook, templateWorkbook } from '../../main/core/lists/workbooks';
import { importFile, previewImport } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { sheetValues } from '../fixtures/supply-workbooks';
import { readWorkbook, workbookBuffer, type FixtureSheet } from '../fixtures/workbooks';

/** An export recap as the cooperative keeps it: a title, a blank row, Indonesian headers on row 3. */
const HEADER = ['No', 'Tahun', 'Bulan', 'Negara Tujuan', 'Kategori', 'Kode HS', 'Nilai FOB (USD)'];
const rowOf = (index: number) => 4 + index;
function recap(rows: ExcelJS.CellValue[][], header = HEADER): FixtureSheet {
  return { name: 'Ekspor', rows: [['REKAP EKSPOR SENTRA TANGGULANGIN'], [], header, ...rows] };
}

const options = { dryRun: false, skipInvalid: false };
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' });
});
afterEach(() => t.close());

function stored() {
  return t.app.db
    .prepare('SELECT year, month, country, category_code, hs_code, fob_usd_cents FROM export_history WHERE removed_at IS NULL ORDER BY id')
    .raw()
    .all();
}

describe('importing export history', () => {
  it('reads Indonesian headers, countries and months by name, categories in either language, HS codes however typed', async () => {
    const file = await workbookBuffer(recap([
      [1, 2024, 'Maret', 'Amerika Serikat', 'Tas', '4202.21', '12.500,50'],
      [2, 2024, 3, 'Jepang', 'Wallets', 420231, 8000],
      [3, '2025', 'Agt', 'usa', 'ikat-pinggang', '4203.30.00', 'USD 1.234,56'],
      [4, 2025, 12, 'BE', 'Koper', '4202', 0],
      [5, 2026, 10, 'Netherlands', 'tas', '4202.92.90.10', 99.99],
    ]));
    const preview = await previewImport(t.ctx, 'exports', 'ekspor.xlsx', file);
    expect(preview.columns.map((c) => c.key)).toEqual(['year', 'month', 'country', 'category', 'hs_code', 'fob_usd']);
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0].values).toMatchObject({ year: 2024, month: 3, country: 'US', category: 'Tas', hs_code: '4202.21', fob_usd: 12500.5 });
    expect(await importFile(t.ctx, 'exports', 'ekspor.xlsx', file, options)).toEqual({ valid: 5, imported: 5, errors: [] });
    expect(stored()).toEqual([
      [2024, 3, 'US', 'tas', '4202.21', 1250050],
      [2024, 3, 'JP', 'dompet', '4202.31', 800000],
      [2025, 8, 'US', 'ikat-pinggang', '4203.30.00', 123456],
      [2025, 12, 'BE', 'koper', '4202', 0],
      [2026, 10, 'NL', 'tas', '4202.92.90.10', 9999],
    ]);
  });

  it('understands the contract keys as headers too', async () => {
    const file = await workbookBuffer(recap([[2023, 1, 'MY', 'dompet', '4202.32', 500]], ['year', 'month', 'country', 'category', 'hs_code', 'fob_usd']));
    expect(await importFile(t.ctx, 'exports', 'e.xlsx', file, options)).toEqual({ valid: 1, imported: 1, errors: [] });
  });

  it('names the sheet row and column of every bad cell and writes nothing', async () => {
    await t.must('exports:save', { year: 2024, month: 1, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 100 });
    const file = await workbookBuffer(recap([
      [1, 2024, 13, 'US', 'tas', '4202.21', 10],
      [2, 2027, 1, 'US', 'tas', '4202.21', 10],
      [3, 2026, 12, 'US', 'tas', '4202.21', 10],
      [4, 2024, 2, 'Narnia', 'tas', '4202.21', 10],
      [5, 2024, 2, 'US', 'Topi', '4202.21', 10],
      [6, 2024, 2, 'US', 'tas', '42', 10],
      [7, 2024, 2, 'US', 'tas', '4202.21', -5],
      [8, 2024, 3, 'US', 'tas', '4202.21', null],
      [9, 2024, 4, 'US', 'tas', '4202.21', 10],
      [10, 2024, 'April', 'Amerika Serikat', 'Tas', '420221', 20],
      [11, 2024, 1, 'US', 'tas', '4202.21', 30],
      [12, 2024, 'Bulan Depan', 'US', 'tas', '4202.21', 30],
    ]));
    const outcome = await importFile(t.ctx, 'exports', 'e.xlsx', file, options);
    expect(outcome.imported).toBe(0);
    expect(outcome.valid).toBe(1);
    expect(outcome.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [rowOf(0), 'Bulan', 'bulan harus 1–12 atau nama bulan (Januari … Desember)'],
      [rowOf(1), 'Tahun', 'periode 01/2027 belum berlalu; riwayat ekspor hanya untuk bulan yang sudah berjalan'],
      [rowOf(2), 'Bulan', 'periode 12/2026 belum berlalu; riwayat ekspor hanya untuk bulan yang sudah berjalan'],
      [rowOf(3), 'Negara Tujuan', 'negara tidak dikenal; tulis kode ISO dua huruf, mis. US, BE, JP, CN'],
      [rowOf(4), 'Kategori', 'jenis produk "Topi" tidak dikenal; pilih dari: Tas, Koper, Dompet, Ikat Pinggang, Sepatu, Jaket, Aksesoris'],
      [rowOf(5), 'Kode HS', 'kode HS harus 4, 6, 8 atau 10 digit, mis. 4202, 4202.21 atau 4202.21.10'],
      [rowOf(6), 'Nilai FOB (USD)', 'tidak boleh negatif'],
      [rowOf(7), 'Nilai FOB (USD)', 'wajib diisi'],
      [rowOf(9), 'Kode HS', '04/2024 US tas 4202.21 sudah ada di baris 12 berkas ini; satu bulan, negara, kategori dan kode HS hanya boleh satu baris (jumlahkan nilainya)'],
      [rowOf(10), 'Kode HS', '01/2024 US tas 4202.21 sudah tercatat di riwayat ekspor; ubah baris itu di layar Riwayat Ekspor, jangan diimpor lagi'],
      [rowOf(11), 'Bulan', 'bulan harus 1–12 atau nama bulan (Januari … Desember)'],
    ]);
    expect(stored()).toHaveLength(1);
    const partial = await importFile(t.ctx, 'exports', 'e.xlsx', file, { dryRun: false, skipInvalid: true });
    expect(partial).toMatchObject({ valid: 1, imported: 1 });
    expect(stored()).toHaveLength(2);
  });

  it('exports every row as a workbook that imports unchanged into a fresh centre', async () => {
    for (const [year, month, country, category, hsCode, fobUsd] of [
      [2025, 2, 'JP', 'dompet', '4202.31', 250_075], [2024, 11, 'US', 'tas', '4202.21.10', 1_000_000], [2025, 2, 'US', 'tas', '4202.21', 5],
    ] as const) {
      await t.must('exports:save', { year, month, country, category, hsCode, fobUsdCents: fobUsd });
    }
    const exported = await registryWorkbook(t.ctx, 'exports');
    const sheet = (await readWorkbook(exported)).worksheets[0];
    expect(sheet.getRow(5).values).toEqual([undefined, 'No.', 'Tahun', 'Bulan', 'Negara Tujuan', 'Nama Negara', 'Kategori', 'Kode HS', 'Nilai FOB (USD)']);
    expect(sheet.getRow(6).values).toEqual([undefined, 1, 2024, 11, 'US', 'Amerika Serikat', 'Tas', '4202.21.10', 10000]);
    expect(sheet.getCell('H6').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('H9').value).toEqual({ formula: 'SUBTOTAL(9,H6:H8)', result: 12500.8 });
    const fresh = await tempApp({ today: '2026-11-23' });
    try {
      await fresh.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' });
      expect(await importFile(fresh.ctx, 'exports', 'riwayat.xlsx', exported, options)).toEqual({ valid: 3, imported: 3, errors: [] });
      expect(sheetValues(await readWorkbook(await registryWorkbook(fresh.ctx, 'exports')))).toEqual(sheetValues(await readWorkbook(exported)));
    } finally {
      fresh.close();
    }
    const template = (await readWorkbook(await templateWorkbook(t.ctx, 'exports'))).worksheets[0];
    expect(String(template.getCell('A3').value)).toContain('Baris ganda ditolak, tidak dijumlahkan');
  });
});
