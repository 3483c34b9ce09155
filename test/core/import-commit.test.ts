import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport, importFile, previewImport } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { memberSheet, unitSheet, workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

const GOOD = [
  [1, 'INT-0001', 'Siti Aminah', '3515064107800001', '081234567890', 'Kludan', '03/04/1976', 'aktif'],
  [2, 'INT-0002', 'Ahmad Fauzi', null, null, 'Kedensari', null, 'keluar'],
];
const BAD = [3, 'INT-0003', 'Rudi', '12345', null, null, null, null];

function memberCount(): number {
  const row = t.app.db.prepare('SELECT COUNT(*) AS n FROM member').get();
  return typeof row === 'object' && row !== null && 'n' in row ? Number(row.n) : -1;
}

describe('all or nothing', () => {
  it('writes nothing when one row is invalid, and names that row', async () => {
    const file = await workbookBuffer(memberSheet([...GOOD, BAD]));
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', file);
    expect(preview.valid).toBe(2);
    expect(preview.total).toBe(3);
    const outcome = await commitImport(t.ctx, preview.importId, false);
    expect(outcome).toEqual({ valid: 2, imported: 0, errors: [{ row: 7, column: 'NIK KTP', message: 'NIK KTP harus 16 digit, di sini 5 digit' }] });
    expect(memberCount()).toBe(0);
  });

  it('with skipInvalid writes the valid rows in one go and lists the invalid one', async () => {
    const file = await workbookBuffer(memberSheet([...GOOD, BAD]));
    const outcome = await importFile(t.ctx, 'members', 'a.xlsx', file, { dryRun: false, skipInvalid: true });
    expect(outcome.imported).toBe(2);
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([[7, 'NIK KTP']]);
    const members = await t.must('members:list', {});
    expect(members.map((m) => [m.memberNo, m.status, m.joinedOn])).toEqual([
      ['INT-0001', 'aktif', '1976-04-03'],
      ['INT-0002', 'keluar', null],
    ]);
  });

  it('dry-run checks everything and writes nothing', async () => {
    const file = await workbookBuffer(memberSheet(GOOD));
    const outcome = await importFile(t.ctx, 'members', 'a.xlsx', file, { dryRun: true, skipInvalid: true });
    expect(outcome).toEqual({ valid: 2, imported: 0, errors: [] });
    expect(memberCount()).toBe(0);
  });

  it('rolls back every row when a write fails inside the transaction, and names the row', async () => {
    // A refusal only the database knows at write time (here a trigger) must not leave half a file behind.
    t.app.db.exec(`CREATE TRIGGER refuse_rudi BEFORE INSERT ON member WHEN NEW.name = 'Rudi' BEGIN SELECT RAISE(ABORT, 'ditolak'); END`);
    const file = await workbookBuffer(memberSheet([...GOOD, [3, 'INT-0003', 'Rudi', null, null, null, null, null]]));
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', file);
    expect(preview.errors).toEqual([]);
    const outcome = await commitImport(t.ctx, preview.importId, true);
    expect(outcome?.imported).toBe(0);
    expect(outcome?.errors).toEqual([{ row: 7, column: 'Nomor Anggota', message: expect.stringContaining('ditolak') }]);
    expect(memberCount()).toBe(0);
  });

  it('uses a preview once; an unknown id is null', async () => {
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', await workbookBuffer(memberSheet(GOOD)));
    expect(await commitImport(t.ctx, preview.importId, false)).toEqual({ valid: 2, imported: 2, errors: [] });
    expect(await commitImport(t.ctx, preview.importId, false)).toBeNull();
    expect(await commitImport(t.ctx, 'no-such-id', false)).toBeNull();
    expect(memberCount()).toBe(2);
  });
});

describe('duplicates and owners', () => {
  it('reports a number used twice in the file on the second row, naming the first', async () => {
    const file = await workbookBuffer(memberSheet([...GOOD, [3, 'int-0001', 'Salinan Siti', null, null, null, null, null]]));
    const outcome = await importFile(t.ctx, 'members', 'a.xlsx', file, { dryRun: true, skipInvalid: false });
    expect(outcome.errors).toEqual([{ row: 7, column: 'Nomor Anggota', message: 'nomor int-0001 sudah dipakai di baris 5 berkas ini' }]);
  });

  it('reports a number already registered, checked again at commit time', async () => {
    const file = await workbookBuffer(memberSheet(GOOD));
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', file);
    expect(preview.errors).toEqual([]);
    // A colleague registers INT-0002 between the preview and the save.
    await t.must('members:save', { memberNo: 'INT-0002', name: 'Ahmad', status: 'aktif' });
    const outcome = await commitImport(t.ctx, preview.importId, false);
    expect(outcome).toEqual({ valid: 1, imported: 0, errors: [{ row: 6, column: 'Nomor Anggota', message: 'nomor INT-0002 sudah terdaftar' }] });
    expect(memberCount()).toBe(1);
  });

  it('accepts owners imported earlier in the session and refuses unknown ones', async () => {
    const units = await workbookBuffer(unitSheet([
      [1, 'UU-01', 'Tas Mawar', 'INT-0001', 'Tas', 6, 100, 'A', 'ya'],
      [2, 'UU-02', 'Dompet Melati', null, 'Dompet', 3, 200, null, 'ya'],
      [3, 'UU-03', 'Koper Anggrek', 'INT-0404', 'Koper', 4, 20, 'B', 'tidak'],
    ]));
    const preview = await previewImport(t.ctx, 'units', 'u.xlsx', units);
    expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, 'No. Anggota', 'pemilik dengan No. Anggota INT-0001 tidak ditemukan'],
      [6, 'No. Anggota', 'pemilik dengan No. Anggota INT-0404 tidak ditemukan'],
    ]);
    await importFile(t.ctx, 'members', 'a.xlsx', await workbookBuffer(memberSheet(GOOD)), { dryRun: false, skipInvalid: false });
    const outcome = await commitImport(t.ctx, preview.importId, true);
    expect(outcome).toEqual({ valid: 2, imported: 2, errors: [{ row: 6, column: 'No. Anggota', message: 'pemilik dengan No. Anggota INT-0404 tidak ditemukan' }] });
    const saved = await t.must('units:list', {});
    expect(saved.map((u) => [u.unitCode, u.ownerMemberNo, u.categories, u.workers, u.qualityGrade])).toEqual([
      ['UU-01', 'INT-0001', ['tas'], 6, 'A'],
      ['UU-02', null, ['dompet'], 3, null],
    ]);
  });
});

describe('a large member list', () => {
  it('previews and commits 10,000 rows in one transaction', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      i + 1, `INT-${String(i + 1).padStart(5, '0')}`, `Anggota ${i + 1}`, `3515${String(i).padStart(12, '0')}`, `0812${String(i).padStart(8, '0')}`,
      'Kludan', new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))), i % 10 === 0 ? 'keluar' : 'aktif',
    ]);
    const preview = await previewImport(t.ctx, 'members', 'besar.xlsx', await workbookBuffer(memberSheet(rows)));
    expect(preview.valid).toBe(10_000);
    expect(preview.rows).toHaveLength(200);
    expect(await commitImport(t.ctx, preview.importId, false)).toEqual({ valid: 10_000, imported: 10_000, errors: [] });
    expect(memberCount()).toBe(10_000);
  });
});
