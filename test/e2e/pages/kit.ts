import type { Locator, Page } from 'playwright-core';

/** Where a page object looks: the whole page, or a part of it (a printed sheet, a grid row). */
export type Root = Page | Locator;

/** What opens a screen by its address: the end-to-end session (harness.ts) has it. */
export interface Opener {
  url(hash?: string): string;
}

/** The page behind a root, so that a page object made on a part can still open a screen. */
export function pageOf(root: Root): Page {
  return 'goto' in root ? root : root.page();
}

/**
 * A grid's cell by its column id (`status`, `value`): on a row, that row's cell; on the whole
 * grid, the column's cells, one per row shown.
 */
export function cell(where: Locator, column: string): Locator {
  return where.locator(`.ag-cell[col-id="${column}"]`);
}

/** A grid's rows as shown (ag-grid draws only the rows in view). */
export function rows(grid: Locator): Locator {
  return grid.locator('.ag-row');
}

/** The grid row whose `column` cell shows `text` (not a match anywhere else in the row). */
export function rowWhere(grid: Locator, column: string, text: string): Locator {
  return rows(grid).filter({ has: grid.page().locator(`.ag-cell[col-id="${column}"]`, { hasText: text }) });
}

/** The grid row of a record by its id (ag-grid's `row-id`), wherever it is sorted. */
export function rowById(grid: Locator, id: number | string): Locator {
  return grid.locator(`.ag-row[row-id="${id}"]`);
}
