import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/result';
import { backupBeforeMigration } from './backup';
import { applyMigrations, pendingFrom, recordedMigrations } from './migrate';
import { migrations as releaseMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Skip the start-up quick_check (used by `sentra check`, which runs the full check itself). */
  skipQuickCheck?: boolean;
  /** Tests pass a longer list to rehearse a future release's migration. */
  migrations?: Migration[];
}

/**
 * SQLite's locking is unreliable over SMB/NFS, and WAL does not work there at all: a centre's
 * database on the office server's share would corrupt sooner or later.
 */
export function isNetworkPath(path: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/]/.test(path) || /^\\\\\?\\UNC\\/i.test(path);
}

/**
 * A file with tables but no migration history is another program's database: migrating it would
 * mix the centre's tables into it.
 */
function refuseForeignDatabase(db: Db, path: string): void {
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  if (tables.n > 0) {
    throw new AppError('NOT_A_CENTRE', `${path} is not a Sentra centre: the database has no Sentra migration history.`, { test: 'no-schema', path });
  }
}

/**
 * Opens (and migrates) a centre. Everything that could refuse the file (its history, another
 * program's tables, a failed quick_check) is read before anything is written, so a refused file
 * is left byte for byte as it was.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  if (isNetworkPath(path)) {
    throw new Error(`The database ${path} is on a network share; SQLite is not safe there. Keep it on this computer's disk.`);
  }
  if (!existsSync(path)) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? releaseMigrations;
    const applied = readHistory(db, path);
    if (applied === null) refuseForeignDatabase(db, path);
    const pending = pendingFrom(applied ?? [], migrations);
    if (!options.skipQuickCheck) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') {
        throw new AppError('NOT_A_CENTRE', `The database ${path} is damaged (${String(result)}); restore a backup.`, { test: 'integrity', path, integrity: [String(result)] });
      }
    }
    // The first writes: only now that the file is known to be a centre this release can open.
    db.pragma('journal_mode = WAL');
    // Orders and stock must survive a power cut: WAL's default NORMAL can lose the last commit.
    db.pragma('synchronous = FULL');
    if (pending.length > 0) {
      if (applied && applied.length > 0) await backupBeforeMigration(db, path, pending[0].version, { migrations });
      applyMigrations(db, pending);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readHistory(db: Db, path: string): ReturnType<typeof recordedMigrations> {
  try {
    return recordedMigrations(db);
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB') {
      throw new AppError('NOT_A_CENTRE', `${path} is not a Sentra centre: the file is not an SQLite database.`, { test: 'not-sqlite', path });
    }
    throw error;
  }
}
