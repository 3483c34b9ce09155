import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../main/core/lists/import';
import { translator } from '../../shared/i18n';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { memberSheet, unitSheet, workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

async function previewMembers(rows: Parameters<typeof memberSheet>[0], extra: Parameters<typeof memberSheet>[1] = {}) {
  return previewImport(t.ctx, 'members', 'anggota.xlsx', await workbookBuffer(memberSheet(rows, extra)));
}

describe('cell values however Excel stored them', () => {
  it('reads rich text, formula results, hyperlinks, numbers as text and text as numbers', async () => {
    const preview = await previewMembers([
      [
        1,
        { richText: [{ text: 'INT-', font: { bold: true } }, { text: '0007' }] },
        { formula: 'PROPER("siti aminah")', result: 'Siti Aminah' },
        '3515064107800001',
        { text: '0812-3456-7890', hyperlink: 'https://wa.me/6281234567890' },
        'Kludan',
        45521,
        { formula: 'IF(TRUE,"Aktif","")', result: 'Aktif' },
      ],
      [2, 276, 'Budi', null, 81234567890, null, null, null],
    ], { numFmts: { B6: '0000' } });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.values)).toEqual([
      {
        member_no: 'INT-0007', name: 'Siti Aminah', nik: '3515064107800001', phone: '081234567890', gender: null, address: null,
        village: 'Kludan', district: null, regency: null, joined_on: '17/08/2024', status: 'aktif',
      },
      // The 0 Excel showed through the 0000 format and the 0 a numeric phone lost both come back.
      expect.objectContaining({ member_no: '0276', phone: '081234567890', status: 'aktif' }),
    ]);
  });

  it('reads dates as real dates, day serials and day-first text, and refuses impossible ones', async () => {
    const preview = await previewMembers([
      [1, 'A1', 'Ani', null, null, null, new Date(Date.UTC(2024, 7, 17)), null],
      [2, 'A2', 'Banu', null, null, null, '17-08-2024', null],
      [3, 'A3', 'Cici', null, null, null, '17 Agustus 2024', null],
      [4, 'A4', 'Dedi', null, null, null, '31/02/2024', null],
      [5, 'A5', 'Euis', null, null, null, 'kemarin', null],
    ]);
    expect(preview.rows.slice(0, 3).map((r) => r.values.joined_on)).toEqual(['17/08/2024', '17/08/2024', '17/08/2024']);
    expect(preview.errors).toEqual([
      { row: 8, column: 'Tgl. Masuk', message: 'bukan tanggal yang benar (tulis hh/bb/tttt, mis. 17/08/2024)' },
      { row: 9, column: 'Tgl. Masuk', message: 'bukan tanggal yang benar (tulis hh/bb/tttt, mis. 17/08/2024)' },
    ]);
    expect(preview.rows.find((r) => r.row === 8)?.values.joined_on).toBe('31/02/2024');
  });

  it('refuses a NIK that Excel stored as a number and rounded, but reads one stored as text', async () => {
    const preview = await previewMembers([
      [1, 'A1', 'Ani', 3515064107800000, null, null, null, null],
      [2, 'A2', 'Banu', '3515 0641 0780 0002', null, null, null, null],
      [3, 'A3', 'Cici', '351506410780001', null, null, null, null],
      [4, 'A4', 'Dedi', '3,51506E+15', null, null, null, null],
    ]);
    expect(preview.errors).toEqual([
      { row: 5, column: 'NIK KTP', message: expect.stringContaining('tersimpan sebagai angka') },
      { row: 7, column: 'NIK KTP', message: 'NIK KTP harus 16 digit, di sini 15 digit' },
      { row: 8, column: 'NIK KTP', message: 'NIK KTP hanya boleh berisi angka' },
    ]);
    expect(preview.rows.find((r) => r.row === 6)?.values.nik).toBe('3515064107800002');
  });

  it('reads the status words people use and refuses others', async () => {
    const preview = await previewMembers([
      [1, 'A1', 'Ani', null, null, null, null, 'Tidak Aktif'],
      [2, 'A2', 'Banu', null, null, null, null, 'BERHENTI'],
      [3, 'A3', 'Cici', null, null, null, null, 'inactive'],
      [4, 'A4', 'Dedi', null, null, null, null, 'pindah'],
    ]);
    expect(preview.rows.map((r) => r.values.status)).toEqual(['non-aktif', 'keluar', 'non-aktif', 'pindah']);
    expect(preview.errors).toEqual([{ row: 8, column: 'Keterangan', message: 'status harus aktif, non-aktif atau keluar' }]);
  });

  it('reports a formula error in a cell instead of reading it as blank', async () => {
    const preview = await previewMembers([[1, 'A1', { formula: 'VLOOKUP(X1,Z:Z,2,0)', result: { error: '#N/A' } }, null, null, null, null, null]]);
    expect(preview.errors).toEqual([{ row: 5, column: 'Nama Lengkap', message: expect.stringContaining('#N/A atau #REF!') }]);
  });

  it('reports problems in the caller’s language', async () => {
    const ctx = { ...t.ctx, locale: 'en' as const, t: translator('en') };
    const outcome = await importFile(ctx, 'members', 'a.xlsx', await workbookBuffer(memberSheet([[1, 'A1', '', null, '12', null, null, null]])), {
      dryRun: true,
      skipInvalid: false,
    });
    expect(outcome.errors).toEqual([
      { row: 5, column: 'Nama Lengkap', message: 'is required' },
      { row: 5, column: 'No. HP/WA', message: 'a phone number must start with 08 or +62' },
    ]);
  });
});

describe('rows that are not members', () => {
  it('skips blank rows and the totals row, and stops at the signature block below it', async () => {
    const preview = await previewMembers([
      [1, 'A1', 'Ani', null, null, null, null, null],
      [],
      [null, null, null, null, null, null, null, null],
      [2, 'A2', 'Banu', null, null, null, null, null],
      ['Jumlah', null, { formula: 'COUNTA(C5:C8)', result: 2 }],
      [],
      [null, null, 'Sidoarjo, 31 Desember 2025'],
      [null, null, 'Ketua'],
    ]);
    expect(preview.errors).toEqual([]);
    expect(preview.total).toBe(2);
    expect(preview.rows.map((r) => r.row)).toEqual([5, 8]);
  });

  it('skips a totals row labelled in the member-number column', async () => {
    const preview = await previewMembers([
      [1, 'A1', 'Ani', null, null, null, null, null],
      [null, 'TOTAL', { formula: 'COUNTA(C5:C5)', result: 1 }],
    ]);
    expect(preview.total).toBe(1);
    expect(preview.errors).toEqual([]);
  });

  it('skips a "Grand Total" row labelled in the name column', async () => {
    const file = await workbookBuffer(unitSheet([
      [1, 'UU-01', 'Tas Mawar', null, 'Tas', 6, 100, 'A', 'ya'],
      [null, null, 'Grand Total', null, null, { formula: 'SUM(F4:F4)', result: 6 }, { formula: 'SUM(G4:G4)', result: 100 }],
    ]));
    const preview = await previewImport(t.ctx, 'units', 'u.xlsx', file);
    expect(preview.total).toBe(1);
    expect(preview.errors).toEqual([]);
  });
});

describe('business unit values', () => {
  it('reads categories in both languages and separators, Indonesian numbers and yes/no words', async () => {
    const file = await workbookBuffer(unitSheet([
      [1, 'UU-01', 'Tas Mawar', null, 'tas; Wallets dan Ikat Pinggang', '12', '1.234', null, 'tidak'],
      [2, 'UU-02', 'Koper Jaya', null, null, null, null, 'b', null],
    ]));
    const preview = await previewImport(t.ctx, 'units', 'u.xlsx', file);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.values)).toEqual([
      expect.objectContaining({ categories: 'Tas, Dompet, Ikat Pinggang', workers: 12, monthly_capacity: 1234, active: false }),
      expect.objectContaining({ categories: '', workers: 0, monthly_capacity: 0, quality_grade: 'B', active: true }),
    ]);
  });

  it('names the unknown category, the bad number and the bad grade with row and header', async () => {
    const file = await workbookBuffer(unitSheet([
      [1, 'UU-01', 'Tas Mawar', null, 'Tas, Perahu', '2,5', 'banyak', 'D', 'mungkin'],
    ]));
    const preview = await previewImport(t.ctx, 'units', 'u.xlsx', file);
    expect(preview.errors).toEqual([
      { row: 4, column: 'Jenis Produk', message: expect.stringMatching(/^jenis produk "Perahu" tidak dikenal; pilih dari: Tas, Koper/) },
      { row: 4, column: 'Jumlah Tenaga Kerja', message: 'harus bilangan bulat' },
      { row: 4, column: 'Kapasitas Produksi (pcs/bulan)', message: 'harus berupa angka' },
      { row: 4, column: 'Mutu', message: 'mutu harus A, B atau C' },
      { row: 4, column: 'Status', message: 'isi aktif atau tidak aktif (ya/tidak)' },
    ]);
  });
});
