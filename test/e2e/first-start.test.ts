import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { centreForm } from './pages/centre';
import { dashboardScreen } from './pages/dashboard';
import { membersScreen } from './pages/members';
import { reportsScreen } from './pages/reports';
import { nav, shell } from './pages/shell';
import { unitsScreen } from './pages/units';

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
    await shell(page).welcome.waitFor();
    await shell(page).welcomeDemo.click();

    // The demo opens on the dashboard, like every later start; the registry summary is one click away.
    await shell(page).pageDashboard.waitFor();
    await dashboardScreen(page).dashboardAsOf.waitFor();
    await nav(page).summary.click();
    await reportsScreen(page).summaryUnitsValue.filter({ hasText: '410' }).waitFor();

    await nav(page).members.click();
    const members = membersScreen(page).count.filter({ hasText: '276 anggota' });
    await members.waitFor();
    expect(await members.textContent()).toMatch(/^276 anggota \(\d+ aktif\)$/);
    // The grid shows the rows, not only the count.
    await membersScreen(page).grid.getByText('INT-0001', { exact: true }).waitFor();

    await nav(page).units.click();
    const units = unitsScreen(page).count.filter({ hasText: '410 unit usaha' });
    await units.waitFor();
    expect(await units.textContent()).toMatch(/^410 unit usaha \(\d+ aktif\)$/);

    expect(session.problems).toEqual([]);
  });

  it('starts an empty centre from its profile, validating as the user types', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.url());
    await shell(page).welcomeEmpty.click();
    await centreForm(page).form.waitFor();

    await centreForm(page).name.fill('x');
    await centreForm(page).name.fill('');
    await centreForm(page).nameError.filter({ hasText: 'wajib diisi' }).waitFor();
    await centreForm(page).name.fill('Sentra Kerajinan Kulit Magetan');
    await centreForm(page).cooperativeName.fill('Koperasi Kulit Magetan');
    // The plan's rules come filled with the defaults; the rate a minute is the centre's to set.
    expect(await centreForm(page).workHoursPerWeek.inputValue()).toBe('40');
    expect(await centreForm(page).ratePerMinute.inputValue()).toBe('56');
    await centreForm(page).ratePerMinute.fill('65');
    await centreForm(page).save.click();

    await shell(page).headerCentreName.filter({ hasText: 'Sentra Kerajinan Kulit Magetan' }).waitFor();
    expect(await session.backend.must('centre:get', {})).toMatchObject({ cooperativeName: 'Koperasi Kulit Magetan', ratePerMinute: 65, workHoursPerWeek: 40 });
    expect((await session.backend.must('system:info', {})).isEmpty).toBe(false);
    expect(session.problems).toEqual([]);
  });
});
