import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { migrations as allMigrations, type Migration } from './migrations';

export function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex').slice(0, 16);
}

interface Applied {
  version: number;
  name: string;
  checksum: string;
}

export function appliedMigrations(db: Database.Database): Applied[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`);
  return db.prepare('SELECT version, name, checksum FROM schema_migration ORDER BY version').all() as Applied[];
}

/** Refuses a database whose recorded history disagrees with this release's migrations. */
export function pendingMigrations(db: Database.Database, migrations: Migration[] = allMigrations): Migration[] {
  const applied = appliedMigrations(db);
  for (const row of applied) {
    const known = migrations.find((m) => m.version === row.version);
    if (!known) {
      throw new Error(`Database schema version ${row.version} is newer than this application knows; use a newer Sentra Planner.`);
    }
    if (checksum(known.sql) !== row.checksum) {
      throw new Error(`Database migration ${row.version} (${row.name}) differs from this application's; refusing to open.`);
    }
  }
  const done = new Set(applied.map((a) => a.version));
  return migrations.filter((m) => !done.has(m.version));
}

/** Each migration in its own transaction, recorded with its checksum. */
export function applyMigrations(db: Database.Database, pending: Migration[]): void {
  const record = db.prepare('INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, checksum(migration.sql), new Date().toISOString());
    })();
  }
}

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migration').get() as { version: number | null };
  return row.version ?? 0;
}
