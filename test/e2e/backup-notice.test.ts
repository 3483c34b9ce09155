import { renameSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../main/core/platform/db/backup';
import { runDailyBackup } from '../../main/core/platform/db/backup-state';
import { arrangeCentre, openSession, type Session } from './harness';
import { dashboardScreen } from './pages/dashboard';
import { nav, shell } from './pages/shell';

// The daily backup's failure on the screens: a notice above every working screen while it lasts,
// and the last backup beside the version in the navigation; nothing alarming while all is well.
describe('the backup notice', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('says when the last good backup was and what went wrong, in Indonesian or English, on every screen', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await runDailyBackup(backend.app.db, backend.dbPath, new Date('2026-11-20T01:30:00Z'));
        // Three days later a file stands where the backups folder was (moved aside by someone).
        const folder = backupFolder(backend.dbPath);
        renameSync(folder, `${folder}-lama`);
        writeFileSync(folder, 'not a folder');
        const state = await runDailyBackup(backend.app.db, backend.dbPath, new Date('2026-11-23T01:30:00Z'));
        expect(state.failure).toBe('not-writable');
      },
    });
    const { page } = session;
    await dashboardScreen(page).open(session);
    const notice = shell(page).backupNotice;
    await notice.filter({ hasText: 'Cadangan harian basis data gagal dibuat' }).waitFor();
    const folder = backupFolder(session.backend.dbPath);
    await shell(page).backupNoticeReason.filter({ hasText: `Folder cadangan ${folder} tidak dapat ditulis` }).waitFor();
    // Times as the desk's clock reads them (this machine's zone).
    const local = (iso: string) => {
      const when = new Date(iso);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${pad(when.getDate())}/${pad(when.getMonth() + 1)}/${when.getFullYear()} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
    };
    await shell(page).backupNoticeLast.filter({ hasText: `Cadangan terakhir yang berhasil: ${local('2026-11-20T01:30:00Z')}.` }).waitFor();
    expect(await notice.textContent()).toContain(`Percobaan terakhir: ${local('2026-11-23T01:30:00Z')}.`);
    await shell(page).sideBackup.filter({ hasText: `Cadangan terakhir gagal · Cadangan terakhir: ${local('2026-11-20T01:30:00Z')}` }).waitFor();

    // On another screen too, and in English.
    await nav(page).members.click();
    await shell(page).languageEn.click();
    await notice.filter({ hasText: 'The daily backup of the database failed' }).waitFor();
    await shell(page).backupNoticeReason.filter({ hasText: `The backup folder ${folder} cannot be written` }).waitFor();
    await shell(page).backupNoticeLast.filter({ hasText: `Last successful backup: ${local('2026-11-20T01:30:00Z')}.` }).waitFor();
    await shell(page).languageId.click();
    await nav(page).members.filter({ hasText: 'Anggota' }).waitFor();
    expect(session.problems).toEqual([]);
  });

  it('shows no notice when the backup succeeded, only the last backup beside the version', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        const state = await runDailyBackup(backend.app.db, backend.dbPath, new Date('2026-11-23T01:30:00Z'));
        expect(state.failedAt).toBeNull();
      },
    });
    const { page } = session;
    await dashboardScreen(page).open(session);
    await dashboardScreen(page).dashboard.waitFor();
    await shell(page).sideBackup.filter({ hasText: 'Cadangan terakhir:' }).waitFor();
    expect(await shell(page).sideBackup.textContent()).not.toContain('gagal');
    await nav(page).members.click();
    await shell(page).pageMembers.waitFor();
    expect(await shell(page).backupNotice.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
