import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// Export papers: carton labels and shipping marks, invoice, packing list, proforma, the gaps list.

/** Carton labels and shipping marks. */
export function cartonLabels(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    carton: part('label-carton'),
    cartonLabel: part('carton-label'),
    consignee: part('label-consignee'),
    gap: part('labels-gap'),
    gaps: part('labels-gaps'),
    gross: part('label-gross'),
    item: part('label-item'),
    mainMarks: part('labels-main-marks'),
    marksConsignee: part('marks-consignee'),
    net: part('label-net'),
    origin: part('label-origin'),
    po: part('label-po'),
    sheet: part('label-sheet'),
    sideMarkRun: part('side-mark-run'),
    sideMarksCartons: part('side-marks-cartons'),
  };
}

/** The commercial invoice. */
export function invoiceSheet(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    goods: part('invoice-goods'),
    hs: part('invoice-hs'),
    line: part('invoice-line'),
    marks: part('invoice-marks'),
    say: part('invoice-say'),
    total: part('invoice-total'),
    totalQty: part('invoice-total-qty'),
  };
}

/** The packing list. */
export function packingList(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    goods: part('packing-goods'),
    marks: part('packing-marks'),
    run: part('packing-run'),
    totalCartons: part('packing-total-cartons'),
    totalGross: part('packing-total-gross'),
    totalNet: part('packing-total-net'),
  };
}

/** The export papers of a shipment and what they still lack. */
export function exportPapers(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    bank: part('paper-bank'),
    consignee: part('paper-consignee'),
    coo: part('paper-coo'),
    gap: part('paper-gap'),
    gaps: part('paper-gaps'),
    no: part('paper-no'),
    notify: part('paper-notify'),
    origin: part('paper-origin'),
    payment: part('paper-payment'),
    peb: part('paper-peb'),
    po: part('paper-po'),
    terms: part('paper-terms'),
  };
}

/** The proforma invoice of an order. */
export function proformaSheet(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    amount: part('proforma-amount'),
    balance: part('proforma-balance'),
    bank: part('proforma-bank'),
    consignee: part('proforma-consignee'),
    currency: part('proforma-currency'),
    date: part('proforma-date'),
    deposit: part('proforma-deposit'),
    destination: part('proforma-destination'),
    discharge: part('proforma-discharge'),
    gaps: part('proforma-gaps'),
    goods: part('proforma-goods'),
    hs: part('proforma-hs'),
    loading: part('proforma-loading'),
    no: part('proforma-no'),
    notify: part('proforma-notify'),
    order: part('proforma-order'),
    origin: part('proforma-origin'),
    payment: part('proforma-payment'),
    po: part('proforma-po'),
    price: part('proforma-price'),
    qty: part('proforma-qty'),
    shipBy: part('proforma-shipby'),
    shipper: part('proforma-shipper'),
    terms: part('proforma-terms'),
    total: part('proforma-total'),
    validity: part('proforma-validity'),
    words: part('proforma-words'),
  };
}
