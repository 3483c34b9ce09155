import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// Print views (#/print/...): the frame of every printed page.

/** A print view: toolbar (back, print), letterhead, title, signature block and each report's printed parts. */
export function printView(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    back: part('print-back'),
    completeness: part('print-completeness'),
    current: part('print-current'),
    date: part('print-date'),
    exportNote: part('print-export-note'),
    exportPerformance: part('print-export-performance'),
    government: part('print-government'),
    growth: part('print-growth'),
    hint: part('print-hint'),
    invoice: part('print-invoice'),
    letterhead: part('letterhead'),
    letterheadName: part('letterhead-name'),
    materials: part('print-materials'),
    materialsStockLine: part('print-materials-stock-line'),
    members: part('print-members'),
    membersTable: part('print-members-table'),
    milestones: part('print-milestones'),
    missing: part('print-missing'),
    po: part('print-po'),
    previous: part('print-previous'),
    print: part('print-print'),
    production: part('print-production'),
    productionByUnitLine: part('print-production-by-unit-line'),
    profile: part('print-profile'),
    proforma: part('print-proforma'),
    registry: part('print-registry'),
    roadmap: part('print-roadmap'),
    shipmentsFobUnknown: part('print-shipments-fob-unknown'),
    shipmentsLine: part('print-shipments-line'),
    shipmentsReport: part('print-shipments-report'),
    signatureBlock: part('signature-block'),
    table: part('print-table'),
    target: part('print-target'),
    title: part('print-title'),
    toolbar: part('print-toolbar'),
    totals: part('print-totals'),
    unitCard: part('print-unit-card'),
    withoutFob: part('print-without-fob'),
    actual: (kpi: string, year: number) => part(`print-actual-${kpi}-${year}`),
    pct: (kpi: string, year: number) => part(`print-pct-${kpi}-${year}`),
    status: (kpi: string, year: number) => part(`print-status-${kpi}-${year}`),
  };
}
