import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// Reports (#/reports): the list, the figures of each report, download and print.

/** The reports screen: the report list, figures, download and print. */
export function reportsScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    asOf: part('report-as-of'),
    byCountryLine: part('report-by-country-line'),
    cancel: part('report-cancel'),
    capacityValue: part('report-capacity-value'),
    currentValue: part('report-current-value'),
    download: part('report-download'),
    exportPerformance: part('report-export-performance'),
    government: part('report-government'),
    governmentUnits: part('report-government-units'),
    growthValue: part('report-growth-value'),
    listGovernment: part('report-list-government'),
    listMaterials: part('report-list-materials'),
    listProduction: part('report-list-production'),
    listRegistry: part('report-list-registry'),
    listShipments: part('report-list-shipments'),
    materials: part('report-materials'),
    membersValue: part('report-members-value'),
    missing: part('report-missing'),
    notice: part('report-notice'),
    previousValue: part('report-previous-value'),
    print: part('report-print'),
    production: part('report-production'),
    productionByMonthLine: part('production-by-month-line'),
    productionDeliveredValue: part('production-delivered-value'),
    productionMissing: part('production-missing'),
    productionRejectsValue: part('production-rejects-value'),
    productionValueValue: part('production-value-value'),
    progress: part('report-progress'),
    progressText: part('report-progress-text'),
    registry: part('report-registry'),
    shipments: part('report-shipments'),
    summaryUnitsValue: part('summary-units-value'),
    targetValue: part('report-target-value'),
    units: part('report-units'),
    unitsValue: part('report-units-value'),
    withoutFob: part('report-without-fob'),
    workersValue: part('report-workers-value'),
    cardValue: (card: string) => part(`report-${card}-value`),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/reports')),
  };
}

/**
 * The shipments report: its headline cards (value and note), the tables by country and by month,
 * and the notice while no shipment has left.
 */
export function shipmentsReport(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    byCountryLine: part('shipments-by-country-line'),
    byMonthCounted: part('shipments-by-month-counted'),
    byMonthLine: part('shipments-by-month-line'),
    fobIdrNote: part('shipments-fobIdr-note'),
    fobIdrValue: part('shipments-fobIdr-value'),
    fobUsdNote: part('shipments-fobUsd-note'),
    fobUsdValue: part('shipments-fobUsd-value'),
    pending: part('shipments-pending'),
    shipmentsValue: part('shipments-shipments-value'),
  };
}
