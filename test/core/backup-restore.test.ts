import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupFolder, dailyBackup } from '../../main/core/platform/db/backup';
import { restoreDatabase } from '../../main/core/platform/db/restore';
import { openDatabase } from '../../main/core/platform/db/connection';
import { lockDatabase } from '../../main/core/platform/db/lock';
import { checksum } from '../../main/core/platform/db/migrate';
import { migrations } from '../../main/core/platform/db/migrations';
import { BETTER_SQLITE3, fileState, holdOpen, makeCentre, type Holder } from '../helpers/centre-files';

/** Migration numbers may skip one while branches meet (016 and 017 of issue 12): the newest is not the count. */
const newestVersion = Math.max(...migrations.map((m) => m.version));

let dir: string;
let centre: string;
let holder: Holder | undefined;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-restore-'));
  centre = join(dir, 'centre.sqlite');
  await makeCentre(centre, { name: 'Centre as it is now' });
});
afterEach(async () => {
  await holder?.stop('kill');
  holder = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function centreName(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM centre WHERE id = 1').get() as { name: string }).name;
  } finally {
    db.close();
  }
}

/** A copy of a good centre, changed by `edit` with foreign keys off (as another program would). */
async function candidate(name: string, edit?: (db: Database.Database) => void): Promise<string> {
  const path = join(dir, name);
  await makeCentre(path, { name: 'Centre from the backup' });
  if (edit) {
    const db = new Database(path);
    db.pragma('foreign_keys = OFF');
    edit(db);
    db.close();
  }
  return path;
}

describe('restore accepts only a Sentra centre', () => {
  const refusals: [string, string, () => Promise<string>][] = [
    ['a 0-byte file', 'empty', async () => (writeFileSync(join(dir, 'zero.sqlite'), ''), join(dir, 'zero.sqlite'))],
    ['a file that is not SQLite', 'not-sqlite', async () => (writeFileSync(join(dir, 'junk.sqlite'), Buffer.alloc(8192, 7)), join(dir, 'junk.sqlite'))],
    ['an empty database', 'no-schema', async () => {
      const path = join(dir, 'empty.sqlite');
      new Database(path).exec('VACUUM').close();
      return path;
    }],
    ["another program's database", 'no-schema', async () => {
      const path = join(dir, 'other.sqlite');
      new Database(path).exec('CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customer VALUES (1, \'x\')').close();
      return path;
    }],
    ['a centre of a newer release', 'newer', () =>
      candidate('newer.sqlite', (db) => db.prepare("INSERT INTO schema_migration VALUES (?, 'future', 'abc', '2027-01-01')").run(newestVersion + 1))],
    ['a centre with a migration this release never had', 'unknown-migration', () =>
      candidate('unknown.sqlite', (db) => db.prepare("INSERT INTO schema_migration VALUES (0, 'prehistory', 'abc', '2020-01-01')").run())],
    ['a centre whose migration differs', 'checksum', () =>
      candidate('edited.sqlite', (db) => db.prepare('UPDATE schema_migration SET checksum = ? WHERE version = 2').run(checksum('edited')))],
    ['a centre with broken links', 'foreign-keys', () =>
      candidate('links.sqlite', (db) => db.prepare("INSERT INTO member_status VALUES (999, '2020-01-01', 'aktif', '2020-01-01')").run())],
    ['a centre without its centre row', 'no-centre', () => candidate('nocentre.sqlite', (db) => db.prepare('DELETE FROM centre').run())],
  ];

  it.each(refusals)('refuses %s (%s) and leaves both files as they were', async (_label, test, make) => {
    const from = await make();
    const before = fileState(centre);
    const fromBefore = fileState(from);
    await expect(restoreDatabase(from, centre)).rejects.toMatchObject({ code: 'NOT_A_CENTRE', details: { test } });
    expect(fileState(centre)).toEqual(before);
    // Read-only inspection: the candidate is not turned into a database, no -wal or -shm beside it.
    expect(fileState(from)).toEqual(fromBefore);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('refuses a damaged centre (integrity)', async () => {
    const from = await candidate('damaged.sqlite');
    const db = new Database(from);
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
             INSERT INTO member (member_no, name, created_at, updated_at)
             SELECT 'X-' || i, printf('%.500c', 'y'), '2026-01-01', '2026-01-01' FROM n`);
    db.close();
    const bytes = readFileSync(from);
    // Scribble over one whole page of the member table, far from the schema on page 1.
    expect(bytes.length).toBeGreaterThan(41 * 4096);
    bytes.fill(0x55, 40 * 4096, 41 * 4096);
    writeFileSync(from, bytes);
    await expect(restoreDatabase(from, centre)).rejects.toMatchObject({ code: 'NOT_A_CENTRE', details: { test: 'integrity' } });
    expect(centreName(centre)).toBe('Centre as it is now');
  });

  it('restores a good centre, keeps the replaced one in backups/ and opens the restored one', async () => {
    const from = await candidate('good.sqlite');
    const fromBefore = fileState(from);
    const result = await restoreDatabase(from, centre);
    expect(fileState(from)).toEqual(fromBefore);
    expect(centreName(centre)).toBe('Centre from the backup');
    expect(result.replacedBackup).toMatch(/centre-before-restore-.*\.sqlite$/);
    expect(centreName(result.replacedBackup ?? '')).toBe('Centre as it is now');
    expect(readdirSync(dir).filter((f) => f.includes('.part') || f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
    const db = await openDatabase(centre);
    db.close();
  });

  it("removes the part a restore killed while keeping the replaced centre left among the backups", async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const orphan = join(backupFolder(centre), `centre-before-restore-20261201T101010.sqlite.${gone}-2.part`);
    const kept = join(backupFolder(centre), 'centre-daily-20261201T101010.sqlite');
    mkdirSync(backupFolder(centre), { recursive: true });
    writeFileSync(orphan, 'half a copy');
    writeFileSync(kept, 'a backup of its own');
    await restoreDatabase(await candidate('good.sqlite'), centre);
    expect({ orphan: existsSync(orphan), kept: existsSync(kept) }).toEqual({ orphan: false, kept: true });
  });

  it('restores an older centre; the next open migrates it after a backup', async () => {
    const from = join(dir, 'old.sqlite');
    await makeCentre(from, { migrations: migrations.slice(0, 1), name: 'Centre of release 0.1' });
    const result = await restoreDatabase(from, centre);
    expect(result).toMatchObject({ schemaVersion: 1, pending: migrations.length - 1 });
    const db = await openDatabase(centre);
    expect((db.prepare('SELECT MAX(version) AS v FROM schema_migration').get() as { v: number }).v).toBe(newestVersion);
    db.close();
    expect(readdirSync(backupFolder(centre)).some((f) => f.includes('before-v2'))).toBe(true);
  });
});

describe('restore over what is there', () => {
  it('restores over a damaged centre (the usual reason to restore) and keeps its bytes', async () => {
    const from = await candidate('good.sqlite');
    const bytes = readFileSync(centre);
    bytes.fill(0x55, 2 * 4096, 3 * 4096);
    writeFileSync(centre, bytes);
    const result = await restoreDatabase(from, centre);
    expect(centreName(centre)).toBe('Centre from the backup');
    expect(readFileSync(result.replacedBackup ?? '')).toEqual(bytes);
  });

  it('restores over a file that is not SQLite, and into a folder with no centre yet', async () => {
    const from = await candidate('good.sqlite');
    writeFileSync(centre, 'not a database');
    const result = await restoreDatabase(from, centre);
    expect(readFileSync(result.replacedBackup ?? '', 'utf8')).toBe('not a database');
    const fresh = join(dir, 'new', 'centre.sqlite');
    expect(await restoreDatabase(from, fresh)).toMatchObject({ replacedBackup: null });
    expect(centreName(fresh)).toBe('Centre from the backup');
  });

  it('takes a candidate with its WAL (an app was killed on it) as it was last committed', async () => {
    const from = await candidate('crashed.sqlite');
    holder = await holdOpen(from);
    await holder.rename('Committed only in the WAL');
    await holder.stop('kill');
    holder = undefined;
    await restoreDatabase(from, centre);
    expect(centreName(centre)).toBe('Committed only in the WAL');
  });
});

describe('restore while the centre is in use', () => {
  it('refuses while another process has the centre open, and that process loses nothing', async () => {
    const from = await candidate('good.sqlite');
    holder = await holdOpen(centre);
    await holder.rename('Written by the running app 1');
    await expect(restoreDatabase(from, centre)).rejects.toMatchObject({ code: 'IN_USE' });
    // The running app's WAL is still there, and its next writes are seen by every connection.
    expect(existsSync(`${centre}-wal`)).toBe(true);
    await holder.rename('Written by the running app 2');
    expect(centreName(centre)).toBe('Written by the running app 2');
    await holder.stop('close');
    holder = undefined;
    expect(centreName(centre)).toBe('Written by the running app 2');
  });

  it('refuses while the app holds the centre lock', async () => {
    const from = await candidate('good.sqlite');
    const lock = lockDatabase(centre);
    try {
      await expect(restoreDatabase(from, centre)).rejects.toMatchObject({ code: 'IN_USE' });
    } finally {
      lock.release();
    }
    expect(centreName(centre)).toBe('Centre as it is now');
  });

  it('refuses while a connection of this very process is open', async () => {
    const from = await candidate('good.sqlite');
    const db = await openDatabase(centre);
    try {
      await expect(restoreDatabase(from, centre)).rejects.toMatchObject({ code: 'IN_USE' });
    } finally {
      db.close();
    }
  });

  it("after an app was killed, keeps the writes still in its WAL in the replaced centre's backup", async () => {
    const from = await candidate('good.sqlite');
    holder = await holdOpen(centre, { lockFile: true });
    await holder.rename('Only in the WAL');
    await holder.stop('kill');
    holder = undefined;
    expect(readFileSync(`${centre}-wal`).length).toBeGreaterThan(0);
    const result = await restoreDatabase(from, centre);
    expect(centreName(result.replacedBackup ?? '')).toBe('Only in the WAL');
    expect(centreName(centre)).toBe('Centre from the backup');
    expect(existsSync(`${centre}-wal`)).toBe(false);
    expect(existsSync(`${centre}.lock`)).toBe(false);
  });
});

/** Runs `call` in a child process whose backups are killed (SIGKILL) after their first step. */
function killedHalfway(call: string): void {
  const script = `
    import Database from ${JSON.stringify(BETTER_SQLITE3)};
    import * as backup from ${JSON.stringify(join(__dirname, '../../main/core/platform/db/backup.ts'))};
    const db = new Database(${JSON.stringify(centre)});
    const copy = db.backup.bind(db);
    db.backup = (out, options) => copy(out, { ...options, progress: () => process.kill(process.pid, 'SIGKILL') });
    await ${call};`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.signal).toBe('SIGKILL');
}

describe('backups that are never half a file', () => {
  beforeEach(async () => {
    rmSync(centre);
    await makeCentre(centre, { members: 4000 });
  });

  it('a backup killed halfway leaves nothing under its final name, and the next one cleans up', async () => {
    const out = join(dir, 'copy.sqlite');
    killedHalfway(`backup.backupDatabase(db, ${JSON.stringify(out)})`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toHaveLength(1);
    const db = await openDatabase(centre);
    await backupDatabase(db, out);
    db.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    copyFileSync(out, join(dir, 'restorable.sqlite'));
    await restoreDatabase(join(dir, 'restorable.sqlite'), centre);
  });

  it('a daily backup killed halfway is not counted as the newest and is cleaned up', async () => {
    killedHalfway(`backup.dailyBackup(db, ${JSON.stringify(centre)})`);
    const db = await openDatabase(centre);
    const made = await dailyBackup(db, centre);
    db.close();
    expect(made).not.toBeNull();
    const files = readdirSync(backupFolder(centre));
    expect(files).toEqual([expect.stringMatching(/^centre-daily-.*\.sqlite$/)]);
  });
});

describe('opening a file this release must refuse', () => {
  const cases: [string, RegExp, (db: Database.Database) => void][] = [
    ['newer', /newer/, (db) => db.prepare("INSERT INTO schema_migration VALUES (?, 'future', 'abc', '2027-01-01')").run(newestVersion + 1)],
    ['checksum', /differs/, (db) => db.prepare('UPDATE schema_migration SET checksum = ? WHERE version = 1').run(checksum('edited'))],
    ['no-schema', /not a Sentra/, (db) => db.exec('DROP TABLE schema_migration')],
  ];

  // A file in rollback mode (as a restored backup is) would be switched to WAL by a careless open.
  it.each(cases.flatMap(([test, message, edit]) => ['wal', 'delete'].map((mode) => [test, mode, message, edit] as const)))(
    'refuses a %s history (journal %s) without changing a byte', async (test, mode, message, edit) => {
    const db = new Database(centre);
    edit(db);
    db.pragma(`journal_mode = ${mode}`);
    db.close();
    const before = fileState(centre);
    await expect(openDatabase(centre)).rejects.toMatchObject({ code: 'NOT_A_CENTRE', details: { test }, message: expect.stringMatching(message) });
    expect(fileState(centre)).toEqual(before);
  });
});
