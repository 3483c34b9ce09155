import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Purchases (#/purchases): purchase orders (PO), receiving and what to buy.

/** The purchase order (PO) form: supplier, lines, status steps. */
export function poForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('po-form-save');
  const form = part('po-form');
  return {
    cancelBack: part('po-cancel-back'),
    cancelYes: part('po-cancel-yes'),
    expectedOn: part('po-expectedOn'),
    form,
    fromPlan: part('po-from-plan'),
    linesPasted: part('po-lines-pasted'),
    linesPastedProblems: part('po-lines-pasted-problems'),
    locked: part('po-locked'),
    planOrigin: part('po-plan-origin'),
    poNo: part('po-poNo'),
    /** The button that opens the printed PO. */
    print: part('po-print'),
    receive: part('po-receive'),
    save,
    status: part('po-status'),
    supplier: part('po-supplier'),
    toCancelled: part('po-to-cancelled'),
    toOrdered: part('po-to-ordered'),
    total: part('po-total'),
    line: (n: number) => ({
      cost: part(`po-line-${n}-cost`),
      material: part(`po-line-${n}-material`),
      qty: part(`po-line-${n}-qty`),
      received: part(`po-line-${n}-received`),
      total: part(`po-line-${n}-total`),
    }),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The printed purchase order. */
export function poSheet(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    line: part('po-print-line'),
    number: part('po-print-number'),
    supplier: part('po-print-supplier'),
    total: part('po-print-total'),
  };
}

/** The purchase orders list. */
export function purchasesScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const grid = part('purchases-grid');
  return {
    bulkPrint: part('purchases-bulk-print'),
    grid,
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/purchases')),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The receive form: quantities received against a PO's lines. */
export function receiveForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('receive-form-save');
  const form = part('receive-form');
  return {
    form,
    save,
    line: (n: number) => ({
      already: part(`receive-line-${n}-already`),
      qty: part(`receive-line-${n}-qty`),
      qtyError: part(`receive-line-${n}-qty-error`),
    }),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** What to buy for the plan, by supplier. */
export function toBuy(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    line: part('to-buy-line'),
    ordered: part('to-buy-ordered'),
    summary: part('to-buy-summary'),
    supplier: part('to-buy-supplier'),
  };
}
