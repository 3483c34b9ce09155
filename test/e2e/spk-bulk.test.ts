import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { assignmentsView, planScreen, spkBatch } from './pages/plan';
import { spkSheet } from './pages/sheets';
import { bulkStatus } from './pages/shell';
import { rows } from './pages/kit';

describe('SPKs ticked in the grid and issued in one go', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it("ticks all the SPKs of one demo order, issues them with one click, sees one summary with the refused one, and prints them", async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    // The order the plan split among the most workshops; one of its SPKs was issued on its own before.
    const planned = await backend.must('plan:assignments', { status: 'planned', limit: 10_000 });
    const byOrder = new Map<string, number[]>();
    for (const row of planned) byOrder.set(row.orderNo, [...(byOrder.get(row.orderNo) ?? []), row.id]);
    const [orderNo, ids] = [...byOrder].sort((a, b) => b[1].length - a[1].length)[0];
    expect(ids.length).toBeGreaterThan(2);
    await backend.must('assignments:setStatus', { id: ids[0], status: 'issued' });
    const [early] = await backend.must('spk:list', { ids: [ids[0]] });

    await planScreen(page).open(session);
    await planScreen(page).viewAssignments.click();
    await assignmentsView(page).search.fill(orderNo);
    const grid = assignmentsView(page).grid;
    await rows(grid).first().waitFor();
    // Every row of the order is in the table (the grid draws only those in view).
    await assignmentsView(page).countShows(new RegExp(`^${ids.length} dari`));
    // The header's tick takes every row the search left.
    await grid.locator('.ag-header-select-all').click();
    await spkBatch(page).spkBulkIssue.filter({ hasText: `Terbitkan & cetak terpilih (${ids.length})` }).waitFor();
    await page.screenshot({ path: '/tmp/bulk/spk-ticked.png' });
    await spkBatch(page).spkBulkIssue.click();

    const summary = bulkStatus(page).summary;
    await summary.waitFor();
    await expect.poll(() => bulkStatus(page).summaryCounts.textContent()).toBe(`${ids.length - 1} baris selesai · 1 baris ditolak`);
    expect(await bulkStatus(page).summaryRefused.locator('tbody tr').allTextContents()).toEqual([
      `${early.spkNo}sudah diterbitkan sebagai ${early.spkNo}; ikut dicetak`,
    ]);
    await page.screenshot({ path: '/tmp/bulk/spk-summary.png' });
    const issued = await backend.must('spk:list', { orderNo });
    expect(issued.filter((spk) => ids.includes(spk.id)).every((spk) => spk.status === 'issued' && spk.spkNo !== null)).toBe(true);
    expect(backend.app.db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'assignment' AND action = 'issue'").pluck().get()).toBe(ids.length);

    await bulkStatus(page).summaryPrint.click();
    await spkSheet(page).page.first().waitFor();
    expect(page.url()).toContain('#/print/spk-ids/');
    expect(await spkSheet(page).page.count()).toBe(ids.length);
    const numbers = await spkSheet(page).number.allTextContents();
    expect(numbers.map((text) => /SPK-2026-\d{5}/.exec(text)?.[0]).sort()).toEqual(issued.filter((spk) => ids.includes(spk.id)).map((spk) => spk.spkNo).sort());
    expect(session.problems).toEqual([]);
  });
});
