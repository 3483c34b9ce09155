import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Export records (#/exports): the exports list and the export form, the month each shipment counts in.

/** The export record form. */
export function exportForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('export-form-save');
  return {
    category: part('export-category'),
    country: part('export-country'),
    fobUsd: part('export-fobUsd'),
    hsCode: part('export-hsCode'),
    keepHistory: part('export-keep-history'),
    month: part('export-month'),
    monthSourceAsk: part('export-month-source-ask'),
    save,
    year: part('export-year'),
  };
}

/** The exports list and the month source of each shipped month. */
export function exportsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('exports-count');
  return {
    count,
    filterYear: part('filter-year'),
    grid: part('exports-grid'),
    monthSourceNone: part('month-source-none'),
    keepShipments: (month: string) => part(`keep-shipments-${month}`),
    monthSource: (month: string) => part(`month-source-${month}`),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/exports')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
  };
}
