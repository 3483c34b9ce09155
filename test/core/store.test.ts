import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupFolder, checkDatabase, dailyBackup } from '../../main/core/platform/db/backup';
import { isNetworkPath, openDatabase } from '../../main/core/platform/db/connection';
import { restoreDatabase } from '../../main/core/platform/db/restore';
import { lockDatabase } from '../../main/core/platform/db/lock';
import { checksum, schemaVersion } from '../../main/core/platform/db/migrate';
import { migrations } from '../../main/core/platform/db/migrations';
import { tempApp, type TempApp } from '../helpers/temp-app';

/** Migration numbers may skip one while branches meet (016 and 017 of issue 12): the newest is not the count. */
const newestVersion = Math.max(...migrations.map((m) => m.version));

let t: TempApp | undefined;
afterEach(() => t?.close());

const member = { memberNo: 'INT-0001', name: 'Siti', status: 'aktif' as const };

describe('the store', () => {
  it('opens in WAL with foreign keys on and full sync, at the newest schema', async () => {
    t = await tempApp();
    const { db } = t.app;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(schemaVersion(db)).toBe(newestVersion);
  });

  it('migrates a database of the previous release, backs it up first and keeps its data', async () => {
    t = await tempApp();
    await t.must('members:save', member);
    t.app.db.close();
    const next = [...migrations, { version: newestVersion + 1, name: 'rehearsal', sql: 'ALTER TABLE member ADD COLUMN birth_place TEXT;' }];
    const db = await openDatabase(t.dbPath, { migrations: next });
    expect(schemaVersion(db)).toBe(newestVersion + 1);
    expect(db.prepare('SELECT name, birth_place FROM member').all()).toEqual([{ name: 'Siti', birth_place: null }]);
    const backups = readdirSync(backupFolder(t.dbPath));
    expect(backups.some((f) => f.includes(`before-v${newestVersion + 1}`))).toBe(true);
    db.close();
    // A later start of the older release must refuse the newer database rather than damage it.
    await expect(openDatabase(t.dbPath)).rejects.toThrow(/newer/);
    t.app.db = await openDatabase(t.dbPath, { migrations: next });
  });

  it('refuses a database whose recorded migration differs from the release', async () => {
    t = await tempApp();
    t.app.db.prepare('UPDATE schema_migration SET checksum = ? WHERE version = 1').run(checksum('edited'));
    t.app.db.close();
    await expect(openDatabase(t.dbPath)).rejects.toThrow(/differs/);
  });

  it('backs up while open and restores exactly what was backed up', async () => {
    t = await tempApp();
    // Restore takes only a centre with its details recorded (see backup-restore.test.ts).
    await t.must('centre:save', { name: 'Sentra Tanggulangin' });
    await t.must('members:save', member);
    const copy = join(t.dir, 'copy.sqlite');
    await backupDatabase(t.app.db, copy);
    await t.must('members:save', { ...member, memberNo: 'INT-0002', name: 'Budi' });
    t.app.db.close();
    await restoreDatabase(copy, t.dbPath);
    t.app.db = await openDatabase(t.dbPath);
    expect((t.app.db.prepare('SELECT name FROM member').all() as { name: string }[]).map((r) => r.name)).toEqual(['Siti']);
    expect(checkDatabase(t.app.db).ok).toBe(true);
  });

  it('refuses to restore a damaged backup and leaves the database as it was', async () => {
    t = await tempApp();
    await t.must('members:save', member);
    const junk = join(t.dir, 'junk.sqlite');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    await expect(restoreDatabase(junk, join(t.dir, 'other.sqlite'))).rejects.toThrow();
    expect(existsSync(join(t.dir, 'other.sqlite'))).toBe(false);
  });

  it('makes at most one scheduled backup a day', async () => {
    t = await tempApp();
    const first = await dailyBackup(t.app.db, t.dbPath);
    const second = await dailyBackup(t.app.db, t.dbPath);
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('recognises network shares, where SQLite is unsafe', () => {
    expect(isNetworkPath('\\\\KANTOR\\data\\sentra.sqlite')).toBe(true);
    expect(isNetworkPath('//nas/share/sentra.sqlite')).toBe(true);
    expect(isNetworkPath('C:\\Users\\Koperasi\\sentra.sqlite')).toBe(false);
  });
});

describe('one app per database', () => {
  it('refuses a second holder while the first runs, and takes over a stale lock', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sentra-lock-')), 'centre.sqlite');
    writeFileSync(`${path}.lock`, '1');
    expect(() => lockDatabase(path)).toThrow(/already open/);
    writeFileSync(`${path}.lock`, '999999999');
    const lock = lockDatabase(path);
    lock.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
