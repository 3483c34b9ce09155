import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Workshops and pay (#/workshops): deliveries of finished work, advances (kasbon) and the pay run.

/** The advance (kasbon) form for a unit. */
export function advanceForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('advance-form-save');
  return {
    amount: part('advance-amount'),
    amountHint: part('advance-amount-hint'),
    save,
    unit: part('advance-unit'),
  };
}

/** The deliveries view: work delivered per SPK, per unit. */
export function deliveriesView(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const grid = part('deliveries-grid');
  return {
    grid,
    totals: part('deliveries-totals'),
    unit: part('deliveries-unit'),
    unitCard: part('deliveries-unit-card'),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The delivery form: accepted and rejected pieces against an SPK. */
export function deliveryForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('delivery-form-save');
  return {
    accepted: part('delivery-accepted'),
    acceptedError: part('delivery-accepted-error'),
    note: part('delivery-note'),
    progress: part('delivery-progress'),
    rejected: part('delivery-rejected'),
    save,
    spk: part('delivery-spk'),
  };
}

/** The pay view: piece-rate pay per unit for a period. */
export function payView(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const grid = part('pay-grid');
  return {
    export: part('pay-export'),
    grid,
    printAll: part('pay-print-all'),
    search: part('pay-search'),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}

/** The workshops screen and its views (deliveries, materials, pay). */
export function workshopsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    viewDeliveries: part('workshops-view-deliveries'),
    viewMaterials: part('workshops-view-materials'),
    viewPay: part('workshops-view-pay'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/workshops')),
  };
}
