import type { Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { reportsScreen } from './pages/reports';

/**
 * A report being written shows how far it is and can be cancelled. The worker's own progress is
 * tested in test/core/report-jobs.test.ts; here the screen's answer to it: the jobs:progress replies
 * are held at "1.200 of 5.000 rows" so the bar can be read and "Batalkan" pressed while it runs.
 */
describe('a report download in progress', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows the rows written, cancels without a file, and downloads on the next try', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('exports:save', { year: 2026, month: 1, country: 'US', category: 'tas', hsCode: '4202.22', fobUsdCents: 72_554 });
      },
    });
    const { page, backend } = session;
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const jobIds: string[] = [];
    const holdAtRows = async (route: Route) => {
      const { jobId } = route.request().postDataJSON() as { jobId: string };
      jobIds.push(jobId);
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { jobId, report: 'export-performance', state: 'running', done: 1200, total: 5000, error: null } }),
      });
    };
    const isProgressCall = (url: URL) => url.pathname === `/api/${encodeURIComponent('jobs:progress')}`;
    await page.route(isProgressCall, holdAtRows);

    await reportsScreen(page).open(session);
    await reportsScreen(page).currentValue.waitFor();
    await reportsScreen(page).download.click();
    await reportsScreen(page).progressText.filter({ hasText: 'Menyusun laporan… 1.200 dari 5.000 baris (24 %)' }).waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('24');
    expect(await reportsScreen(page).download.isDisabled()).toBe(true);

    await reportsScreen(page).cancel.click();
    await reportsScreen(page).notice.filter({ hasText: 'Penyusunan laporan dibatalkan; tidak ada berkas yang dibuat.' }).waitFor();
    expect(await reportsScreen(page).progress.count()).toBe(0);
    // Whether the worker was stopped mid-way or had just finished, its file is not to be had.
    const left = await backend.call('jobs:result', { jobId: jobIds[0] });
    expect(left.ok).toBe(false);
    expect(downloads).toEqual([]);

    await page.unroute(isProgressCall, holdAtRows);
    await reportsScreen(page).download.click();
    await reportsScreen(page).notice.filter({ hasText: 'kinerja-ekspor-2026-01-2026-10.xlsx' }).waitFor();
    expect(downloads).toEqual(['kinerja-ekspor-2026-01-2026-10.xlsx']);
    expect(session.problems).toEqual([]);
  });
});
