import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { assignmentsView, planScreen, promiseDialog } from './pages/plan';
import { printView } from './pages/print';
import { spkSheet } from './pages/sheets';
import { notice, statusChips } from './pages/shell';
import { cell, rowById } from './pages/kit';

describe('production plan', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('plans the demo order book from the screen, shows the load by week, pins a work order, prints its SPK and promises a ship date', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;

    await planScreen(page).open(session);
    await planScreen(page).none.waitFor();
    await planScreen(page).run.click();
    await planScreen(page).summary.waitFor();
    await notice(page).says('Rencana disusun ulang per 23/11/2026');
    const last = await backend.must('plan:last', {});
    // The members' spread in words and figures, never a bare coefficient.
    const spread = last?.fairness;
    expect(await planScreen(page).fairness.textContent()).toBe(
      `Sebaran beban anggota: ${spread?.withWork} dari ${spread?.units} unit anggota mendapat pekerjaan; beban terendah ${Math.round((spread?.lowest ?? 0) * 100)} %, ` +
        `tertinggi ${Math.round((spread?.highest ?? 0) * 100)} %, rata-rata ${Math.round((spread?.mean ?? 0) * 100)} % dari kapasitas yang ditawarkan`,
    );
    expect(await planScreen(page).lines.textContent()).toContain(String(last?.linesPlanned));
    // The SPK tile counts the work still to be made, not the demo's year of finished SPKs.
    const every = await backend.must('plan:assignments', { limit: 10_000 });
    const open = every.filter((assignment) => ['planned', 'issued', 'in-progress'].includes(assignment.status));
    expect(every.length).toBeGreaterThan(open.length);
    expect(await planScreen(page).assignments.locator('.count-value').textContent()).toBe(open.length.toLocaleString('id-ID'));

    // The plan as a workbook, made on the main side.
    const [download] = await Promise.all([page.waitForEvent('download'), planScreen(page).export.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // The heat map: only workshops with load, at least one loaded week.
    await planScreen(page).heatRow.first().waitFor();
    expect(await page.locator('.heat-cell:not([data-level="empty"])').count()).toBeGreaterThan(0);
    await planScreen(page).heatShowAll.check();
    await planScreen(page).heatCount.filter({ hasText: /Menampilkan (\d[\d.]*) dari \1 unit usaha/ }).waitFor();

    // Pin the first work order the plan placed (the demo's issued and finished SPKs come before it by date) and see it marked.
    const [placed] = await backend.must('plan:assignments', { status: 'planned', limit: 1 });
    await planScreen(page).viewAssignments.click();
    // Open work is what the view shows first; the chips count every status.
    const done = every.filter((assignment) => assignment.status === 'done').length;
    expect(await statusChips(page).done.textContent()).toBe(`Selesai (${done})`);
    expect(await statusChips(page).planned.getAttribute('aria-pressed')).toBe('true');
    expect(await statusChips(page).done.getAttribute('aria-pressed')).toBe('false');
    await assignmentsView(page).countShows(`${open.length.toLocaleString('id-ID')} dari ${every.length.toLocaleString('id-ID')} SPK`);
    await assignmentsView(page).search.fill(placed.orderNo);
    const grid = assignmentsView(page).grid;
    const row = rowById(grid, placed.id);
    await row.waitFor();
    // 17 columns on a 1366-pixel screen: each keeps a width its name and figures read in (none cut
    // to "N…"), the grid scrolls sideways, and the SPK number stays pinned at the left.
    const cutHeaders = await grid.locator('.ag-header-cell-text').evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent));
    expect(cutHeaders).toEqual([]);
    await grid.locator('.ag-header-cell.ag-header-cell-last-left-pinned[col-id="spkNo"]').waitFor();
    await cell(row, 'orderNo').click();
    await assignmentsView(page).pin.filter({ hasText: 'Sematkan' }).click();
    // The pin column sits right of the member, pieces and hours: on a 1366-pixel screen the grid scrolls to it.
    await grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((viewport) => viewport.scrollBy(600, 0));
    await cell(row, 'isPinned').filter({ hasText: 'Disematkan' }).waitFor();
    await assignmentsView(page).pin.filter({ hasText: 'Lepas' }).waitFor();
    const pinned = (await backend.must('plan:assignments', { limit: 10_000 })).filter((assignment) => assignment.isPinned);
    expect(pinned.map((assignment) => assignment.id)).toEqual([placed.id]);

    // Its workshop's SPK: a planned one is issued first (after asking), so the paper has its number and
    // rate; each SPK on its own page with letterhead, the work, the material it receives, two signatures.
    await assignmentsView(page).printSpk.click();
    expect(await spkSheet(page).printIssue.textContent()).toContain(`SPK ${pinned[0].orderNo}`);
    await spkSheet(page).printIssueYes.click();
    await spkSheet(page).page.first().waitFor();
    const [issued] = (await backend.must('plan:assignments', { limit: 10_000 })).filter((assignment) => assignment.id === placed.id);
    expect(issued).toMatchObject({ status: 'issued', spkNo: expect.stringMatching(/^SPK-2026-\d{5}$/) });
    const sheet = spkSheet(page).page.filter({ hasText: issued.spkNo ?? '' });
    expect(await printView(sheet).letterheadName.textContent()).toContain('INTAKO');
    expect(await printView(sheet).title.textContent()).toBe('SURAT PERINTAH KERJA');
    expect(await spkSheet(sheet).line.textContent()).toContain(pinned[0].sku);
    expect(await spkSheet(sheet).rate.textContent()).toContain(`Rp ${issued.pieceRate.toLocaleString('id-ID')}`);
    expect(await spkSheet(sheet).materials.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await spkSheet(sheet).wasteRule.textContent()).toContain('÷ (1 − susut)');
    const signatures = await printView(sheet).signatureBlock.textContent();
    expect(signatures).toContain('Pemberi kerja');
    expect(signatures).toContain('Penerima kerja');

    // "Bisa kirim kapan?" answers with a date and changes nothing.
    await printView(page).back.click();
    const before = await backend.must('plan:assignments', { limit: 10_000 });
    await planScreen(page).promise.click();
    const sku = pinned[0].sku;
    await promiseDialog(page).line(0).product.selectOption(sku);
    await promiseDialog(page).line(0).qty.fill('100');
    await promiseDialog(page).ask.click();
    await promiseDialog(page).date.filter({ hasText: /^Paling cepat dapat dikirim \d{1,2} \w+ \d{4}\.$/ }).waitFor();
    expect(await backend.must('plan:assignments', { limit: 10_000 })).toEqual(before);
    expect(session.problems).toEqual([]);
  });
});
