import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { dashboardScreen } from './pages/dashboard';
import { planScreen } from './pages/plan';
import { nav, shell } from './pages/shell';

/** Whole numbers the Indonesian way: 320192 → `320.192`. */
function idNumber(value: number): string {
  return new Intl.NumberFormat('id-ID').format(value);
}

describe('dashboard', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('opens on start with the demo centre\'s figures and leads to the plan', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    const board = await backend.must('dashboard:get', {});
    if (!board.exports?.period || !board.late || !board.orders || !board.purchases) throw new Error('the demo centre should fill every card');

    await page.goto(session.url());
    await shell(page).pageDashboard.waitFor();
    await nav(page).dashboard.and(page.locator('[aria-current="page"]')).waitFor();
    await dashboardScreen(page).kpiExportsValue.filter({ hasText: `USD ${idNumber(Math.round((board.exports.currentUsdCents ?? 0) / 100))}` }).waitFor();
    expect(await dashboardScreen(page).kpiOrdersValue.textContent()).toBe(idNumber(board.orders.openOrders));
    expect(await dashboardScreen(page).kpiLateValue.textContent()).toBe(idNumber(board.late.lines));
    // Every open suggestion, as the plan and purchasing count them; the card lists this week's.
    expect(await dashboardScreen(page).kpiBuyValue.textContent()).toBe(idNumber(board.purchases.open));
    // The demo's roadmap has a 2026 export target: the year so far as a share of it.
    if (!board.exports.target) throw new Error('the demo roadmap should have a 2026 export target');
    const pct = board.exports.target.achievedPct.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(await dashboardScreen(page).kpiTargetValue.textContent()).toBe(`${pct} %`);

    // Charts drawn from the data: twelve months, the top destinations and the rest, the eight weeks.
    expect(await dashboardScreen(page).allMonthBars.count()).toBe(12);
    expect(await dashboardScreen(page).allCountryBars.count()).toBe(board.exports.byCountry.length);
    expect(await dashboardScreen(page).countryBars('US').getAttribute('title')).toContain('Amerika Serikat: USD');
    expect(await dashboardScreen(page).allLoadBars.count()).toBe(8);
    expect(await dashboardScreen(page).lateLine.count()).toBe(board.late.first.length);
    expect(await dashboardScreen(page).lateLine.first().textContent()).toContain(board.late.first[0]?.orderNo);
    expect(await dashboardScreen(page).lateCount.textContent()).toBe(`${idNumber(board.late.lines)} baris`);
    await dashboardScreen(page).buyValue.filter({ hasText: /Rp \d/ }).waitFor();

    // The top of the cockpit fits the 1366×768 window without scrolling.
    const chartsBottom = await dashboardScreen(page).exportMonths.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(chartsBottom).toBeLessThanOrEqual(768);

    await dashboardScreen(page).lateLink.click();
    await shell(page).pagePlan.waitFor();
    await planScreen(page).summary.waitFor();
    expect(session.problems).toEqual([]);
  });

  it('says where to start when there is no plan yet, and speaks English when asked', async () => {
    session = await openSession({ demo: true });
    const { page } = session;
    await page.goto(session.url());
    await dashboardScreen(page).lateNone.filter({ hasText: 'Belum ada rencana produksi' }).waitFor();
    // The SPKs already issued load the coming weeks before any plan run.
    await dashboardScreen(page).loadBars.waitFor();
    expect(await dashboardScreen(page).allLoadBars.count()).toBe(8);
    expect(await dashboardScreen(page).loadNone.count()).toBe(0);
    await dashboardScreen(page).buyNone.waitFor();

    await shell(page).languageEn.click();
    await shell(page).pageTitle.filter({ hasText: 'Dashboard' }).waitFor();
    await dashboardScreen(page).kpiOrders.filter({ hasText: 'Open orders' }).waitFor();
    await dashboardScreen(page).kpiTargetValue.filter({ hasText: /^\d+\.\d\d %$/ }).waitFor();
    // Country names come from the backend, asked again in the new language.
    await dashboardScreen(page).countryBars('US').filter({ hasText: 'United States' }).waitFor();
    await dashboardScreen(page).lateNone.filter({ hasText: 'No production plan yet' }).waitFor();

    await dashboardScreen(page).lateNoneLink.click();
    await shell(page).pagePlan.waitFor();
    await planScreen(page).none.waitFor();
    expect(session.problems).toEqual([]);
  });
});
