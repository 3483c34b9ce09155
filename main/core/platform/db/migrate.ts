import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/result';
import { migrations as allMigrations, type Migration } from './migrations';

export function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex').slice(0, 16);
}

export interface Applied {
  version: number;
  name: string;
  checksum: string;
}

/** Why a recorded history cannot be opened by this release (the NOT_A_CENTRE tests it can fail). */
export type HistoryProblem = 'newer' | 'unknown-migration' | 'checksum';

/** The recorded history, read only: null when the file has no history table at all. */
export function recordedMigrations(db: Database.Database): Applied[] | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").get();
  if (!table) return null;
  return db.prepare('SELECT version, name, checksum FROM schema_migration ORDER BY version').all() as Applied[];
}

/** The first disagreement between a recorded history and this release's migrations, or null. */
export function historyProblem(applied: Applied[], migrations: Migration[] = allMigrations): { test: HistoryProblem; version: number; name: string } | null {
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  for (const row of applied) {
    const known = migrations.find((m) => m.version === row.version);
    if (!known) return { test: row.version > newest ? 'newer' : 'unknown-migration', version: row.version, name: row.name };
    if (checksum(known.sql) !== row.checksum) return { test: 'checksum', version: row.version, name: row.name };
  }
  return null;
}

/** The English message of a history problem (the CLI words it again in the user's language). */
export function historyMessage(problem: { test: HistoryProblem; version: number; name: string }): string {
  if (problem.test === 'newer') return `Database schema version ${problem.version} is newer than this application knows; use a newer Sentra Planner.`;
  if (problem.test === 'unknown-migration') return `Database migration ${problem.version} (${problem.name}) is unknown to this application; refusing to open.`;
  return `Database migration ${problem.version} (${problem.name}) differs from this application's; refusing to open.`;
}

/** The migrations still to run on a recorded history; refuses one that disagrees with this release. */
export function pendingFrom(applied: Applied[], migrations: Migration[] = allMigrations): Migration[] {
  const problem = historyProblem(applied, migrations);
  if (problem) throw new AppError('NOT_A_CENTRE', historyMessage(problem), { test: problem.test, version: problem.version });
  const done = new Set(applied.map((a) => a.version));
  return migrations.filter((m) => !done.has(m.version));
}

/** Refuses a database whose recorded history disagrees with this release's migrations. Reads only. */
export function pendingMigrations(db: Database.Database, migrations: Migration[] = allMigrations): Migration[] {
  return pendingFrom(recordedMigrations(db) ?? [], migrations);
}

/** Each migration in its own transaction, recorded with its checksum. */
export function applyMigrations(db: Database.Database, pending: Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`);
  const record = db.prepare('INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, checksum(migration.sql), new Date().toISOString());
    })();
  }
}

export function schemaVersion(db: Database.Database): number {
  return Math.max(0, ...(recordedMigrations(db) ?? []).map((a) => a.version));
}
