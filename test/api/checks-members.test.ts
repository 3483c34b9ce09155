import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../../main/core/lists/import';
import { memberSheet, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

const siti = { memberNo: 'INT-0001', name: 'Siti Aminah', nik: '3515064508750001', status: 'aktif' as const, joinedOn: '2010-03-01' };

describe('a member joining in the future', () => {
  it('is refused on the join date, today is fine, and nothing is saved', async () => {
    const result = await t.call('members:save', { ...siti, joinedOn: '2026-11-24' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details).toEqual({ fields: [{ field: 'joinedOn', message: 'tanggal masuk 24/11/2026 belum tiba (hari ini 23/11/2026): anggota dicatat setelah bergabung' }] });
    expect(await t.must('members:list', {})).toEqual([]);
    expect((await t.must('members:save', { ...siti, joinedOn: '2026-11-23' })).joinedOn).toBe('2026-11-23');
  });
});

describe('a second member with the same NIK KTP', () => {
  it('is refused naming the member who holds it, also when changing an existing member', async () => {
    await t.must('members:save', siti);
    const second = await t.call('members:save', { memberNo: 'INT-0002', name: 'Siti A.', nik: '3515064508750001', status: 'aktif' });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('DUPLICATE');
    expect(second.error.details).toEqual({ field: 'nik' });
    expect(second.error.message).toBe('NIK KTP 3515064508750001 sudah dipakai anggota INT-0001 (Siti Aminah): satu orang, satu keanggotaan');
    const ahmad = await t.must('members:save', { memberNo: 'INT-0002', name: 'Ahmad Fauzi', nik: '3515060101700002', status: 'aktif' });
    const changed = await t.call('members:save', { ...ahmad, nik: siti.nik, gender: null });
    expect(changed.ok ? '' : changed.error.code).toBe('DUPLICATE');
    // Saving a member again with its own NIK is no clash; members without a NIK never clash.
    expect((await t.must('members:save', { ...ahmad, gender: null, phone: '081234567890' })).phone).toBe('081234567890');
    await t.must('members:save', { memberNo: 'INT-0003', name: 'Tanpa NIK', status: 'aktif' });
    await t.must('members:save', { memberNo: 'INT-0004', name: 'Tanpa NIK Juga', status: 'aktif' });
    expect((await t.must('members:get', { id: ahmad.id })).nik).toBe('3515060101700002');
  });

  it('may take the NIK of a removed member, and then that member cannot be restored with it', async () => {
    const first = await t.must('members:save', siti);
    await t.must('members:remove', { id: first.id });
    await t.must('members:save', { ...siti, memberNo: 'INT-0100', id: undefined });
    const restored = await t.call('members:restore', { id: first.id });
    expect(restored.ok ? '' : restored.error.message).toContain('sudah dipakai anggota INT-0100');
    expect((await t.must('members:list', {})).map((m) => m.memberNo)).toEqual(['INT-0100']);
  });
});

describe('a member list', () => {
  it('names the row and column of a future join date, a NIK already registered and a NIK twice in the file', async () => {
    await t.must('members:save', siti);
    const file = await workbookBuffer(memberSheet([
      [1, 'INT-0010', 'Budi', '3515060101800010', null, 'Kludan', '01/12/2026', 'aktif'],
      [2, 'INT-0011', 'Siti Lagi', '3515064508750001', null, 'Kludan', '01/01/2020', 'aktif'],
      [3, 'INT-0012', 'Wati', '3515064101900012', null, 'Kludan', '01/01/2020', 'aktif'],
      [4, 'INT-0013', 'Wati Kembar', '3515064101900012', null, 'Kludan', '01/01/2020', 'aktif'],
      [5, 'INT-0014', 'Joko', '3515060101850014', null, 'Kludan', '01/01/2020', 'aktif'],
    ]));
    const preview = await previewImport(t.ctx, 'members', 'a.xlsx', file);
    expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [5, 'Tgl. Masuk', 'tanggal masuk 01/12/2026 belum tiba (hari ini 23/11/2026): anggota dicatat setelah bergabung'],
      [6, 'NIK KTP', 'NIK KTP 3515064508750001 sudah dipakai anggota INT-0001 (Siti Aminah): satu orang, satu keanggotaan'],
      [8, 'NIK KTP', 'NIK KTP 3515064101900012 sudah ada di baris 7 berkas ini'],
    ]);
    const outcome = await commitImport(t.ctx, preview.importId, false);
    expect(outcome?.imported).toBe(0);
    expect((await t.must('members:list', {})).map((m) => m.memberNo)).toEqual(['INT-0001']);
  });
});
