import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

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
    await page.goto(session.url('#/members'));
    await page.getByTestId('nav-members').filter({ hasText: 'Anggota' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

    await page.getByTestId('language-en').click();
    await page.getByTestId('nav-members').filter({ hasText: 'Members' }).waitFor();
    await page.getByTestId('page-title').filter({ hasText: 'Cooperative Members' }).waitFor();
    await page.getByTestId('toolbar-add').filter({ hasText: 'Add' }).waitFor();
    await page.getByTestId('members-count').filter({ hasText: '1 member (0 active)' }).waitFor();
    // The grid's own words and the member's status follow too.
    await page.getByTestId('members-grid').getByText('Member Name', { exact: true }).waitFor();
    await page.getByTestId('members-grid').getByText('Inactive', { exact: true }).waitFor();

    await page.reload();
    await page.getByTestId('nav-units').filter({ hasText: 'Business Units' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await session.backend.must('prefs:get', { key: 'ui.language' })).value).toBe('en');

    await page.getByTestId('language-id').click();
    await page.getByTestId('nav-units').filter({ hasText: 'Unit Usaha' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
