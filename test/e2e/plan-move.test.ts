import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { assignForm, assignmentsView, planScreen } from './pages/plan';
import { notice } from './pages/shell';
import { cell, rowById } from './pages/kit';

describe("the plan's reasons and a move by hand", () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it("shows pieces and people's hours, each SPK's member and reason, and keeps a move exactly through the re-plan", async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    await planScreen(page).open(session);
    await planScreen(page).run.click();
    await planScreen(page).summary.waitFor();

    // A week's cell says its pieces and its workers' hours against what the workshop offers.
    const week = page.locator('.heat-cell:not([data-level="empty"])').first();
    expect(await week.getAttribute('title')).toMatch(/^UU-\d{4}, minggu \d\d\/\d\d\/\d{4}: [\d.]+ dari [\d.]+ pcs; [\d.]+ dari [\d.]+ jam kerja$/);

    // A line the plan split between two members' workshops: move all of one's pieces to the other.
    const planned = (await backend.must('plan:assignments', { status: 'planned', limit: 10_000 })).filter((a) => !a.isPinned);
    const byLine = new Map<number, typeof planned>();
    for (const a of planned) byLine.set(a.orderLineId, [...(byLine.get(a.orderLineId) ?? []), a]);
    const split = [...byLine.values()].find((rows) => new Set(rows.map((r) => r.unitCode)).size >= 2);
    if (!split) throw new Error('the demo plan split no line between two workshops');
    const [from, to] = split;
    expect(from.reason).toMatchObject({ kind: 'member-share' });

    await planScreen(page).viewAssignments.click();
    await assignmentsView(page).search.fill(from.orderNo);
    const row = rowById(assignmentsView(page).grid, from.id);
    await cell(row, 'orderNo').click();
    const reason = assignmentsView(page).reason;
    await reason.filter({ hasText: 'anggota, dibagi menurut sisa kapasitas' }).waitFor();
    expect(await reason.textContent()).toMatch(new RegExp(`^${from.unitCode} \\(anggota ${from.memberNo}\\): anggota, dibagi menurut sisa kapasitas: \\d+ % dari pesanan, beban minggu \\d\\d/\\d\\d: \\d+ %$`));
    expect(await cell(row, 'memberNo').textContent()).toBe(from.memberNo);

    await assignmentsView(page).assign.click();
    expect(await assignForm(page).move.isChecked()).toBe(true);
    await assignForm(page).unit.selectOption(to.unitCode);
    await assignForm(page).save.click();
    await notice(page).says(`ditetapkan ke ${to.unitCode}`);

    const after = (await backend.must('plan:assignments', { orderNo: from.orderNo, limit: 10_000 })).filter((a) => a.orderLineId === from.orderLineId);
    expect(after.some((a) => a.unitCode === from.unitCode)).toBe(false);
    expect(after.every((a) => a.isPinned)).toBe(true);
    const total = (rows: { qty: number }[]) => rows.reduce((sum, a) => sum + a.qty, 0);
    expect(total(after)).toBe(total(split));
    expect(total(after.filter((a) => a.unitCode === to.unitCode))).toBe(total(split.filter((a) => a.unitCode === to.unitCode)) + from.qty);
    // Planning again changes nothing of the line the manager arranged.
    await backend.must('plan:run', {});
    const again = (await backend.must('plan:assignments', { orderNo: from.orderNo, limit: 10_000 })).filter((a) => a.orderLineId === from.orderLineId);
    expect(again.map((a) => [a.unitCode, a.qty]).sort()).toEqual(after.map((a) => [a.unitCode, a.qty]).sort());
    expect(session.problems).toEqual([]);
  });
});
