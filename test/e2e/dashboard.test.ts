import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

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
    await page.getByTestId('page-dashboard').waitFor();
    await page.getByTestId('nav-dashboard').and(page.locator('[aria-current="page"]')).waitFor();
    await page.getByTestId('kpi-exports-value').filter({ hasText: `USD ${idNumber(Math.round((board.exports.currentUsdCents ?? 0) / 100))}` }).waitFor();
    expect(await page.getByTestId('kpi-orders-value').textContent()).toBe(idNumber(board.orders.openOrders));
    expect(await page.getByTestId('kpi-late-value').textContent()).toBe(idNumber(board.late.lines));
    // Every open suggestion, as the plan and purchasing count them; the card lists this week's.
    expect(await page.getByTestId('kpi-buy-value').textContent()).toBe(idNumber(board.purchases.open));
    // The demo's roadmap has a 2026 export target: the year so far as a share of it.
    if (!board.exports.target) throw new Error('the demo roadmap should have a 2026 export target');
    const pct = board.exports.target.achievedPct.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(await page.getByTestId('kpi-target-value').textContent()).toBe(`${pct} %`);

    // Charts drawn from the data: twelve months, the top destinations and the rest, the eight weeks.
    expect(await page.locator('[data-testid^="export-month-bars-"]').count()).toBe(12);
    expect(await page.locator('[data-testid^="export-country-bars-"]').count()).toBe(board.exports.byCountry.length);
    expect(await page.getByTestId('export-country-bars-US').getAttribute('title')).toContain('Amerika Serikat: USD');
    expect(await page.locator('[data-testid^="load-bars-"]').count()).toBe(8);
    expect(await page.getByTestId('late-line').count()).toBe(board.late.first.length);
    expect(await page.getByTestId('late-line').first().textContent()).toContain(board.late.first[0]?.orderNo);
    expect(await page.getByTestId('late-count').textContent()).toBe(`${idNumber(board.late.lines)} baris`);
    await page.getByTestId('buy-value').filter({ hasText: /Rp \d/ }).waitFor();

    // The top of the cockpit fits the 1366×768 window without scrolling.
    const chartsBottom = await page.getByTestId('dash-export-months').evaluate((element) => element.getBoundingClientRect().bottom);
    expect(chartsBottom).toBeLessThanOrEqual(768);

    await page.getByTestId('dash-late-link').click();
    await page.getByTestId('page-plan').waitFor();
    await page.getByTestId('plan-summary').waitFor();
    expect(session.problems).toEqual([]);
  });

  it('says where to start when there is no plan yet, and speaks English when asked', async () => {
    session = await openSession({ demo: true });
    const { page } = session;
    await page.goto(session.url());
    await page.getByTestId('dash-late-none').filter({ hasText: 'Belum ada rencana produksi' }).waitFor();
    // The SPKs already issued load the coming weeks before any plan run.
    await page.getByTestId('load-bars').waitFor();
    expect(await page.locator('[data-testid^="load-bars-"]').count()).toBe(8);
    expect(await page.getByTestId('dash-load-none').count()).toBe(0);
    await page.getByTestId('dash-buy-none').waitFor();

    await page.getByTestId('language-en').click();
    await page.getByTestId('page-title').filter({ hasText: 'Dashboard' }).waitFor();
    await page.getByTestId('kpi-orders').filter({ hasText: 'Open orders' }).waitFor();
    await page.getByTestId('kpi-target-value').filter({ hasText: /^\d+\.\d\d %$/ }).waitFor();
    // Country names come from the backend, asked again in the new language.
    await page.getByTestId('export-country-bars-US').filter({ hasText: 'United States' }).waitFor();
    await page.getByTestId('dash-late-none').filter({ hasText: 'No production plan yet' }).waitFor();

    await page.getByTestId('dash-late-none-link').click();
    await page.getByTestId('page-plan').waitFor();
    await page.getByTestId('plan-none').waitFor();
    expect(session.problems).toEqual([]);
  });
});
