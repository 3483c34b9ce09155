import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFolder, checkDatabase } from '../../main/core/platform/db/backup';
import { openDatabase, type Db } from '../../main/core/platform/db/connection';
import { applyMigrations, checksum, schemaVersion } from '../../main/core/platform/db/migrate';
import { migrations } from '../../main/core/platform/db/migrations';
import { contextFor, createApp } from '../../main/core/platform/app';
import { listMembers } from '../../main/core/registry/member-queries';
import { saveMember } from '../../main/core/registry/members';
import { memberInput } from '../../shared/domain/member';
import { fileState } from '../helpers/centre-files';
import { filledByMigrations, fixtures } from './migration-fixtures';
import { columnsOf, contentsOf, expectedAfter, makeCentreAt, readOnly, rowsOf, schemaShape, sortRows } from './migration-steps';

/**
 * Every earlier schema, opened by this release: a centre made at version k (migrations up to k)
 * with a small centre's rows in it, then opened as the app opens it. Its schema must come out as a
 * fresh centre's, its rows as the migrations promise, a backup of version k beside it, and a
 * history this release does not know must still be refused without a byte changed.
 */
const newest = Math.max(...migrations.map((m) => m.version));
const earlier = migrations.map((m) => m.version).filter((v) => v < newest);

let dir: string;
let fresh: { shape: Record<string, unknown>; columns: ReturnType<typeof columnsOf>; seeded: Record<string, unknown[]> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-steps-'));
  const db = await openDatabase(join(dir, 'fresh', 'centre.sqlite'));
  fresh = {
    shape: schemaShape(db),
    columns: columnsOf(db),
    seeded: { product_category: db.prepare('SELECT * FROM product_category ORDER BY code').all(), plan_revision: db.prepare('SELECT id FROM plan_revision').all() },
  };
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('has fixture rows for every table, and a value for every column a later migration added (migration-fixtures.ts)', () => {
  const covered = new Set([...fixtures.map((f) => f.table), ...filledByMigrations]);
  expect([...fresh.columns.keys()].filter((table) => !covered.has(table))).toEqual([]);
  // A misspelt column would be left out of every schema without a word: each must be one of this release's.
  const known = new Set([...fresh.columns].flatMap(([table, columns]) => columns.map((c) => `${table}.${c.name}`)));
  const steps = (f: (typeof fixtures)[number]) => Object.values(f.before ?? {}).flatMap((step) => [...Object.keys(step.written ?? {}), ...(step.derives ?? [])]);
  expect(fixtures.flatMap((f) => [...Object.keys(f.row), ...steps(f)].map((column) => `${f.table}.${column}`)).filter((column) => !known.has(column))).toEqual([]);
  // Each table's columns as it was first made, schema after schema, in memory.
  const db = new Database(':memory:');
  const firstColumns = new Map<string, string[]>();
  for (const migration of migrations) {
    applyMigrations(db, [migration]);
    for (const [table, columns] of columnsOf(db)) if (!firstColumns.has(table)) firstColumns.set(table, columns.map((c) => c.name));
  }
  db.close();
  const named = new Set(fixtures.flatMap((f) => Object.keys(f.row).map((column) => `${f.table}.${column}`)));
  const added = [...fresh.columns].flatMap(([table, columns]) => columns.filter((c) => !firstColumns.get(table)?.includes(c.name)).map((c) => `${table}.${c.name}`));
  expect(added.length).toBeGreaterThan(30);
  expect(added.filter((column) => !named.has(column) && !filledByMigrations.includes(column.split('.')[0]))).toEqual([]);
});

describe.each(earlier)('a centre of schema %i', (version) => {
  let template: string;
  let old: { columns: ReturnType<typeof columnsOf>; contents: ReturnType<typeof contentsOf> };

  /** A fresh copy of the centre as release `version` left it, in a folder of its own. */
  function copyOfCentre(name: string): string {
    const path = join(dir, `v${version}-${name}`, 'centre.sqlite');
    mkdirSync(dirname(path), { recursive: true });
    copyFileSync(template, path);
    return path;
  }

  beforeAll(() => {
    template = join(dir, `v${version}`, 'centre.sqlite');
    makeCentreAt(template, version);
    const db = readOnly(template);
    old = { columns: columnsOf(db), contents: contentsOf(db) };
    expect(schemaVersion(db)).toBe(version);
    db.close();
  });

  it(`opens migrated to schema ${newest}: a fresh centre's schema, the rows as promised, a backup of schema ${version} first`, async () => {
    const path = copyOfCentre('open');
    const db: Db = await openDatabase(path);
    try {
      expect(schemaVersion(db)).toBe(newest);
      expect(db.prepare('SELECT version, name, checksum FROM schema_migration ORDER BY version').all()).toEqual(
        migrations.map((m) => ({ version: m.version, name: m.name, checksum: checksum(m.sql) })),
      );
      expect(schemaShape(db)).toEqual(fresh.shape);

      // Every row the old centre held, with the values the migrations promise; nothing more, nothing lost.
      const tables = [...new Set(fixtures.map((f) => f.table))];
      for (const table of tables) {
        const columns = (fresh.columns.get(table) ?? []).map((c) => c.name);
        const expected = fixtures.filter((f) => f.table === table && old.columns.has(table)).map((f) => expectedAfter(f, version, old.columns, fresh.columns));
        expect(rowsOf(db, table, columns), table).toEqual(sortRows(expected));
      }
      expect(db.prepare('SELECT * FROM product_category ORDER BY code').all()).toEqual(fresh.seeded.product_category);
      expect(db.prepare('SELECT id FROM plan_revision').all()).toEqual(fresh.seeded.plan_revision);
      expect(checkDatabase(db)).toEqual({ ok: true, integrity: ['ok'], foreignKeys: 0 });
      // The app takes the old register as its own: the status history kept per member, and a new member joins it.
      const ctx = contextFor(createApp(db, path, { actor: 'test', today: '2026-11-23' }), 'id');
      saveMember(ctx, memberInput.parse({ memberNo: 'INT-0004', name: 'Dewi Lestari', nik: '3515064101900004', status: 'aktif' }));
      expect(listMembers(db).map((m) => [m.memberNo, m.status])).toEqual([['INT-0001', 'aktif'], ['INT-0002', 'aktif'], ['INT-0003', 'non-aktif'], ['INT-0004', 'aktif']]);
    } finally {
      db.close();
    }

    const next = migrations.find((m) => m.version > version)?.version;
    const backups = readdirSync(backupFolder(path));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^centre-before-v${next}-\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.sqlite$`))]);
    const backup = readOnly(join(backupFolder(path), backups[0]));
    try {
      expect(schemaVersion(backup)).toBe(version);
      expect(contentsOf(backup)).toEqual(old.contents);
    } finally {
      backup.close();
    }
  });

  it.each([
    ['a recorded migration that differs from this release’s', 'checksum', (db: Database.Database) =>
      db.prepare('UPDATE schema_migration SET checksum = ? WHERE version = ?').run(checksum('edited'), version)],
    ['a release that does not know this schema yet', 'newer', undefined],
  ] as const)('refuses %s without changing a byte or making a backup', async (_, test, edit) => {
    const path = copyOfCentre(test);
    if (edit) {
      const db = new Database(path);
      edit(db);
      db.close();
    }
    const before = fileState(path);
    const release = test === 'newer' ? migrations.filter((m) => m.version < version) : migrations;
    await expect(openDatabase(path, { migrations: release })).rejects.toMatchObject({ code: 'NOT_A_CENTRE', details: { test, version } });
    expect(fileState(path)).toEqual(before);
    expect(existsSync(backupFolder(path))).toBe(false);
  });
});

