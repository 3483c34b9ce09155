import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewImport } from '../../main/core/lists/import';
import { translator } from '../../shared/i18n';
import { AppError } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { memberSheet, unitSheet, workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('finding the header row', () => {
  it('finds Indonesian headers and synonyms below merged title rows', async () => {
    const file = await workbookBuffer(memberSheet([[1, 'INT-0001', 'Siti Aminah', '3515064107800001', '081234567890', 'Kludan', '17/08/2024', 'aktif']]));
    const preview = await previewImport(t.ctx, 'members', 'anggota.xlsx', file);
    expect(preview.sheetName).toBe('Anggota');
    expect(preview.headerRow).toBe(4);
    expect(preview.columns.map((c) => [c.key, c.header, c.column])).toEqual([
      ['member_no', 'Nomor Anggota', 'B'],
      ['name', 'Nama Lengkap', 'C'],
      ['nik', 'NIK KTP', 'D'],
      ['phone', 'No. HP/WA', 'E'],
      ['village', 'Desa/Kel.', 'F'],
      ['joined_on', 'Tgl. Masuk', 'G'],
      ['status', 'Keterangan', 'H'],
    ]);
    expect(preview.ignoredHeaders).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ row: 5, errors: [], values: { member_no: 'INT-0001', joined_on: '17/08/2024', status: 'aktif' } });
  });

  it('ignores the row-number column, lists unknown headers, and prefers Status over Keterangan', async () => {
    const file = await workbookBuffer({
      rows: [
        ['No. Urut', 'KODE ANGGOTA', 'nama anggota', 'Keterangan', 'Status Anggota', 'Simpanan Wajib', 'Tempat/Tgl Lahir'],
        [1, 'A-1', 'Budi', 'pengurus', 'Non Aktif', 120000, 'Sidoarjo'],
      ],
    });
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', file);
    expect(preview.headerRow).toBe(1);
    expect(preview.columns.map((c) => c.key)).toEqual(['member_no', 'name', 'status']);
    expect(preview.columns.find((c) => c.key === 'status')?.header).toBe('Status Anggota');
    expect(preview.ignoredHeaders).toEqual(['Keterangan', 'Simpanan Wajib', 'Tempat/Tgl Lahir']);
    expect(preview.valid).toBe(1);
    expect(preview.rows[0].values.status).toBe('non-aktif');
  });

  it('skips a cover sheet without a header and reads the first sheet that has one', async () => {
    const file = await workbookBuffer(
      { name: 'Sampul', rows: [['Laporan RAT 2025'], ['Koperasi INTAKO']] },
      unitSheet([[1, 'UU-01', 'Tas Mawar', null, 'Tas, Dompet', 6, '1.200', 'a', 'Aktif']]),
    );
    const preview = await previewImport(t.ctx, 'units', 'unit.xlsx', file);
    expect(preview.sheetName).toBe('Unit Usaha');
    expect(preview.headerRow).toBe(3);
    expect(preview.columns.map((c) => c.key)).toEqual([
      'unit_code', 'name', 'owner_member_no', 'categories', 'workers', 'monthly_capacity', 'quality_grade', 'active',
    ]);
    expect(preview.rows[0].values).toMatchObject({ categories: 'Tas, Dompet', workers: 6, monthly_capacity: 1200, quality_grade: 'A', active: true });
  });

  it('prefers a visible sheet over a hidden lookup sheet that also has headers', async () => {
    const file = await workbookBuffer(
      { name: 'Referensi', state: 'hidden', rows: [['No. Anggota', 'Nama'], ['REF-1', 'Contoh']] },
      memberSheet([[1, 'INT-0001', 'Siti Aminah', null, null, null, null, null]]),
    );
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', file);
    expect(preview.sheetName).toBe('Anggota');
    expect(preview.rows.map((r) => r.values.member_no)).toEqual(['INT-0001']);
  });

  it('accepts the raw column keys as headers', async () => {
    const file = await workbookBuffer({ rows: [['member_no', 'name', 'joined_on'], ['X1', 'Rina', '2024-08-17']] });
    const preview = await previewImport(t.ctx, 'members', 'keys.xlsx', file);
    expect(preview.rows[0].values).toMatchObject({ member_no: 'X1', name: 'Rina', joined_on: '17/08/2024' });
  });
});

describe('files that cannot be used at all', () => {
  it.each([
    ['a CSV renamed .xlsx', Buffer.from('No. Anggota;Nama\nINT-1;Siti\n', 'utf8')],
    ['a PNG renamed .xlsx', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['zero bytes', Buffer.alloc(0)],
    ['a zip that is not a workbook', Buffer.from('504b0304140000000000', 'hex')],
  ])('refuses %s as unreadable', async (_name, data) => {
    const error = await failure(previewImport(t.ctx, 'members', 'data.xlsx', data));
    expect(error.code).toBe('IMPORT_UNREADABLE');
    expect(error.message).toBe('Berkas data.xlsx tidak dapat dibaca sebagai buku kerja Excel (.xlsx).');
  });

  it('refuses a workbook whose sheets are empty', async () => {
    const error = await failure(previewImport(t.ctx, 'members', 'kosong.xlsx', await workbookBuffer({ rows: [] })));
    expect(error.code).toBe('IMPORT_NO_HEADER');
    expect(error.message).toContain('kosong.xlsx');
  });

  it('refuses a sheet without a header row, naming the sheet', async () => {
    const file = await workbookBuffer({ name: 'Catatan', rows: [['Rapat pengurus'], ['Hadir 12 orang']] });
    const error = await failure(previewImport(t.ctx, 'members', 'catatan.xlsx', file));
    expect(error.code).toBe('IMPORT_NO_HEADER');
    expect(error.message).toContain('"Catatan"');
    expect(error.message).toContain('No. Anggota');
  });

  it('names a missing required column and the header row, in the caller’s language', async () => {
    const file = await workbookBuffer({ rows: [['Judul'], ['No. Anggota', 'NIK', 'Alamat'], ['INT-1', '3515064107800001', 'Jl. Mawar']] });
    const error = await failure(previewImport(t.ctx, 'members', 'a.xlsx', file));
    expect(error.code).toBe('IMPORT_NO_HEADER');
    expect(error.message).toBe('Kolom wajib "Nama Anggota" tidak ada di baris judul (baris 2).');
    const english = await failure(previewImport({ ...t.ctx, locale: 'en', t: translator('en') }, 'members', 'a.xlsx', file));
    expect(english.message).toBe('Required column "Member Name" is missing from the header row (row 2).');
  });
});
