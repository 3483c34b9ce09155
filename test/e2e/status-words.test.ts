import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

/** The words of a grid's status column as shown, first screenful. */
async function statusCells(page: Session['page'], testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('.ag-cell[col-id="status"]').allTextContents();
}

function isSentenceCase(word: string): boolean {
  const text = word.trim();
  return text.length > 0 && text[0] === text[0].toLocaleUpperCase() && text.slice(1) === text.slice(1).toLocaleLowerCase();
}

describe('status words', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('start with a capital on every list, chip and badge, in both languages', { timeout: 90_000 }, async () => {
    session = await openSession({ demo: true });
    const { page } = session;

    // Shipments: the chips and the grid cells used to say "dikapalkan" where orders said "Dikirim".
    await page.goto(session.url('#/shipments'));
    await page.getByTestId('shipments-grid').locator('.ag-cell[col-id="status"]').first().waitFor();
    expect((await page.getByTestId('status-chip-shipped').textContent())?.startsWith('Dikapalkan (')).toBe(true);
    expect((await page.getByTestId('status-chip-draft').textContent())?.startsWith('Draf (')).toBe(true);
    const shipmentWords = await statusCells(page, 'shipments-grid');
    expect(shipmentWords.length).toBeGreaterThan(0);
    expect(shipmentWords.filter((word) => !isSentenceCase(word))).toEqual([]);

    await page.goto(session.url('#/members'));
    await page.getByTestId('members-grid').locator('.ag-cell[col-id="status"]').first().waitFor();
    const memberWords = await statusCells(page, 'members-grid');
    expect(memberWords).toContain('Aktif');
    expect(memberWords.filter((word) => !isSentenceCase(word))).toEqual([]);

    await page.getByTestId('language-en').click();
    await page.getByTestId('members-grid').getByText('Active', { exact: true }).first().waitFor();
    expect((await statusCells(page, 'members-grid')).filter((word) => !isSentenceCase(word))).toEqual([]);

    await page.goto(session.url('#/shipments'));
    await page.getByTestId('status-chip-shipped').filter({ hasText: /^Shipped \(/ }).waitFor();
    await page.getByTestId('shipments-grid').locator('.ag-cell[col-id="status"]').first().waitFor();
    expect((await statusCells(page, 'shipments-grid')).filter((word) => !isSentenceCase(word))).toEqual([]);

    // A shipment's own badge on its form.
    await page.getByTestId('shipments-grid').locator('.ag-cell[col-id="status"]').first().dblclick();
    const badge = page.getByTestId('shipment-status');
    await badge.waitFor();
    expect(isSentenceCase((await badge.textContent()) ?? '')).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
