import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

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

    await page.goto(session.url('#/plan'));
    await page.getByTestId('plan-view-assignments').click();
    await page.getByTestId('assignments-search').fill(orderNo);
    await page.getByTestId('assignments-grid').locator('.ag-row').first().locator('.ag-cell[col-id="orderNo"]').click();
    await page.getByTestId('assignment-batch').click();
    await page.getByTestId('spk-batch-summary').filter({ hasText: `${count} SPK akan diterbitkan dan 0 sudah terbit` }).waitFor();
    await page.getByTestId('spk-batch-go').click();
    await page.getByTestId('spk-page').first().waitFor();
    expect(page.url()).toContain(`#/print/spk-order/${orderNo}`);
    expect(await page.getByTestId('spk-page').count()).toBe(count);
    const issued = await backend.must('spk:list', { orderNo });
    expect(issued.every((spk) => spk.status === 'issued' && spk.spkNo !== null && spk.pieceRate > 0)).toBe(true);
    const numbers = await page.getByTestId('spk-number').allTextContents();
    expect(numbers.map((text) => /SPK-2026-\d{5}/.exec(text)?.[0]).sort()).toEqual(issued.map((spk) => spk.spkNo).sort());

    // Last month's pay: every statement gets its slip number at once and prints one a page.
    const lastMonth = { from: '2026-10-01', to: '2026-10-31' };
    const statements = await backend.must('pieceRates:statement', lastMonth);
    await page.goto(session.url('#/workshops'));
    await page.getByTestId('workshops-view-pay').click();
    await page.getByTestId('period-last-month').click();
    await page.getByTestId('pay-grid').locator('.ag-row').first().waitFor();
    await page.getByTestId('pay-print-all').click();
    await page.getByTestId('slip-issue').filter({ hasText: `${statements.length} slip yang belum dicetak` }).waitFor();
    await page.getByTestId('slip-issue-yes').click();
    await page.getByTestId('slip-page').first().waitFor();
    expect(await page.getByTestId('slip-page').count()).toBe(statements.length);
    const slips = await backend.must('pieceRates:statement', lastMonth);
    expect(slips.map((slip) => slip.slipNo)).toEqual(statements.map((_s, i) => `SLIP-2026-${String(i + 1).padStart(5, '0')}`));
    expect(slips.map((slip) => slip.net)).toEqual(statements.map((statement) => statement.net));
    expect(session.problems).toEqual([]);
  });
});
