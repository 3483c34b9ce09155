import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../../shared/result';
import { markRollbackCopy, requireCentreFile } from './centre-file';
import type { Db } from './connection';
import type { Migration } from './migrations';
import { beginPart, commitPart, removeOrphanParts, removePart } from './part-file';

/** Backups go beside the database, in `backups/`, named by time so they sort. */
export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

export function stamp(now: Date): string {
  return now.toISOString().replace(/[:]/g, '').replace(/\..+$/, '');
}

export interface BackupOptions {
  /** The migrations the copy is checked against (tests rehearse a future release with more). */
  migrations?: Migration[];
}

/**
 * SQLite's online backup API: a consistent copy even while the database is in use. The copy is
 * written to a part file beside `outPath`, checked (an SQLite file with this release's history
 * whose quick_check passes), and only then renamed: a backup killed halfway never sits under a
 * backup's name. Parts left by an earlier killed backup of the same name are removed.
 */
export async function backupDatabase(db: Db, outPath: string, options: BackupOptions = {}): Promise<string> {
  mkdirSync(dirname(outPath), { recursive: true });
  removeOrphanParts(dirname(outPath), basename(outPath));
  const part = beginPart(outPath);
  try {
    await db.backup(part);
    markRollbackCopy(part);
    await requireCentreFile(part, { depth: 'quick', requireCentre: false, migrations: options.migrations }).catch((error: unknown) => {
      // The copy is faithful: what failed is the database it was taken from.
      const refusal = error instanceof AppError ? error.toShape() : null;
      if (refusal?.code !== 'NOT_A_CENTRE') throw error;
      throw new AppError('NOT_A_CENTRE', refusal.message.replace(part, db.name), { ...refusal.details, path: db.name });
    });
    commitPart(part, outPath);
    return outPath;
  } finally {
    removePart(part);
  }
}

export async function backupBeforeMigration(db: Db, dbPath: string, toVersion: number, options: BackupOptions = {}): Promise<string> {
  const name = `${basename(dbPath, '.sqlite')}-before-v${toVersion}-${stamp(new Date())}.sqlite`;
  removeOrphanParts(backupFolder(dbPath));
  return backupDatabase(db, join(backupFolder(dbPath), name), options);
}

/** At most one scheduled backup a day; the newest `keep` are kept. Parts are never counted. */
export async function dailyBackup(db: Db, dbPath: string, keep = 14, now = new Date()): Promise<string | null> {
  const folder = backupFolder(dbPath);
  const prefix = `${basename(dbPath, '.sqlite')}-daily-`;
  removeOrphanParts(folder);
  const existing = existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite')).sort() : [];
  const newest = existing.at(-1);
  if (newest && now.getTime() - statSync(join(folder, newest)).mtimeMs < 20 * 3600_000) return null;
  const made = await backupDatabase(db, join(folder, `${prefix}${stamp(now)}.sqlite`));
  for (const old of [...existing, basename(made)].slice(0, -keep)) rmSync(join(folder, old));
  return made;
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: number;
}

/** The full maintenance check of an open database: page-level integrity and every foreign key. */
export function checkDatabase(db: Db): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeys = (db.pragma('foreign_key_check') as unknown[]).length;
  return { ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys === 0, integrity, foreignKeys };
}
