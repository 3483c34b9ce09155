import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';
import { assignmentsView, planScreen, spkBatch } from './pages/plan';
import { paySlip, spkSheet } from './pages/sheets';
import { period } from './pages/shell';
import { payView, workshopsScreen } from './pages/workshops';
import { rows } from './pages/kit';

describe('SPKs issued together and a month paid', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it("issues and prints an order's SPKs one a page, then numbers and prints every slip of last month", async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    // The order the plan split among the most workshops.
    const planned = await backend.must('plan:assignments', { status: 'planned', limit: 10_000 });
    const byOrder = new Map<string, number>();
    for (const row of planned) byOrder.set(row.orderNo, (byOrder.get(row.orderNo) ?? 0) + 1);
    const [orderNo, count] = [...byOrder].sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(1);

    await planScreen(page).open(session);
    await planScreen(page).viewAssignments.click();
    await assignmentsView(page).search.fill(orderNo);
    await rows(assignmentsView(page).grid).first().locator('.ag-cell[col-id="orderNo"]').click();
    await assignmentsView(page).batch.click();
    await spkBatch(page).summary.filter({ hasText: `${count} SPK akan diterbitkan dan 0 sudah terbit` }).waitFor();
    await spkBatch(page).go.click();
    await spkSheet(page).page.first().waitFor();
    expect(page.url()).toContain(`#/print/spk-order/${orderNo}`);
    expect(await spkSheet(page).page.count()).toBe(count);
    const issued = await backend.must('spk:list', { orderNo });
    expect(issued.every((spk) => spk.status === 'issued' && spk.spkNo !== null && spk.pieceRate > 0)).toBe(true);
    const numbers = await spkSheet(page).number.allTextContents();
    expect(numbers.map((text) => /SPK-2026-\d{5}/.exec(text)?.[0]).sort()).toEqual(issued.map((spk) => spk.spkNo).sort());

    // Last month's pay: every statement gets its slip number at once and prints one a page.
    const lastMonth = { from: '2026-10-01', to: '2026-10-31' };
    const statements = await backend.must('pieceRates:statement', lastMonth);
    await workshopsScreen(page).open(session);
    await workshopsScreen(page).viewPay.click();
    await period(page).lastMonth.click();
    await rows(payView(page).grid).first().waitFor();
    await payView(page).printAll.click();
    await paySlip(page).issue.filter({ hasText: `${statements.length} slip yang belum dicetak` }).waitFor();
    await paySlip(page).issueYes.click();
    await paySlip(page).page.first().waitFor();
    expect(await paySlip(page).page.count()).toBe(statements.length);
    const slips = await backend.must('pieceRates:statement', lastMonth);
    expect(slips.map((slip) => slip.slipNo)).toEqual(statements.map((_s, i) => `SLIP-2026-${String(i + 1).padStart(5, '0')}`));
    expect(slips.map((slip) => slip.net)).toEqual(statements.map((statement) => statement.net));
    expect(session.problems).toEqual([]);
  });
});
