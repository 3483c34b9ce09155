import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFor, createApp } from '../../main/core/platform/app';
import { backupFolder } from '../../main/core/platform/db/backup';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { listMembers } from '../../main/core/registry/member-queries';
import { schemaVersion } from '../../main/core/platform/db/migrate';
import { migrations } from '../../main/core/platform/db/migrations';
import { writeMember } from '../../main/core/registry/members';

/** Migration numbers may skip one while branches meet (016 and 017 of issue 12): the newest is not the count. */
const newestVersion = Math.max(...migrations.map((m) => m.version));

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a database of release 0.1 (migration 1 only)', () => {
  it('opens in this release: backed up first, members kept, supply tables added', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-v1-'));
    const path = join(dir, 'centre.sqlite');
    const old = await openDatabase(path, { migrations: migrations.slice(0, 1) });
    expect(schemaVersion(old)).toBe(1);
    const ctx = contextFor(createApp(old, path, { actor: 'test', today: '2026-11-23' }), 'id');
    old.transaction(() => {
      for (const [memberNo, name] of [['INT-0001', 'Siti Aminah'], ['INT-0002', 'Budi Santoso']]) {
        writeMember(ctx, { memberNo, name, nik: null, phone: null, gender: null, address: null, village: null, district: null, regency: null, joinedOn: '2010-03-01', status: 'aktif' });
      }
    })();
    old.close();

    db = await openDatabase(path);
    expect(schemaVersion(db)).toBe(newestVersion);
    expect(listMembers(db).map((m) => [m.memberNo, m.name, m.status])).toEqual([
      ['INT-0001', 'Siti Aminah', 'aktif'],
      ['INT-0002', 'Budi Santoso', 'aktif'],
    ]);
    expect(readdirSync(backupFolder(path)).some((f) => f.includes('before-v2'))).toBe(true);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('product', 'sales_order', 'stock_movement')").all();
    expect(tables).toHaveLength(3);
  });
});
