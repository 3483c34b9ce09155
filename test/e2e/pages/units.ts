import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Member business units (#/units) and the unit card.

/** The unit card: a unit's SPKs, deliveries, pay and materials over a period. */
export function unitCard(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    deliveries: part('card-deliveries'),
    deliveriesTotal: part('card-deliveries-total'),
    from: part('card-from'),
    history: part('card-history'),
    materials: part('card-materials'),
    owner: part('card-owner'),
    ownerName: part('card-owner-name'),
    pay: part('card-pay'),
    print: part('card-print'),
    share: part('card-share'),
    shareText: part('card-share-text'),
    show: part('card-show'),
    spks: part('card-spks'),
    status: part('card-status'),
    to: part('card-to'),
    view: part('unit-card'),
    month: (month: string) => part(`card-month-${month}`),
    payOf: (month: string) => part(`card-pay-${month}`),
  };
}

/** The units list. */
export function unitsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('units-count');
  const grid = part('units-grid');
  return {
    count,
    grid,
    workers: part('units-workers'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/units')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The unit form. */
export function unitForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('unit-form-save');
  const form = part('unit-form');
  return {
    categoryTas: part('unit-category-tas'),
    form,
    history: part('unit-history'),
    kbli: part('unit-kbli'),
    kbliError: part('unit-kbli-error'),
    monthlyCapacity: part('unit-monthlyCapacity'),
    name: part('unit-name'),
    ownerMemberNo: part('unit-ownerMemberNo'),
    ownerMemberNoError: part('unit-ownerMemberNo-error'),
    ownerMemberNoHint: part('unit-ownerMemberNo-hint'),
    save,
    stateFrom: part('unit-stateFrom'),
    stateFromHint: part('unit-stateFrom-hint'),
    unitCode: part('unit-unitCode'),
    workers: part('unit-workers'),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}
