import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../../main/core/platform/db/connection';
import { applyMigrations } from '../../main/core/platform/db/migrate';
import { migrations, type Migration } from '../../main/core/platform/db/migrations';
import { fixtures, type Fixture, type Row, type Value } from './migration-fixtures';

/** The migrations a release of schema `version` ran (numbers may skip: filter, never slice). */
function migrationsUpTo(version: number): Migration[] {
  return migrations.filter((m) => m.version <= version);
}

interface Column {
  name: string;
  /** The declared default as a value (NULL when none). */
  fallback: Value;
}

/** The writable columns of each table (generated ones left out), as this database has them. */
export function columnsOf(db: Db): Map<string, Column[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return new Map(
    tables.map((table) => {
      const columns = db.prepare('SELECT name, dflt_value AS dflt FROM pragma_table_xinfo(?) WHERE hidden = 0').all(table) as { name: string; dflt: string | null }[];
      return [table, columns.map(({ name, dflt }) => ({ name, fallback: dflt === null ? null : (db.prepare(`SELECT ${dflt}`).pluck().get() as Value) }))];
    }),
  );
}

/** The row as a database of schema `version` holds it: its columns, in the old meanings. */
function writtenAt(fixture: Fixture, version: number, columns: Column[]): Row {
  const old = Object.entries(fixture.before ?? {}).filter(([v]) => Number(v) > version);
  const values: Row = Object.assign({}, fixture.row, ...old.map(([, step]) => step.written ?? {}));
  return Object.fromEntries(columns.filter((c) => c.name in values).map((c) => [c.name, values[c.name]]));
}

/**
 * What the migrations promise of a row written at `version`: a column it had keeps its value, one
 * a later migration works out from the old data comes out as this release keeps it, any other
 * column a later migration added holds its declared default.
 */
export function expectedAfter(fixture: Fixture, version: number, old: Map<string, Column[]>, now: Map<string, Column[]>): Row {
  const had = new Set((old.get(fixture.table) ?? []).map((c) => c.name));
  const derived = new Set(Object.entries(fixture.before ?? {}).filter(([v]) => Number(v) > version).flatMap(([, step]) => step.derives ?? []));
  return Object.fromEntries(
    (now.get(fixture.table) ?? []).map((c) => [c.name, (had.has(c.name) || derived.has(c.name)) && c.name in fixture.row ? fixture.row[c.name] : c.fallback]),
  );
}

/**
 * A closed centre file at schema `version` holding every fixture row that schema can hold. Made by
 * the app's own migration runner, in WAL as the app leaves its file; without the app's fsyncs
 * (synchronous FULL), which would make this suite a second slower for nothing it tests.
 */
export function makeCentreAt(path: string, version: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, migrationsUpTo(version));
  const columns = columnsOf(db);
  db.transaction(() => {
    for (const fixture of fixtures) {
      const have = columns.get(fixture.table);
      if (!have) continue;
      const row = writtenAt(fixture, version, have);
      const names = Object.keys(row);
      db.prepare(`INSERT INTO ${fixture.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...Object.values(row));
    }
  })();
  db.close();
}

/** A table's rows, in a fixed order, keyed by column: for comparing whatever order they were read in. */
export function rowsOf(db: Db, table: string, columns: string[]): Row[] {
  return sortRows(db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all() as Row[]);
}

export function sortRows(rows: Row[]): Row[] {
  return rows.map((row) => [JSON.stringify(Object.values(row)), row] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** Every table's rows in full: what a copy of the database must hold to be that database. */
export function contentsOf(db: Db): Record<string, Row[]> {
  return Object.fromEntries([...columnsOf(db)].map(([table, columns]) => [table, rowsOf(db, table, columns.map((c) => c.name))]));
}

/**
 * The schema normalised: each table's columns (type, NOT NULL, default, key, generated), foreign
 * keys and indexes as the pragmas report them, and the SQL of every table, index and trigger with
 * its spacing evened out.
 */
export function schemaShape(db: Db): Record<string, unknown> {
  const objects = db
    .prepare("SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  return Object.fromEntries(
    objects.map((o) => [
      `${o.type} ${o.name}`,
      {
        table: o.tableName,
        sql: (o.sql ?? '').replace(/\s+/g, ' ').trim(),
        ...(o.type === 'table'
          ? {
              columns: db.prepare('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid').all(o.name),
              foreignKeys: db.prepare('SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(o.name),
              indexes: db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name').all(o.name),
            }
          : {}),
      },
    ]),
  );
}

/** A file opened read-only, without the app: for reading a backup as it lies on disk. */
export function readOnly(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true });
}
