import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupState } from '../../shared/api/system';
import { backupFolder } from '../../main/core/platform/db/backup';
import { startShell, type Shell } from '../../main/electron/shell';
import { eventFrom, fake, invoke, resetFake } from './fake-electron';
import { freshShellFolder } from './shell-folder';

// The desktop shell's daily backup at start: a failure no longer vanishes into a console nobody
// reads; the screens learn of it through system:info until a later start backs up again.
vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let dbPath: string;
let shell: Shell | null = null;

beforeEach(() => ({ dir, dbPath } = freshShellFolder('sentra-backup-')));

afterEach(async () => {
  await shell?.close();
  shell = null;
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the desktop app, waits for its start-up backup, and asks system:info as the screens do. */
async function startAndAsk(): Promise<BackupState> {
  resetFake();
  shell = await startShell(['electron', '.', '--db', dbPath]);
  expect(fake.errorBoxes).toEqual([]);
  await shell?.backup;
  const answer = (await invoke('sentra:call', eventFrom('app://sentra/index.html'), 'system:info', {}, 'id')) as { ok: true; value: { backup: BackupState } };
  expect(answer.ok).toBe(true);
  return answer.value.backup;
}

async function restart(): Promise<BackupState> {
  await shell?.close();
  shell = null;
  return startAndAsk();
}

describe('the daily backup in the desktop shell', () => {
  it('reports a good backup through system:info, with nothing failed', async () => {
    const backup = await startAndAsk();
    expect(backup).toMatchObject({ folder: backupFolder(dbPath), failedAt: null, failure: null, failureMessage: null });
    expect(backup.lastAt).not.toBeNull();
    expect(backup.lastFile?.startsWith(backupFolder(dbPath))).toBe(true);
    expect(existsSync(backup.lastFile ?? '')).toBe(true);
  });

  it('records a failed backup, still shows it after a restart, and clears it once a backup succeeds', async () => {
    // The folder cannot be made: a file stands where it should be.
    writeFileSync(backupFolder(dbPath), 'not a folder');
    const failed = await startAndAsk();
    // The app started all the same.
    expect(fake.windows).toHaveLength(1);
    expect(failed).toMatchObject({ lastAt: null, lastFile: null, failure: 'not-writable' });
    expect(failed.failedAt).not.toBeNull();
    expect(failed.failureMessage).toMatch(/E(EXIST|NOTDIR)/);

    const stillFailed = await restart();
    expect(stillFailed).toMatchObject({ failure: 'not-writable', lastAt: null });
    expect(stillFailed.failedAt && failed.failedAt && stillFailed.failedAt >= failed.failedAt).toBe(true);

    rmSync(backupFolder(dbPath));
    const fixed = await restart();
    expect(fixed).toMatchObject({ failedAt: null, failure: null, failureMessage: null });
    expect(existsSync(fixed.lastFile ?? '')).toBe(true);
  });
});
