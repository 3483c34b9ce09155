import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// The centre profile (#/centre) and the working calendar (#/calendar).

/** The working calendar: holidays of a year. */
export function calendarScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('calendar-count');
  const grid = part('calendar-grid');
  return {
    count,
    grid,
    national: part('calendar-national'),
    year: part('calendar-year'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/calendar')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The centre profile form: names, legal numbers, bank, rate per minute. */
export function centreForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('centre-save');
  const form = part('centre-form');
  return {
    bankAccountName: part('centre-bankAccountName'),
    bankAccountNo: part('centre-bankAccountNo'),
    bankBranch: part('centre-bankBranch'),
    bankName: part('centre-bankName'),
    cooperativeName: part('centre-cooperativeName'),
    form,
    legalName: part('centre-legalName'),
    name: part('centre-name'),
    nameError: part('centre-name-error'),
    nib: part('centre-nib'),
    npwp: part('centre-npwp'),
    ratePerMinute: part('centre-ratePerMinute'),
    save,
    swift: part('centre-swift'),
    swiftError: part('centre-swift-error'),
    workHoursPerWeek: part('centre-workHoursPerWeek'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/centre')),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}
