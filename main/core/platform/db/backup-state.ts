import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { BACKUP_FAILURES, type BackupFailure, type BackupState } from '../../../../shared/api/system';
import { AppError } from '../../../../shared/result';
import type { Db } from './connection';
import { backupFolder, dailyBackup } from './backup';
import { getPreference, setPreference } from './preferences';

/**
 * Kept in the preference table under a key no screen may read or write (prefs:get/set know only
 * their own keys): the state must outlive a restart, so that a failure stays in sight until a later
 * backup succeeds.
 */
const BACKUP_STATE_KEY = 'system.backup';

type Stored = Omit<BackupState, 'folder'>;

const NONE: Stored = { lastAt: null, lastFile: null, failedAt: null, failure: null, failureMessage: null };

/**
 * Where the database cannot take even the record of a failure (a full disk fails that write too),
 * the state is held for this run: the screens must still say that the backup failed.
 */
const unsaved = new WeakMap<Db, Stored>();

/** What the preference row holds; anything unreadable counts as nothing recorded. */
const storedSchema = z.object({
  lastAt: z.string().nullable().catch(null),
  lastFile: z.string().nullable().catch(null),
  failedAt: z.string().nullable().catch(null),
  failure: z.enum(BACKUP_FAILURES).nullable().catch(null),
  failureMessage: z.string().nullable().catch(null),
});

function stored(db: Db): Stored {
  const held = unsaved.get(db);
  if (held) return held;
  const parsed = storedSchema.safeParse(getPreference(db, BACKUP_STATE_KEY));
  if (!parsed.success) return NONE;
  const state = parsed.data;
  // A failure without its time or reason is no failure the screens could explain.
  return state.failedAt && state.failure ? state : { ...state, failedAt: null, failure: null, failureMessage: null };
}

function store(db: Db, state: Stored): void {
  try {
    setPreference(db, BACKUP_STATE_KEY, state);
    unsaved.delete(db);
  } catch {
    unsaved.set(db, state);
  }
}

/** The backup state `system:info` reports. */
export function readBackupState(db: Db, dbPath: string): BackupState {
  return { folder: backupFolder(dbPath), ...stored(db) };
}

/** The newest daily backup of this database, or null where the folder holds none. */
export function newestDailyBackup(dbPath: string): string | null {
  const folder = backupFolder(dbPath);
  if (!existsSync(folder)) return null;
  const prefix = `${basename(dbPath, '.sqlite')}-daily-`;
  const newest = readdirSync(folder)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite'))
    .sort()
    .at(-1);
  return newest ? join(folder, newest) : null;
}

/** A good backup clears any failure recorded before it. */
export function recordBackupSuccess(db: Db, file: string, at: Date): void {
  const lastAt = at.toISOString();
  const before = stored(db);
  const isOlder = before.lastAt !== null && before.lastAt > lastAt;
  const keepsFailure = before.failedAt !== null && before.failedAt > lastAt;
  store(db, {
    ...(isOlder ? before : { ...before, lastAt, lastFile: file }),
    ...(keepsFailure ? {} : { failedAt: null, failure: null, failureMessage: null }),
  });
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM']);
const DAMAGED = new Set(['NOT_A_CENTRE', 'SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** The failure in a treasurer's terms, from the error's code (errno from node:fs, SQLite's, or ours). */
export function backupFailureOf(error: unknown): BackupFailure {
  const code = error instanceof AppError ? error.code : String((error as { code?: unknown } | null)?.code ?? '');
  if (FULL.has(code)) return 'disk-full';
  if (NOT_WRITABLE.has(code)) return 'not-writable';
  if (DAMAGED.has(code) || /^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'damaged';
  if (/^SQLITE_FULL/.test(code)) return 'disk-full';
  if (/^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code)) return 'not-writable';
  return 'other';
}

export function recordBackupFailure(db: Db, error: unknown, at: Date): void {
  // The system's words for whoever helps; bounded, as a preference value is.
  const failureMessage = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  store(db, { ...stored(db), failedAt: at.toISOString(), failure: backupFailureOf(error), failureMessage });
}

/**
 * The daily backup as the desktop shell and browser mode run it at start: never rejects (a failed
 * backup must not stop the app), and records what happened for `system:info`. A day already backed
 * up counts as a success at that backup's time.
 */
export async function runDailyBackup(db: Db, dbPath: string, now = new Date()): Promise<BackupState> {
  try {
    const made = await dailyBackup(db, dbPath, 14, now);
    const file = made ?? newestDailyBackup(dbPath);
    if (file) recordBackupSuccess(db, file, made ? now : statSync(file).mtime);
  } catch (error) {
    recordBackupFailure(db, error, now);
  }
  return readBackupState(db, dbPath);
}
