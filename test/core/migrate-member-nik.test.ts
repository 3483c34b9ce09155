import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, contextFor } from '../../main/core/platform/app';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { migrations } from '../../main/core/platform/db/migrations';
import { saveMember } from '../../main/core/registry/members';
import { memberInput } from '../../shared/domain/member';

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const NIK = '3515064508750001';

describe('a centre of release 0.11 whose register has two members with one NIK', () => {
  it('keeps both as they were; the store refuses a third, and the next save asks for a NIK of their own', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v11-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.filter((m) => m.version <= 11) });
    const member = old.prepare("INSERT INTO member (member_no, name, nik, created_at, updated_at, removed_at) VALUES (?, ?, ?, 'x', 'x', ?)");
    const status = old.prepare("INSERT INTO member_status (member_id, valid_from, status, recorded_at) VALUES (?, '2010-01-01', 'aktif', 'x')");
    for (const [no, name, nik, removed] of [['INT-1', 'Siti', NIK, null], ['INT-2', 'Siti A.', NIK, null], ['INT-3', 'Budi', '3515060101800003', null], ['INT-4', 'Lama', NIK, 'x']] as const) {
      status.run(member.run(no, name, nik, removed).lastInsertRowid);
    }
    old.close();

    db = await openDatabase(path);
    expect(db.prepare('SELECT member_no, nik, nik_shared_before FROM member ORDER BY id').raw().all()).toEqual([
      ['INT-1', NIK, 1], ['INT-2', NIK, 1], ['INT-3', '3515060101800003', 0], ['INT-4', NIK, 0],
    ]);
    // The store's own guard: a second member with Budi's NIK is refused even past the services.
    expect(() => db?.prepare("INSERT INTO member (member_no, name, nik, created_at, updated_at) VALUES ('INT-5', 'X', '3515060101800003', 'x', 'x')").run()).toThrow(/UNIQUE/);

    const ctx = contextFor(createApp(db, path, { actor: 'test', today: '2026-11-23' }), 'id');
    const siti = memberInput.parse({ id: 1, memberNo: 'INT-1', name: 'Siti', nik: NIK, status: 'aktif' });
    expect(() => saveMember(ctx, siti)).toThrow('NIK KTP 3515064508750001 sudah dipakai anggota INT-2 (Siti A.)');
    saveMember(ctx, { ...siti, nik: '3515064508750009' });
    saveMember(ctx, memberInput.parse({ id: 2, memberNo: 'INT-2', name: 'Siti A.', nik: NIK, status: 'aktif' }));
    expect(db.prepare('SELECT nik_shared_before FROM member WHERE id IN (1, 2) ORDER BY id').pluck().all()).toEqual([0, 0]);
  });
});
