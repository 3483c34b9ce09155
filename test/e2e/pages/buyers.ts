import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Buyers (#/buyers).

/** The buyer form. */
export function buyerForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('buyer-form-save');
  const form = part('buyer-form');
  return {
    address: part('buyer-address'),
    buyerCode: part('buyer-buyerCode'),
    contact: part('buyer-contact'),
    country: part('buyer-country'),
    countryError: part('buyer-country-error'),
    email: part('buyer-email'),
    emailError: part('buyer-email-error'),
    form,
    incotermPlace: part('buyer-incotermPlace'),
    name: part('buyer-name'),
    notifyParty: part('buyer-notifyParty'),
    paymentTerms: part('buyer-paymentTerms'),
    save,
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The buyers list. */
export function buyersScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('buyers-count');
  const grid = part('buyers-grid');
  return {
    count,
    grid,
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/buyers')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}
