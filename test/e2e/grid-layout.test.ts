import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import type { Locator, Page } from 'playwright-core';
import { buyersScreen } from './pages/buyers';
import { exportsScreen } from './pages/exports';
import { materialsScreen } from './pages/materials';
import { membersScreen } from './pages/members';
import { ordersScreen } from './pages/orders';
import { productsScreen } from './pages/products';
import { purchasesScreen } from './pages/purchases';
import { shell } from './pages/shell';
import { shipmentsScreen } from './pages/shipments';
import { unitsScreen } from './pages/units';
import { deliveriesView } from './pages/workshops';

function isHidden(state: unknown, colId: string): boolean {
  return Array.isArray(state) && state.some((column: unknown) => typeof column === 'object' && column !== null && 'colId' in column && column.colId === colId && 'hide' in column && column.hide === true);
}

describe('the members grid layout', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('keeps hidden columns as a preference and restores them at the next start', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('members:save', { memberNo: 'INT-0001', name: 'Mukhlis', phone: '0812 3456 7890', status: 'aktif' });
      },
    });
    const { page, backend } = session;
    await membersScreen(page).open(session);
    const phoneHeader = membersScreen(page).grid.locator('.ag-header-cell[col-id="phone"]');
    await phoneHeader.waitFor();

    await shell(page).columnsButton.click();
    await shell(page).columnTogglePhone.uncheck();
    await phoneHeader.waitFor({ state: 'detached' });
    await expect.poll(async () => isHidden((await backend.must('prefs:get', { key: 'grid.members' })).value, 'phone')).toBe(true);

    await page.reload();
    await membersScreen(page).grid.getByText('Mukhlis', { exact: true }).waitFor();
    expect(await phoneHeader.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});

/** Where the last column's header ends against the part of the grid a user sees (left of the vertical scrollbar). */
async function lastColumnEdge(grid: Locator): Promise<{ lastRight: number; visibleRight: number; overflow: number } | null> {
  return grid.evaluate((frame) => {
    const viewport = frame.querySelector<HTMLElement>('.ag-grid-viewport');
    const last = frame.querySelector<HTMLElement>('.ag-header-row-column .ag-header-cell.ag-column-last');
    if (!viewport || !last) return null;
    const scrollbar = frame.querySelector<HTMLElement>('.ag-body-vertical-scroll');
    const scrollbarWidth = scrollbar && scrollbar.offsetParent !== null ? scrollbar.getBoundingClientRect().width : 0;
    return {
      lastRight: last.getBoundingClientRect().right,
      visibleRight: viewport.getBoundingClientRect().right - scrollbarWidth,
      overflow: viewport.scrollWidth - viewport.clientWidth,
    };
  });
}

/** Each main list: its address and its grid. */
const MAIN_LISTS: ReadonlyArray<readonly [string, (page: Page) => Locator]> = [
  ['#/members', (page) => membersScreen(page).grid],
  ['#/units', (page) => unitsScreen(page).grid],
  ['#/products', (page) => productsScreen(page).grid],
  ['#/materials', (page) => materialsScreen(page).grid],
  ['#/buyers', (page) => buyersScreen(page).grid],
  ['#/orders', (page) => ordersScreen(page).grid],
  ['#/shipments', (page) => shipmentsScreen(page).grid],
  ['#/exports', (page) => exportsScreen(page).grid],
  ['#/purchases', (page) => purchasesScreen(page).grid],
  ['#/workshops', (page) => deliveriesView(page).grid],
];

describe('the main lists on a laptop and a desktop screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('show every column up to the last one, none cut under the scrollbar or past the edge', { timeout: 120_000 }, async () => {
    session = await openSession({ demo: true });
    const { page } = session;
    const clipped: string[] = [];
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      for (const [hash, gridOf] of MAIN_LISTS) {
        await page.goto(session.url(hash));
        const grid = gridOf(page);
        await grid.locator('.ag-header-cell.ag-column-last').first().waitFor();
        // The grid squeezes its columns a frame after it lays them out: wait until that settles.
        const settled = await expect
          .poll(async () => {
            const edge = await lastColumnEdge(grid);
            return edge !== null && edge.overflow <= 1 && edge.lastRight <= edge.visibleRight + 0.5;
          })
          .toBe(true)
          .then(() => true, () => false);
        if (!settled) clipped.push(`${width}×${height} ${hash}: ${JSON.stringify(await lastColumnEdge(grid))}`);
        // A header squeezed short ("Tenag…") keeps its whole name as the tooltip on hover.
        const unnamed = await grid.locator('.ag-header-cell').evaluateAll((cells) =>
          cells
            .map((cell) => ({ text: cell.querySelector('.ag-header-cell-text')?.textContent?.trim() ?? '', title: cell.getAttribute('title') }))
            .filter((header) => header.text !== '' && header.title !== header.text)
            .map((header) => `${header.text} (title ${String(header.title)})`),
        );
        if (unnamed.length > 0) clipped.push(`${width}×${height} ${hash}: headers without their name on hover: ${unnamed.join(', ')}`);
      }
    }
    expect(clipped).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
