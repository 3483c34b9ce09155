import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Shipments (#/shipments): the list, the shipment form with its lines, steps and costs, and the figures.

/** The figures of a shipment: cartons, FOB, certificate of origin. */
export function shipmentFigures(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    cartons: part('figures-cartons'),
    chosen: part('figures-chosen'),
    coo: part('figures-coo'),
    fob: part('figures-fob'),
    fobMissing: part('figures-fob-missing'),
    suggestion: part('figures-suggestion'),
    useSuggestion: part('figures-use-suggestion'),
  };
}

/** The shipment form: buyer, lines, QC, status steps (booked, shipped with PEB), costs and papers. */
export function shipmentForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('shipment-form-save');
  const form = part('shipment-form');
  return {
    buyer: part('shipment-buyer'),
    closeButton: part('shipment-form-close-button'),
    costs: part('shipment-costs'),
    costsInlandCost: part('shipment-costs-inlandCost'),
    costsSave: part('shipment-costs-save'),
    error: part('shipment-form-error'),
    etd: part('shipment-etd'),
    form,
    freight: part('shipment-freight'),
    freightHint: part('shipment-freight-hint'),
    incoterm: part('shipment-incoterm'),
    inlandCost: part('shipment-inlandCost'),
    inlandCostHint: part('shipment-inlandCost-hint'),
    insurance: part('shipment-insurance'),
    insuranceHint: part('shipment-insurance-hint'),
    labelsWorkbook: part('shipment-labels-workbook'),
    lines: part('shipment-lines'),
    linesPasted: part('shipment-lines-pasted'),
    linesPastedProblems: part('shipment-lines-pasted-problems'),
    locked: part('shipment-locked'),
    no: part('shipment-no'),
    paperGaps: part('shipment-paper-gaps'),
    pickBuyer: part('shipment-pick-buyer'),
    portOfDischarge: part('shipment-portOfDischarge'),
    printInvoice: part('shipment-print-invoice'),
    printLabels: part('shipment-print-labels'),
    qcReasonShown: part('shipment-qc-reason-shown'),
    save,
    status: part('shipment-status'),
    stepBeyondReady: part('shipment-step-beyond-ready'),
    stepConfirm: part('shipment-step-confirm'),
    stepPebDate: part('shipment-step-pebDate'),
    stepPebNo: part('shipment-step-pebNo'),
    stepQcReason: part('shipment-step-qcReason'),
    toBooked: part('shipment-to-booked'),
    toShipped: part('shipment-to-shipped'),
    line: (n: number) => ({
      accepted: part(`shipment-line-${n}-accepted`),
      all: part(`shipment-line-${n}-all`),
      elsewhere: part(`shipment-line-${n}-elsewhere`),
      ordered: part(`shipment-line-${n}-ordered`),
      qty: part(`shipment-line-${n}-qty`),
      qtyError: part(`shipment-line-${n}-qty-error`),
      ready: part(`shipment-line-${n}-ready`),
      row: part(`shipment-line-${n}`),
    }),
    savedLine: (n: number) => ({
      accepted: part(`shipment-saved-line-${n}-accepted`),
      beyond: part(`shipment-saved-line-${n}-beyond`),
      ready: part(`shipment-saved-line-${n}-ready`),
    }),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
    /** The form of a saved shipment, titled by its number ("Pengapalan SHP-… "). */
    formOf: (shipmentNo: string) => root.locator(`dialog[data-testid="shipment-form"][aria-label^="Pengapalan ${shipmentNo} "]`),
  };
}

/** The shipments list and its report figures. */
export function shipmentsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('shipments-count');
  const grid = part('shipments-grid');
  return {
    count,
    grid,
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/shipments')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}
