import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFolder } from '../../main/core/platform/db/backup';
import { openDatabase } from '../../main/core/platform/db/connection';
import { migrations } from '../../main/core/platform/db/migrations';
import { startShell, type Shell } from '../../main/electron/shell';
import { startupMessage, startupProblemOf, StartupError } from '../../main/electron/startup-error';
import { AppError } from '../../shared/result';
import { fake, resetFake } from './fake-electron';
import { freshShellFolder } from './shell-folder';

// Every way the centre can fail to open in the desktop shell reaches the error dialog, with advice
// for that failure in Indonesian and English, the app quits, and the file is left as it was.
vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let dbPath: string;
let shell: Shell | null = null;

beforeEach(() => ({ dir, dbPath } = freshShellFolder('sentra-start-')));

afterEach(async () => {
  await shell?.close();
  shell = null;
  rmSync(dir, { recursive: true, force: true });
});

function fingerprint(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A centre of this release, closed, with rows enough to span many pages. */
async function centreFile(): Promise<void> {
  const db = await openDatabase(dbPath);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run(`${'x'.repeat(200)}${i}`);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Starts the shell on the file; it must fail: one dialog, no window, the app quits, no lock left. */
async function failedStart(path = dbPath): Promise<string> {
  shell = await startShell(['electron', '.', '--db', path]);
  expect(shell).toBeNull();
  expect(fake.windows).toEqual([]);
  expect(fake.quits).toBe(1);
  expect(fake.errorBoxes).toHaveLength(1);
  expect(existsSync(`${path}.lock`)).toBe(false);
  return fake.errorBoxes[0].content;
}

describe('a start that fails reaches the error dialog', () => {
  it('refuses a database on a network share before touching it, and says to keep it on this disk', async () => {
    for (const share of ['//kantor/data/centre.sqlite', '\\\\kantor\\data\\centre.sqlite']) {
      resetFake();
      const content = await failedStart(share);
      expect(content).toContain(`Basis data ${share} berada di folder jaringan (drive bersama).`);
      expect(content).toContain(`The database ${share} is in a network folder (a shared drive).`);
      // Not mistaken for another process holding it (its lock could not be written there).
      expect(content).not.toContain('dipakai proses lain');
    }
  });

  it('says the database is damaged and where its backups are, and leaves it as it was', async () => {
    await centreFile();
    // Garble rows in the second half of the file, as a failing disk would.
    const pages = statSync(dbPath).size / 4096;
    const fd = openSync(dbPath, 'r+');
    for (let page = Math.floor(pages / 2); page < pages - 1; page += 3) writeSync(fd, Buffer.alloc(200, 0x5a), 0, 200, page * 4096 + 10);
    closeSync(fd);
    const before = fingerprint(dbPath);
    const content = await failedStart();
    expect(content).toContain(`Basis data ${dbPath} rusak.`);
    expect(content).toContain(`pulihkan cadangan terakhir dari folder ${backupFolder(dbPath)}`);
    expect(content).toContain(`The database ${dbPath} is damaged.`);
    expect(content).toMatch(/Rincian: .*is damaged/);
    expect(fingerprint(dbPath)).toBe(before);
  });

  it('says a newer Sentra Planner made the database, and changes nothing', async () => {
    await centreFile();
    const db = await openDatabase(dbPath);
    db.prepare("INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (999, 'future', 'f', '2027-01-01')").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = fingerprint(dbPath);
    const content = await failedStart();
    expect(content).toContain(`Basis data ${dbPath} dibuat oleh Sentra Planner versi yang lebih baru.`);
    expect(content).toContain(`The database ${dbPath} was made by a newer Sentra Planner.`);
    expect(content).toContain('version 999 is newer');
    expect(fingerprint(dbPath)).toBe(before);
  });

  it('says the migration was refused when the recorded history differs, and changes nothing', async () => {
    await centreFile();
    const db = await openDatabase(dbPath);
    db.prepare("UPDATE schema_migration SET checksum = 'ffffffffffffffff' WHERE version = 1").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = fingerprint(dbPath);
    const content = await failedStart();
    expect(content).toContain(`Riwayat pembaruan basis data ${dbPath} tidak cocok dengan versi Sentra Planner ini, sehingga pembaruannya ditolak`);
    expect(content).toContain(`The update history of the database ${dbPath} does not match this Sentra Planner, so updating it was refused`);
    expect(content).toContain(backupFolder(dbPath));
    expect(fingerprint(dbPath)).toBe(before);
  });

  it('says the backup before an update could not be written, and leaves the older centre as it was', async () => {
    const older = await openDatabase(dbPath, { migrations: migrations.slice(0, 1) });
    older.close();
    writeFileSync(backupFolder(dbPath), 'a file where the backups folder should be');
    const content = await failedStart();
    expect(content).toContain(`Sebelum memperbarui basis data ${dbPath} untuk versi ini, Sentra Planner membuat cadangannya di folder ${backupFolder(dbPath)}, tetapi folder itu tidak dapat ditulis`);
    expect(content).toContain(`Before updating the database ${dbPath} for this version, Sentra Planner backs it up in the folder ${backupFolder(dbPath)}, but that folder cannot be written`);
    const check = new Database(dbPath, { readonly: true });
    try {
      expect(check.prepare('SELECT max(version) AS v FROM schema_migration').get()).toEqual({ v: 1 });
    } finally {
      check.close();
    }
  });

  it('names a full disk and the other problems from their codes', () => {
    const fault = (code: string) => Object.assign(new Error(code), { code });
    expect(startupProblemOf(dbPath, fault('SQLITE_FULL'))).toBe('disk-full');
    expect(startupProblemOf(dbPath, fault('ENOSPC'))).toBe('disk-full');
    expect(startupProblemOf(dbPath, fault('SQLITE_CORRUPT'))).toBe('damaged');
    expect(startupProblemOf(dbPath, new AppError('IN_USE', 'held', { path: dbPath, pid: 1 }))).toBe('lock');
    expect(startupProblemOf(dbPath, new AppError('NOT_A_CENTRE', 'empty', { test: 'empty' }))).toBe('not-a-centre');
    expect(startupProblemOf(dbPath, fault('SQLITE_CANTOPEN'))).toBe('open');
    expect(startupMessage(new StartupError(dbPath, fault('SQLITE_FULL')))).toContain(`Disk tempat basis data ${dbPath} penuh.`);
  });

  it('says the database is already open when this app holds it', async () => {
    shell = await startShell(['electron', '.', '--db', dbPath]);
    const first = shell;
    shell = null;
    const second = await startShell(['electron', '.', '--db', dbPath]);
    expect(second).toBeNull();
    expect(fake.errorBoxes[0]?.content).toContain(`Basis data ${dbPath} sedang dipakai proses lain`);
    // The first window keeps its lock and its database.
    expect(existsSync(`${dbPath}.lock`)).toBe(true);
    expect(first?.centre.db.open).toBe(true);
    await first?.close();
  });

  it('says the database cannot be opened where its folder cannot be made, not that it is in use', async () => {
    const blocker = join(dir, 'bukan-folder');
    writeFileSync(blocker, 'a file where the folder should be');
    const content = await failedStart(join(blocker, 'centre.sqlite'));
    expect(content).toContain(`Basis data ${join(blocker, 'centre.sqlite')} tidak dapat dibuka.`);
    expect(content).not.toContain('dipakai proses lain');
  });

  it('creates a new folder named by --db on a first start', async () => {
    const fresh = join(dir, 'baru', 'centre.sqlite');
    shell = await startShell(['electron', '.', '--db', fresh]);
    expect(fake.errorBoxes).toEqual([]);
    expect(shell?.centre.dbPath).toBe(fresh);
  });
});
