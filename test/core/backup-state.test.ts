import { existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../main/core/platform/db/backup';
import { setPreference } from '../../main/core/platform/db/preferences';
import { backupFailureOf, readBackupState, recordBackupFailure, recordBackupSuccess, runDailyBackup } from '../../main/core/platform/db/backup-state';
import { AppError } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';

// The daily backup's state as system:info reports it: a failure stays until a later backup succeeds.

let t: TempApp;

beforeEach(async () => {
  t = await tempApp();
});

afterEach(() => t.close());

function errno(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

async function info() {
  return (await t.must('system:info', {})).backup;
}

describe('the backup state in system:info', () => {
  it('says nothing failed and no backup is known on a new centre', async () => {
    expect(await info()).toEqual({ folder: backupFolder(t.dbPath), lastAt: null, lastFile: null, failedAt: null, failure: null, failureMessage: null });
  });

  it('records a good daily backup, keeps it when the next start finds the day done, and words a failure in a treasurer\'s terms', async () => {
    const monday = new Date('2026-12-07T01:00:00Z');
    const made = await runDailyBackup(t.app.db, t.dbPath, monday);
    expect(made.lastAt).toBe('2026-12-07T01:00:00.000Z');
    expect(made.lastFile && existsSync(made.lastFile)).toBe(true);
    expect(made.failedAt).toBeNull();
    // A second start the same morning makes no copy: the day's backup still counts.
    utimesSync(made.lastFile ?? '', monday, monday);
    expect(await runDailyBackup(t.app.db, t.dbPath, new Date('2026-12-07T03:00:00Z'))).toEqual(made);

    recordBackupFailure(t.app.db, errno('ENOSPC', 'ENOSPC: no space left on device, write'), new Date('2026-12-08T01:00:00Z'));
    expect(await info()).toMatchObject({
      lastAt: '2026-12-07T01:00:00.000Z',
      lastFile: made.lastFile,
      failedAt: '2026-12-08T01:00:00.000Z',
      failure: 'disk-full',
      failureMessage: 'ENOSPC: no space left on device, write',
    });

    // The next day's backup succeeds: the notice goes.
    const tuesday = await runDailyBackup(t.app.db, t.dbPath, new Date('2026-12-09T01:00:00Z'));
    expect(tuesday).toMatchObject({ lastAt: '2026-12-09T01:00:00.000Z', failedAt: null, failure: null, failureMessage: null });
    expect(await info()).toEqual(tuesday);
  });

  it('records a backup folder that cannot be made, keeps it across a restart, and clears it after a later success', async () => {
    writeFileSync(backupFolder(t.dbPath), 'a file where the backups folder should be');
    const failed = await runDailyBackup(t.app.db, t.dbPath, new Date('2026-12-07T01:00:00Z'));
    expect(failed).toMatchObject({ lastAt: null, failedAt: '2026-12-07T01:00:00.000Z', failure: 'not-writable' });
    expect(failed.failureMessage).toMatch(/E(EXIST|NOTDIR)/);

    // Another connection (a restart) reads the same state from the database.
    const again = new Database(t.dbPath, { readonly: true });
    try {
      expect(readBackupState(again, t.dbPath)).toEqual(failed);
    } finally {
      again.close();
    }

    rmSync(backupFolder(t.dbPath));
    const fixed = await runDailyBackup(t.app.db, t.dbPath, new Date('2026-12-07T02:00:00Z'));
    expect(fixed).toMatchObject({ lastAt: '2026-12-07T02:00:00.000Z', failedAt: null, failure: null });
  });

  it('keeps a failure that came after the backup a success reports', async () => {
    recordBackupFailure(t.app.db, errno('EACCES', 'EACCES: permission denied'), new Date('2026-12-08T01:00:00Z'));
    recordBackupSuccess(t.app.db, join(backupFolder(t.dbPath), 'older.sqlite'), new Date('2026-12-07T01:00:00Z'));
    expect(await info()).toMatchObject({ lastAt: '2026-12-07T01:00:00.000Z', failedAt: '2026-12-08T01:00:00.000Z', failure: 'not-writable' });
  });

  it('holds a failure for this run where the database cannot take even its record', async () => {
    const readOnly = new Database(t.dbPath, { readonly: true });
    try {
      recordBackupFailure(readOnly, errno('SQLITE_FULL', 'database or disk is full'), new Date('2026-12-08T01:00:00Z'));
      expect(readBackupState(readOnly, t.dbPath)).toMatchObject({ failedAt: '2026-12-08T01:00:00.000Z', failure: 'disk-full' });
    } finally {
      readOnly.close();
    }
  });

  it('reads an unreadable record as nothing recorded, not as a failure', async () => {
    setPreference(t.app.db, 'system.backup', { failedAt: 42, failure: 'gremlins', lastAt: '2026-12-01T01:00:00.000Z' });
    expect(await info()).toMatchObject({ lastAt: '2026-12-01T01:00:00.000Z', failedAt: null, failure: null, failureMessage: null });
    setPreference(t.app.db, 'system.backup', 'rusak');
    expect(await info()).toMatchObject({ lastAt: null, failedAt: null });
  });

  it('names each failure the screens explain', () => {
    expect(backupFailureOf(errno('ENOSPC', ''))).toBe('disk-full');
    expect(backupFailureOf(errno('SQLITE_FULL', ''))).toBe('disk-full');
    expect(backupFailureOf(errno('EROFS', ''))).toBe('not-writable');
    expect(backupFailureOf(errno('EPERM', ''))).toBe('not-writable');
    expect(backupFailureOf(new AppError('NOT_A_CENTRE', 'damaged', { test: 'integrity' }))).toBe('damaged');
    expect(backupFailureOf(errno('SQLITE_CORRUPT_INDEX', ''))).toBe('damaged');
    expect(backupFailureOf(new Error('something else'))).toBe('other');
  });

  it('is not a screen preference: prefs:get and prefs:set refuse its key', async () => {
    expect(await t.call('prefs:get', { key: 'system.backup' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('prefs:set', { key: 'system.backup', value: {} })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
