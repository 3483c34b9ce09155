import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Cooperative members (#/members).

/** The member form. */
export function memberForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('member-form-save');
  const form = part('member-form');
  return {
    cancel: part('member-form-cancel'),
    form,
    joinedOn: part('member-joinedOn'),
    joinedOnError: part('member-joinedOn-error'),
    joinedOnHint: part('member-joinedOn-hint'),
    memberNo: part('member-memberNo'),
    memberNoError: part('member-memberNo-error'),
    name: part('member-name'),
    nik: part('member-nik'),
    nikError: part('member-nik-error'),
    phone: part('member-phone'),
    phoneHint: part('member-phone-hint'),
    save,
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The members list. */
export function membersScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('members-count');
  const grid = part('members-grid');
  return {
    count,
    grid,
    hasUnitsDetach: part('has-units-detach'),
    hasUnitsMessage: part('has-units-message'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/members')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}
