import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { membersScreen } from './pages/members';
import { nav, shell, toolbar } from './pages/shell';

describe('language', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('switches the screens to English and keeps the choice across a reload', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', status: 'non-aktif' });
      },
    });
    const { page } = session;
    await membersScreen(page).open(session);
    await nav(page).members.filter({ hasText: 'Anggota' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

    await shell(page).languageEn.click();
    await nav(page).members.filter({ hasText: 'Members' }).waitFor();
    await shell(page).pageTitle.filter({ hasText: 'Cooperative Members' }).waitFor();
    await toolbar(page).add.filter({ hasText: 'Add' }).waitFor();
    await membersScreen(page).countShows('1 member (0 active)');
    // The grid's own words and the member's status follow too.
    await membersScreen(page).grid.getByText('Member Name', { exact: true }).waitFor();
    await membersScreen(page).grid.getByText('Inactive', { exact: true }).waitFor();

    await page.reload();
    await nav(page).units.filter({ hasText: 'Business Units' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await session.backend.must('prefs:get', { key: 'ui.language' })).value).toBe('en');

    await shell(page).languageId.click();
    await nav(page).units.filter({ hasText: 'Unit Usaha' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
