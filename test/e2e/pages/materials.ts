import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Materials and stock (#/materials).

/** The material form. */
export function materialForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('material-form-save');
  const form = part('material-form');
  return {
    category: part('material-category'),
    form,
    materialCode: part('material-materialCode'),
    name: part('material-name'),
    save,
    unitCost: part('material-unitCost'),
    unitCostHint: part('material-unitCost-hint'),
    uom: part('material-uom'),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The materials list, reorder and received figures. */
export function materialsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('materials-count');
  const grid = part('materials-grid');
  return {
    count,
    grid,
    receivedValue: part('materials-received-value'),
    reorderValue: part('materials-reorder-value'),
    suggestionTableLine: part('materials-suggestion-table-line'),
    unit: part('materials-unit'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/materials')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The stock movement form: receive, issue, adjust. */
export function movementForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('movement-form-save');
  const form = part('movement-form');
  return {
    cancel: part('movement-form-cancel'),
    date: part('movement-date'),
    form,
    kind: part('movement-kind'),
    material: part('movement-material'),
    note: part('movement-note'),
    qty: part('movement-qty'),
    qtyError: part('movement-qty-error'),
    qtyHint: part('movement-qty-hint'),
    save,
    unit: part('movement-unit'),
    unitError: part('movement-unit-error'),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The stock card of a material: on hand and its records. */
export function stockCard(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    onhand: part('stock-card-onhand'),
    record: part('stock-card-record'),
    row: part('stock-card-row'),
  };
}
