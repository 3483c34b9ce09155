import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// The production plan (#/plan): the plan run, SPK assignments to units, promise dates and SPK batches.

/** The assign form: moves or assigns an SPK to a unit. */
export function assignForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('assign-form-save');
  return {
    move: part('assign-move'),
    save,
    unit: part('assign-unit'),
  };
}

/** The SPK assignments view: the grid, its search and the actions on a picked SPK. */
export function assignmentsView(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('assignments-count');
  const grid = part('assignments-grid');
  return {
    assign: part('assignment-assign'),
    batch: part('assignment-batch'),
    count,
    deliver: part('assignment-deliver'),
    grid,
    issue: part('assignment-issue'),
    pin: part('assignment-pin'),
    printSpk: part('assignment-print-spk'),
    reason: part('assignment-reason'),
    search: part('assignments-search'),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The plan screen: run the plan, its summary figures and views. */
export function planScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    assignments: part('plan-assignments'),
    export: part('plan-export'),
    fairness: part('plan-fairness'),
    gapWorkers: part('gap-workers'),
    heatCount: part('heat-count'),
    heatRow: part('heat-row'),
    heatShowAll: part('heat-show-all'),
    lines: part('plan-lines'),
    none: part('plan-none'),
    /** The button that opens the printed plan (disabled until a plan was run). */
    print: part('plan-print'),
    promise: part('plan-promise'),
    purchases: part('plan-purchases'),
    run: part('plan-run'),
    runAt: part('plan-run-at'),
    summary: part('plan-summary'),
    viewAssignments: part('plan-view-assignments'),
    figure: (key: string) => part(`plan-${key}`),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/plan')),
  };
}

/** The promise-date question: what ship date can the centre promise for a set of lines. */
export function promiseDialog(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    ask: part('promise-ask'),
    date: part('promise-date'),
    line: (n: number) => ({
      product: part(`promise-line-${n}-product`),
      qty: part(`promise-line-${n}-qty`),
    }),
  };
}

/** Issuing SPKs in a batch: the numbers given and the summary. */
export function spkBatch(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    go: part('spk-batch-go'),
    numbers: part('spk-batch-numbers'),
    spkBulkIssue: part('spk-bulk-issue'),
    summary: part('spk-batch-summary'),
  };
}
