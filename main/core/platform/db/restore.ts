import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/result';
import { backupDatabase, backupFolder, stamp } from './backup';
import { notACentre, readHeader, requireCentreFile, snapshotCentreFile } from './centre-file';
import { lockDatabase } from './lock';
import type { Migration } from './migrations';
import { beginPart, commitPart, fsyncFolder, removeOrphanParts, removePart } from './part-file';

export interface RestoreResult {
  restored: string;
  from: string;
  /** The replaced centre, kept in backups/; null when there was none. */
  replacedBackup: string | null;
  schemaVersion: number;
  /** Migrations the next open will run (after its own backup). */
  pending: number;
}

/** How long a restore waits for another connection to let go before it says IN_USE. */
const WAIT_MS = 1000;

function inUse(path: string): AppError {
  return new AppError('IN_USE', `${path} is open in another program or Sentra Planner window. Close it first.`, { path });
}

function isDamage(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'NOT_A_CENTRE';
  const code = error instanceof Database.SqliteError ? error.code : '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/**
 * A connection that holds SQLite's EXCLUSIVE lock on the file for as long as it is open. Every
 * other connection of any process (a running app, a CLI import) holds at least a shared lock in
 * WAL mode, so this fails with SQLITE_BUSY while anyone has the centre open.
 */
function holdExclusive(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true, timeout: WAIT_MS });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY')) throw inUse(path);
    throw error;
  }
}

function firstBytes(path: string): Buffer {
  const bytes = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, bytes, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function keepBytes(target: string, kept: string): void {
  mkdirSync(dirname(kept), { recursive: true });
  if (existsSync(`${target}-wal`)) copyFileSync(`${target}-wal`, `${kept}-wal`);
  const part = beginPart(kept);
  try {
    copyFileSync(target, part);
    commitPart(part, kept);
  } finally {
    removePart(part);
  }
}

/**
 * Keeps the centre being replaced, under the exclusive lock: its WAL checkpointed into it, a
 * checked backup in backups/, then back in rollback mode, which has SQLite itself delete its
 * -wal. A damaged centre (the usual reason to restore) is kept byte for byte instead. Returns the
 * file's header as it was left, so the swap can tell whether anyone wrote to it since.
 */
async function keepReplaced(target: string, kept: string): Promise<Buffer | null> {
  if (typeof readHeader(target) === 'string') {
    keepBytes(target, kept);
    return null;
  }
  let old: Database.Database | null = null;
  try {
    old = holdExclusive(target);
    old.pragma('wal_checkpoint(TRUNCATE)');
    await backupDatabase(old, kept);
    old.pragma('journal_mode = DELETE');
  } catch (error) {
    if (!isDamage(error)) throw error;
    keepBytes(target, kept);
  } finally {
    old?.close();
  }
  return firstBytes(target);
}

/**
 * Puts the checked copy in place while holding the exclusive lock, so no process can open the
 * old file between the last look and the rename. Stale -wal/-shm are removed only under that lock
 * (a WAL beside the new file would be replayed into it). Windows cannot rename over an open
 * file: there the lock is let go just before the rename (the app lock still keeps Sentra out).
 */
function putInPlace(part: string, target: string, lastSeen: Buffer | null): void {
  let guard: Database.Database | null = null;
  if (lastSeen) {
    try {
      guard = holdExclusive(target);
    } catch (error) {
      if (!isDamage(error)) throw error;
    }
    if (!firstBytes(target).equals(lastSeen)) {
      guard?.close();
      throw inUse(target);
    }
  }
  try {
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
    try {
      renameSync(part, target);
    } catch (error) {
      if (!guard || !['EPERM', 'EACCES', 'EBUSY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      guard.close();
      renameSync(part, target);
    }
    fsyncFolder(dirname(target));
  } finally {
    if (guard?.open) guard.close();
  }
}

/** Two restores in one second must not overwrite the first one's kept centre. */
function unusedName(folder: string, stem: string): string {
  for (let n = 1; ; n += 1) {
    const path = join(folder, `${stem}${n === 1 ? '' : `-${n}`}.sqlite`);
    if (!existsSync(path)) return path;
  }
}

/**
 * Restores a backup over a centre. Only a Sentra centre this release can open is restored (see
 * inspectCentreFile), never while the app or any other process has the centre open, and the
 * replaced centre is kept in backups/ as `<name>-before-restore-<stamp>.sqlite`.
 */
export async function restoreDatabase(backupPath: string, targetPath: string, options: { migrations?: Migration[] } = {}): Promise<RestoreResult> {
  const source = resolve(backupPath);
  const target = resolve(targetPath);
  if (!existsSync(source)) throw new AppError('NOT_FOUND', `Backup ${backupPath} does not exist.`, { path: backupPath });
  if (source === target) throw new AppError('INVALID_INPUT', 'A centre cannot be restored from itself.', { path: backupPath });
  const header = readHeader(source);
  if (typeof header === 'string') throw notACentre(backupPath, header);

  mkdirSync(dirname(target), { recursive: true });
  const lock = lockDatabase(target);
  const part = beginPart(target);
  try {
    removeOrphanParts(dirname(target), basename(target));
    // A restore killed while it kept the replaced centre left its part among the backups.
    removeOrphanParts(backupFolder(target), `${basename(target, '.sqlite')}-before-restore-`);
    // The candidate is only read: its private copy is what gets checked and put in place.
    await snapshotCentreFile(source, part);
    const report = await requireCentreFile(part, { depth: 'full', requireCentre: true, migrations: options.migrations }).catch((error: unknown) => {
      const refusal = error instanceof AppError ? error.toShape() : null;
      if (refusal?.code !== 'NOT_A_CENTRE') throw error;
      throw new AppError('NOT_A_CENTRE', refusal.message.replace(part, backupPath), { ...refusal.details, path: backupPath });
    });
    let replacedBackup: string | null = null;
    let lastSeen: Buffer | null = null;
    if (existsSync(target)) {
      replacedBackup = unusedName(backupFolder(target), `${basename(target, '.sqlite')}-before-restore-${stamp(new Date())}`);
      lastSeen = await keepReplaced(target, replacedBackup);
    }
    putInPlace(part, target, lastSeen);
    return { restored: targetPath, from: backupPath, replacedBackup, schemaVersion: report.schemaVersion ?? 0, pending: report.pending };
  } finally {
    removePart(part);
    lock.release();
  }
}
