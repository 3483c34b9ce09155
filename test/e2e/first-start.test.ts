import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

describe('first start', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('offers the demo centre, then shows its 276 members and 410 business units', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.url());
    await page.getByTestId('welcome').waitFor();
    await page.getByTestId('welcome-demo').click();

    // The demo opens on the dashboard, like every later start; the registry summary is one click away.
    await page.getByTestId('page-dashboard').waitFor();
    await page.getByTestId('dashboard-as-of').waitFor();
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('summary-units-value').filter({ hasText: '410' }).waitFor();

    await page.getByTestId('nav-members').click();
    const members = page.getByTestId('members-count').filter({ hasText: '276 anggota' });
    await members.waitFor();
    expect(await members.textContent()).toMatch(/^276 anggota \(\d+ aktif\)$/);
    // The grid shows the rows, not only the count.
    await page.getByTestId('members-grid').getByText('INT-0001', { exact: true }).waitFor();

    await page.getByTestId('nav-units').click();
    const units = page.getByTestId('units-count').filter({ hasText: '410 unit usaha' });
    await units.waitFor();
    expect(await units.textContent()).toMatch(/^410 unit usaha \(\d+ aktif\)$/);

    expect(session.problems).toEqual([]);
  });

  it('starts an empty centre from its profile, validating as the user types', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.url());
    await page.getByTestId('welcome-empty').click();
    await page.getByTestId('centre-form').waitFor();

    await page.getByTestId('centre-name').fill('x');
    await page.getByTestId('centre-name').fill('');
    await page.getByTestId('centre-name-error').filter({ hasText: 'wajib diisi' }).waitFor();
    await page.getByTestId('centre-name').fill('Sentra Kerajinan Kulit Magetan');
    await page.getByTestId('centre-cooperativeName').fill('Koperasi Kulit Magetan');
    // The plan's rules come filled with the defaults; the rate a minute is the centre's to set.
    expect(await page.getByTestId('centre-workHoursPerWeek').inputValue()).toBe('40');
    expect(await page.getByTestId('centre-ratePerMinute').inputValue()).toBe('56');
    await page.getByTestId('centre-ratePerMinute').fill('65');
    await page.getByTestId('centre-save').click();

    await page.getByTestId('header-centre-name').filter({ hasText: 'Sentra Kerajinan Kulit Magetan' }).waitFor();
    expect(await session.backend.must('centre:get', {})).toMatchObject({ cooperativeName: 'Koperasi Kulit Magetan', ratePerMinute: 65, workHoursPerWeek: 40 });
    expect((await session.backend.must('system:info', {})).isEmpty).toBe(false);
    expect(session.problems).toEqual([]);
  });
});
