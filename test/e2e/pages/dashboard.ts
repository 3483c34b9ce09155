import type { Locator } from 'playwright-core';
import { pageOf, type Root, type Opener } from './kit';

// The dashboard (#/dashboard): KPI tiles and the cards that need attention.

/** The dashboard: KPI tiles, late orders, load, purchases to make, missing rates, export months. */
export function dashboardScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    buyNone: part('dash-buy-none'),
    buyValue: part('buy-value'),
    dashboard: part('dashboard'),
    dashboardAsOf: part('dashboard-as-of'),
    exportMonths: part('dash-export-months'),
    kpiBuyValue: part('kpi-buy-value'),
    kpiExportsValue: part('kpi-exports-value'),
    kpiLateValue: part('kpi-late-value'),
    kpiMembers: part('kpi-members'),
    kpiOrders: part('kpi-orders'),
    kpiOrdersValue: part('kpi-orders-value'),
    kpiTargetValue: part('kpi-target-value'),
    lateLink: part('dash-late-link'),
    lateNone: part('dash-late-none'),
    lateNoneLink: part('dash-late-none-link'),
    loadNone: part('dash-load-none'),
    missingRates: part('dash-missing-rates'),
    missingRatesLink: part('dash-missing-rates-link'),
    orders: part('dash-orders'),
    /** Opens the screen by its address, as a bookmark would. */
    open: (session: Opener) => pageOf(root).goto(session.url('#/dashboard')),
    lateCount: part('late-count'),
    lateLine: part('late-line'),
    loadBars: part('load-bars'),
    missingRate: part('missing-rate'),
    /** One bar per destination country in the export shares chart (`US`, `DE`…). */
    countryBars: (country: string) => part(`export-country-bars-${country}`),
    /** Every bar of a chart: the months of exports, the destinations, the weeks of load. */
    allMonthBars: root.locator('[data-testid^="export-month-bars-"]'),
    allCountryBars: root.locator('[data-testid^="export-country-bars-"]'),
    allLoadBars: root.locator('[data-testid^="load-bars-"]'),
  };
}
