import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeMigration } from './backup';
import { applyMigrations, appliedMigrations, pendingMigrations } from './migrate';
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

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  if (isNetworkPath(path)) {
    throw new Error(`The database ${path} is on a network share; SQLite is not safe there. Keep it on this computer's disk.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // Orders and stock must survive a power cut: WAL's default NORMAL can lose the last commit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.skipQuickCheck) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new Error(`The database ${path} is damaged (${String(result)}); restore a backup.`);
    }
    const hadSchema = appliedMigrations(db).length > 0;
    const pending = pendingMigrations(db, options.migrations ?? releaseMigrations);
    if (pending.length > 0) {
      if (hadSchema) await backupBeforeMigration(db, path, pending[0].version);
      applyMigrations(db, pending);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
