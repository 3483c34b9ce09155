import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './connection';

/** Backups go beside the database, in `backups/`, named by time so they sort. */
export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:]/g, '').replace(/\..+$/, '');
}

/** SQLite's online backup API: a consistent copy even while the database is in use. */
export async function backupDatabase(db: Db, outPath: string): Promise<string> {
  mkdirSync(dirname(outPath), { recursive: true });
  await db.backup(outPath);
  return outPath;
}

export async function backupBeforeMigration(db: Db, dbPath: string, toVersion: number): Promise<string> {
  const name = `${basename(dbPath, '.sqlite')}-before-v${toVersion}-${stamp(new Date())}.sqlite`;
  return backupDatabase(db, join(backupFolder(dbPath), name));
}

/** At most one scheduled backup a day; the newest `keep` are kept. */
export async function dailyBackup(db: Db, dbPath: string, keep = 14, now = new Date()): Promise<string | null> {
  const folder = backupFolder(dbPath);
  const prefix = `${basename(dbPath, '.sqlite')}-daily-`;
  const existing = existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith(prefix)).sort() : [];
  const newest = existing.at(-1);
  if (newest && now.getTime() - statSync(join(folder, newest)).mtimeMs < 20 * 3600_000) return null;
  const made = await backupDatabase(db, join(folder, `${prefix}${stamp(now)}.sqlite`));
  for (const old of [...existing, basename(made)].slice(0, -keep)) rmSync(join(folder, old));
  return made;
}

/**
 * Restores a backup over the database file. The target must not be open in any app; the backup
 * is checked first so a damaged copy never replaces a good database.
 */
export async function restoreDatabase(backupPath: string, targetPath: string): Promise<void> {
  if (!existsSync(backupPath)) throw new Error(`Backup ${backupPath} does not exist.`);
  const source = new Database(backupPath, { readonly: true, fileMustExist: true });
  try {
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`Backup ${backupPath} is damaged (${String(check)}); not restored.`);
    for (const suffix of ['-wal', '-shm']) rmSync(targetPath + suffix, { force: true });
    await source.backup(targetPath);
  } finally {
    source.close();
  }
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: number;
}

/** The full maintenance check: page-level integrity and every foreign key. */
export function checkDatabase(db: Db): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeys = (db.pragma('foreign_key_check') as unknown[]).length;
  return { ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys === 0, integrity, foreignKeys };
}
