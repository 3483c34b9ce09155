import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openSession, type Session } from './harness';
import { membersScreen } from './pages/members';
import { shell, statusChips } from './pages/shell';
import { shipmentForm, shipmentsScreen } from './pages/shipments';
import { cell } from './pages/kit';

/** The words of a grid's status column as shown, first screenful. */
async function statusCells(grid: Locator): Promise<string[]> {
  return cell(grid, 'status').allTextContents();
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
    await shipmentsScreen(page).open(session);
    await cell(shipmentsScreen(page).grid, 'status').first().waitFor();
    expect((await statusChips(page).shipped.textContent())?.startsWith('Dikapalkan (')).toBe(true);
    expect((await statusChips(page).draft.textContent())?.startsWith('Draf (')).toBe(true);
    const shipmentWords = await statusCells(shipmentsScreen(page).grid);
    expect(shipmentWords.length).toBeGreaterThan(0);
    expect(shipmentWords.filter((word) => !isSentenceCase(word))).toEqual([]);

    await membersScreen(page).open(session);
    await cell(membersScreen(page).grid, 'status').first().waitFor();
    const memberWords = await statusCells(membersScreen(page).grid);
    expect(memberWords).toContain('Aktif');
    expect(memberWords.filter((word) => !isSentenceCase(word))).toEqual([]);

    await shell(page).languageEn.click();
    await membersScreen(page).grid.getByText('Active', { exact: true }).first().waitFor();
    expect((await statusCells(membersScreen(page).grid)).filter((word) => !isSentenceCase(word))).toEqual([]);

    await shipmentsScreen(page).open(session);
    await statusChips(page).shipped.filter({ hasText: /^Shipped \(/ }).waitFor();
    await cell(shipmentsScreen(page).grid, 'status').first().waitFor();
    expect((await statusCells(shipmentsScreen(page).grid)).filter((word) => !isSentenceCase(word))).toEqual([]);

    // A shipment's own badge on its form.
    await cell(shipmentsScreen(page).grid, 'status').first().dblclick();
    const badge = shipmentForm(page).status;
    await badge.waitFor();
    expect(isSentenceCase((await badge.textContent()) ?? '')).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
