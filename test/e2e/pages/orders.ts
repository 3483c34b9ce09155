import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Orders (#/orders).

/** The order form: header, lines, totals, status steps, readiness and the proforma. */
export function orderForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('order-form-save');
  const form = part('order-form');
  return {
    addLine: part('order-add-line'),
    buyer: part('order-buyer'),
    buyerPo: part('order-buyerPo'),
    buyerPoDate: part('order-buyerPoDate'),
    buyerPoDateError: part('order-buyerPoDate-error'),
    cancel: part('order-form-cancel'),
    closedWorkLine: part('order-closed-work-line'),
    confirmSave: part('order-form-confirm-save'),
    currency: part('order-currency'),
    form,
    history: part('order-history'),
    historyReason: part('order-history-reason'),
    idrRateHint: part('order-idrRate-hint'),
    linesPasted: part('order-lines-pasted'),
    linesPastedProblems: part('order-lines-pasted-problems'),
    orderNo: part('order-orderNo'),
    paymentTerms: part('order-paymentTerms'),
    printProforma: part('order-print-proforma'),
    proformaGaps: part('order-proforma-gaps'),
    proformaWorkbook: part('order-proforma-workbook'),
    readyDialog: part('order-ready-dialog'),
    readyForce: part('order-ready-force'),
    readyReason: part('order-ready-reason'),
    readyReasonError: part('order-ready-reason-error'),
    readyReasonShown: part('order-ready-reason-shown'),
    readyShort: part('order-ready-short'),
    save,
    shipBy: part('order-shipBy'),
    status: part('order-status'),
    toConfirmed: part('order-to-confirmed'),
    toReady: part('order-to-ready'),
    total: part('order-total'),
    totalIdr: part('order-total-idr'),
    warnings: part('order-form-warnings'),
    line: (n: number) => ({
      price: part(`order-line-${n}-price`),
      product: part(`order-line-${n}-product`),
      productError: part(`order-line-${n}-product-error`),
      qty: part(`order-line-${n}-qty`),
      qtyError: part(`order-line-${n}-qty-error`),
      total: part(`order-line-${n}-total`),
    }),
    /** Saves and waits for the form to close (it stays open when a field is refused). */
    saveAndClose: async () => {
      await save.click();
      await form.waitFor({ state: 'detached' });
    },
  };
}

/** The orders list. */
export function ordersScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const count = part('orders-count');
  const grid = part('orders-grid');
  return {
    bulkStatus: part('orders-bulk-status'),
    count,
    grid,
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/orders')),
    /** Waits until the status bar's count reads `text` ("3 anggota"). */
    countShows: (text: string | RegExp) => count.filter({ hasText: text }).waitFor(),
    /** The grid row that shows `text` (a number, a name). */
    row: (text: string | RegExp) => grid.locator('.ag-row').filter({ hasText: text }),
  };
}
