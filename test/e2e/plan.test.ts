import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

describe('production plan', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('plans the demo order book from the screen, shows the load by week, pins a work order, prints its SPK and promises a ship date', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;

    await page.goto(session.url('#/plan'));
    await page.getByTestId('plan-none').waitFor();
    await page.getByTestId('plan-run').click();
    await page.getByTestId('plan-summary').waitFor();
    await page.getByTestId('notice-message').filter({ hasText: 'Rencana disusun ulang per 23/11/2026' }).waitFor();
    const last = await backend.must('plan:last', {});
    // The members' spread in words and figures, never a bare coefficient.
    const spread = last?.fairness;
    expect(await page.getByTestId('plan-fairness').textContent()).toBe(
      `Sebaran beban anggota: ${spread?.withWork} dari ${spread?.units} unit anggota mendapat pekerjaan; beban terendah ${Math.round((spread?.lowest ?? 0) * 100)} %, ` +
        `tertinggi ${Math.round((spread?.highest ?? 0) * 100)} %, rata-rata ${Math.round((spread?.mean ?? 0) * 100)} % dari kapasitas yang ditawarkan`,
    );
    expect(await page.getByTestId('plan-lines').textContent()).toContain(String(last?.linesPlanned));
    // The SPK tile counts the work still to be made, not the demo's year of finished SPKs.
    const every = await backend.must('plan:assignments', { limit: 10_000 });
    const open = every.filter((assignment) => ['planned', 'issued', 'in-progress'].includes(assignment.status));
    expect(every.length).toBeGreaterThan(open.length);
    expect(await page.getByTestId('plan-assignments').locator('.count-value').textContent()).toBe(open.length.toLocaleString('id-ID'));

    // The plan as a workbook, made on the main side.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // The heat map: only workshops with load, at least one loaded week.
    await page.getByTestId('heat-row').first().waitFor();
    expect(await page.locator('.heat-cell:not([data-level="empty"])').count()).toBeGreaterThan(0);
    await page.getByTestId('heat-show-all').check();
    await page.getByTestId('heat-count').filter({ hasText: /Menampilkan (\d[\d.]*) dari \1 unit usaha/ }).waitFor();

    // Pin the first work order the plan placed (the demo's issued and finished SPKs come before it by date) and see it marked.
    const [placed] = await backend.must('plan:assignments', { status: 'planned', limit: 1 });
    await page.getByTestId('plan-view-assignments').click();
    // Open work is what the view shows first; the chips count every status.
    const done = every.filter((assignment) => assignment.status === 'done').length;
    expect(await page.getByTestId('status-chip-done').textContent()).toBe(`Selesai (${done})`);
    expect(await page.getByTestId('status-chip-planned').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('status-chip-done').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('assignments-count').filter({ hasText: `${open.length.toLocaleString('id-ID')} dari ${every.length.toLocaleString('id-ID')} SPK` }).waitFor();
    await page.getByTestId('assignments-search').fill(placed.orderNo);
    const grid = page.getByTestId('assignments-grid');
    const row = grid.locator(`.ag-row[row-id="${placed.id}"]`);
    await row.waitFor();
    // 17 columns on a 1366-pixel screen: each keeps a width its name and figures read in (none cut
    // to "N…"), the grid scrolls sideways, and the SPK number stays pinned at the left.
    const cutHeaders = await grid.locator('.ag-header-cell-text').evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent));
    expect(cutHeaders).toEqual([]);
    await grid.locator('.ag-header-cell.ag-header-cell-last-left-pinned[col-id="spkNo"]').waitFor();
    await row.locator('.ag-cell[col-id="orderNo"]').click();
    await page.getByTestId('assignment-pin').filter({ hasText: 'Sematkan' }).click();
    // The pin column sits right of the member, pieces and hours: on a 1366-pixel screen the grid scrolls to it.
    await grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((viewport) => viewport.scrollBy(600, 0));
    await row.locator('.ag-cell[col-id="isPinned"]').filter({ hasText: 'Disematkan' }).waitFor();
    await page.getByTestId('assignment-pin').filter({ hasText: 'Lepas' }).waitFor();
    const pinned = (await backend.must('plan:assignments', { limit: 10_000 })).filter((assignment) => assignment.isPinned);
    expect(pinned.map((assignment) => assignment.id)).toEqual([placed.id]);

    // Its workshop's SPK: a planned one is issued first (after asking), so the paper has its number and
    // rate; each SPK on its own page with letterhead, the work, the material it receives, two signatures.
    await page.getByTestId('assignment-print-spk').click();
    expect(await page.getByTestId('spk-print-issue').textContent()).toContain(`SPK ${pinned[0].orderNo}`);
    await page.getByTestId('spk-print-issue-yes').click();
    await page.getByTestId('spk-page').first().waitFor();
    const [issued] = (await backend.must('plan:assignments', { limit: 10_000 })).filter((assignment) => assignment.id === placed.id);
    expect(issued).toMatchObject({ status: 'issued', spkNo: expect.stringMatching(/^SPK-2026-\d{5}$/) });
    const sheet = page.getByTestId('spk-page').filter({ hasText: issued.spkNo ?? '' });
    expect(await sheet.getByTestId('letterhead-name').textContent()).toContain('INTAKO');
    expect(await sheet.getByTestId('print-title').textContent()).toBe('SURAT PERINTAH KERJA');
    expect(await sheet.getByTestId('spk-line').textContent()).toContain(pinned[0].sku);
    expect(await sheet.getByTestId('spk-rate').textContent()).toContain(`Rp ${issued.pieceRate.toLocaleString('id-ID')}`);
    expect(await sheet.getByTestId('spk-materials').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await sheet.getByTestId('spk-waste-rule').textContent()).toContain('÷ (1 − susut)');
    const signatures = await sheet.getByTestId('signature-block').textContent();
    expect(signatures).toContain('Pemberi kerja');
    expect(signatures).toContain('Penerima kerja');

    // "Bisa kirim kapan?" answers with a date and changes nothing.
    await page.getByTestId('print-back').click();
    const before = await backend.must('plan:assignments', { limit: 10_000 });
    await page.getByTestId('plan-promise').click();
    const sku = pinned[0].sku;
    await page.getByTestId('promise-line-0-product').selectOption(sku);
    await page.getByTestId('promise-line-0-qty').fill('100');
    await page.getByTestId('promise-ask').click();
    await page.getByTestId('promise-date').filter({ hasText: /^Paling cepat dapat dikirim \d{1,2} \w+ \d{4}\.$/ }).waitFor();
    expect(await backend.must('plan:assignments', { limit: 10_000 })).toEqual(before);
    expect(session.problems).toEqual([]);
  });
});
