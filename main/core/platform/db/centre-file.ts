import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/result';
import { historyProblem, recordedMigrations, type HistoryProblem } from './migrate';
import { migrations as releaseMigrations, type Migration } from './migrations';

/** The tests a file must pass to be a Sentra centre, in the order they are tried. */
export type CentreTest = 'empty' | 'not-sqlite' | 'no-schema' | HistoryProblem | 'integrity' | 'foreign-keys' | 'no-centre';

export interface CentreFileReport {
  /** The first test the file failed; null when it is a centre this release can open. */
  failed: CentreTest | null;
  /** Newest recorded migration; null when there is no history to read. */
  schemaVersion: number | null;
  /** Migrations this release will run when it next opens the file. */
  pending: number;
  integrity: string[];
  foreignKeys: number;
  hasCentre: boolean;
  /** The offending migration for the history tests. */
  version?: number;
}

export interface InspectOptions {
  /** `quick`: quick_check (backups, checked right after they are written); `full`: integrity and foreign keys. */
  depth: 'quick' | 'full';
  /** Restore wants the centre's own row; a backup of a centre not yet named is still a faithful copy. */
  requireCentre: boolean;
  migrations?: Migration[];
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What the first 100 bytes say: no file content at all, not SQLite, or SQLite (and whether in WAL). */
export function readHeader(path: string): 'empty' | 'not-sqlite' | { isWal: boolean } {
  if (statSync(path).size === 0) return 'empty';
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100 || !header.subarray(0, 16).equals(MAGIC)) return 'not-sqlite';
  } finally {
    closeSync(fd);
  }
  return { isWal: header[18] === 2 && header[19] === 2 };
}

/**
 * Marks a private copy as a rollback-journal file (header bytes 18–19 = 1, as
 * `journal_mode=DELETE` leaves them). Valid only for a copy with no WAL of its own: SQLite then
 * opens it read-only without creating a -wal and -shm beside it.
 */
export function markRollbackCopy(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const version = Buffer.alloc(2);
    readSync(fd, version, 0, 2, 18);
    if (version[0] === 2 && version[1] === 2) writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    closeSync(fd);
  }
}

/**
 * A private, complete copy of a centre file in rollback mode. With a -wal beside the source (an
 * app has it open, or one crashed) its committed pages live partly there, so SQLite's backup API
 * reads both; otherwise the bytes are copied and SQLite never touches the source.
 */
export async function snapshotCentreFile(source: string, copy: string): Promise<void> {
  const wal = `${source}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await db.backup(copy);
    } finally {
      db.close();
    }
  } else {
    copyFileSync(source, copy);
  }
  if (typeof readHeader(copy) === 'object') markRollbackCopy(copy);
}

function sqliteCode(error: unknown): string {
  return error instanceof Database.SqliteError ? error.code : '';
}

function inspectOpenFile(path: string, options: InspectOptions): CentreFileReport {
  const report: CentreFileReport = { failed: null, schemaVersion: null, pending: 0, integrity: [], foreignKeys: 0, hasCentre: false };
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const applied = recordedMigrations(db);
    if (!applied || applied.length === 0) return { ...report, failed: 'no-schema' };
    const migrations = options.migrations ?? releaseMigrations;
    report.schemaVersion = Math.max(...applied.map((a) => a.version));
    const problem = historyProblem(applied, migrations);
    if (problem) return { ...report, failed: problem.test, version: problem.version };
    report.pending = migrations.filter((m) => !applied.some((a) => a.version === m.version)).length;
    const pragma = options.depth === 'full' ? 'integrity_check' : 'quick_check';
    report.integrity = (db.pragma(pragma) as Record<string, string>[]).map((row) => String(Object.values(row)[0]));
    if (report.integrity.join() !== 'ok') return { ...report, failed: 'integrity' };
    if (options.depth === 'full') {
      report.foreignKeys = (db.pragma('foreign_key_check') as unknown[]).length;
      if (report.foreignKeys > 0) return { ...report, failed: 'foreign-keys' };
    }
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'centre'").get();
    report.hasCentre = hasTable !== undefined && db.prepare('SELECT 1 FROM centre WHERE id = 1').get() !== undefined;
    if (options.requireCentre && !report.hasCentre) return { ...report, failed: 'no-centre' };
    return report;
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') return { ...report, failed: 'not-sqlite' };
    if (code.startsWith('SQLITE_CORRUPT')) return { ...report, failed: 'integrity', integrity: [(error as Error).message] };
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Whether a file is a Sentra centre this release can open, without changing it: read-only, never
 * migrated, nothing created beside it. A file in WAL mode with no -wal beside it would get a
 * -wal and -shm from any SQLite reader, so it is inspected through a private copy.
 */
export async function inspectCentreFile(path: string, options: InspectOptions): Promise<CentreFileReport> {
  const header = readHeader(path);
  if (typeof header === 'string') return { failed: header, schemaVersion: null, pending: 0, integrity: [], foreignKeys: 0, hasCentre: false };
  if (!header.isWal || existsSync(`${path}-wal`)) return inspectOpenFile(path, options);
  const folder = mkdtempSync(join(tmpdir(), 'sentra-inspect-'));
  try {
    const copy = join(folder, 'centre.sqlite');
    await snapshotCentreFile(path, copy);
    return inspectOpenFile(copy, options);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const MESSAGES: Record<CentreTest, string> = {
  empty: 'the file is empty (0 bytes)',
  'not-sqlite': 'the file is not an SQLite database',
  'no-schema': 'the database has no Sentra migration history',
  newer: 'the centre was written by a newer Sentra Planner',
  'unknown-migration': 'the centre records a migration this release does not know',
  checksum: "a recorded migration differs from this release's",
  integrity: 'SQLite integrity check failed',
  'foreign-keys': 'rows refer to rows that do not exist (foreign key check)',
  'no-centre': 'the centre details (centre row) are missing',
};

/** NOT_A_CENTRE with the failed test in its details; the CLI words it in the user's language. */
export function notACentre(path: string, failed: CentreTest, report: Partial<CentreFileReport> = {}): AppError {
  const details = { test: failed, path, version: report.version, integrity: (report.integrity ?? []).slice(0, 10), foreignKeys: report.foreignKeys ?? 0 };
  return new AppError('NOT_A_CENTRE', `${path} is not a Sentra centre: ${MESSAGES[failed]}.`, details);
}

/** Like inspectCentreFile, but a failed test is an error. */
export async function requireCentreFile(path: string, options: InspectOptions): Promise<CentreFileReport> {
  const report = await inspectCentreFile(path, options);
  if (report.failed) throw notACentre(path, report.failed, report);
  return report;
}
