import { z } from 'zod';
import { isoDateField } from '../domain/fields';
import type { OrderStatus } from '../domain/orders';
import type { ExportMonthSource, PerformanceLine, ReportPeriod } from './exports';
import type { LateLine, LateReason, PurchaseSuggestion } from './planning';
import { dashboardRatesInputs, type DashboardRatesOutputs } from './dashboard-rates';
import type { Currency, UsdCents } from '../money';

/**
 * Dasbor: what a manager sees on start, assembled in one call from the export facts, the saved
 * plan and the order book. A card whose source has no data yet is `null` (the screen says so and
 * links to where the data is made), never zeros. Money: export values in USD cents, order values
 * in rupiah, purchase costs in their material's currency minor unit.
 */

/** The roadmap's export target for the year; null where the roadmap has none for it. */
export interface ExportTarget {
  /** Target for the whole year, USD cents. */
  yearUsdCents: UsdCents;
  /** Exports so far this year as % of the year's target, two decimals. */
  achievedPct: number;
}

/** One month of the year chart: null where no export fact exists for it (unknown, not zero). */
export interface ExportMonth {
  month: number;
  currentUsdCents: UsdCents | null;
  previousUsdCents: UsdCents | null;
}

export interface DashboardExports {
  year: number;
  /**
   * The default report period (reports/period.ts: January to the last complete month; in January
   * the whole previous year) against the same months a year earlier; `year` is its year.
   */
  period: ReportPeriod | null;
  /** Null where no month of the period has export data (unknown, not zero). */
  currentUsdCents: UsdCents | null;
  previousUsdCents: UsdCents | null;
  growthPct: number | null;
  /** Months of the period without export data (knownExportMonths: a gap, not zero exports). */
  missingMonths: string[];
  missingPreviousMonths: string[];
  monthsWithData: { current: number; previous: number };
  /** Months of either period with both sources: the one counted, chosen or flagged "dua sumber". */
  monthSources: ExportMonthSource[];
  /** Shipments each total leaves out because their FOB is unknown (export performance names them). */
  withoutFob: { current: number; previous: number };
  /** The whole of the year before, for scale; null when it has no export data. */
  lastYearUsdCents: UsdCents | null;
  target: ExportTarget | null;
  /** Twelve months, January first; a month after the period is null. */
  byMonth: ExportMonth[];
  /** Top five destinations of the period and `other` for the rest (label in the caller's language). */
  byCountry: PerformanceLine[];
  byCategory: PerformanceLine[];
}

export interface LoadWeek {
  /** Monday of the week. */
  weekStart: string;
  /** Pieces planned in all workshops. */
  load: number;
  /** Pieces all active workshops can make, after the production calendar. */
  capacity: number;
  /** Workers' hours the planned work takes, and the hours the workshops' people have (after the calendar). */
  loadHours: number;
  capacityHours: number;
}

export interface DashboardLoad {
  weeks: LoadWeek[];
  /** Active member-owned workshops with capacity in these weeks. */
  memberUnits: number;
  /** Of them, those planned over capacity (pieces or workers' hours) in at least one week. */
  overloadedUnits: number;
  /** Of them, those with no work at all in these weeks. */
  idleUnits: number;
}

export interface DashboardLateLine extends LateLine {
  buyerName: string | null;
  shipBy: string | null;
}

export interface DashboardLate {
  lines: number;
  shortQty: number;
  /** Late lines per reason, most first. */
  byReason: { reason: LateReason; message: string; lines: number }[];
  /** The first few, in the plan's order (earliest ship-by first). */
  first: DashboardLateLine[];
}

export interface DashboardPurchase extends PurchaseSuggestion {
  materialName: string;
  /** The currency of `cost`. */
  currency: Currency;
}

/**
 * The plan's open purchase suggestions (not yet on a purchase order: the one definition the plan,
 * the purchasing screen and the materials report count with), and those to order this week.
 */
export interface DashboardPurchases {
  /** All open suggestions, and how many of them are late (as on the plan and purchasing screens). */
  open: number;
  openLate: number;
  /** Sunday of this week: open suggestions to order by then, or already late. */
  weekEnd: string;
  lines: number;
  lateLines: number;
  /** Costs per currency in minor units; lines without a known cost are counted in `unpricedLines`. */
  value: { currency: Currency; amount: number }[];
  unpricedLines: number;
  /** Suggestions of the plan already on a purchase order, left out of every count here. */
  onPurchaseOrders: number;
  /** Late first, then by order-by date. */
  first: DashboardPurchase[];
}

export type OpenOrderStatus = Extract<OrderStatus, 'confirmed' | 'in-production' | 'ready'>;
export const OPEN_ORDER_STATUSES = ['confirmed', 'in-production', 'ready'] as const satisfies readonly OpenOrderStatus[];

export interface DueOrder {
  id: number;
  orderNo: string;
  buyerName: string;
  shipBy: string;
  status: OpenOrderStatus;
  /** Null: a foreign-currency order without a rate yet ("belum ada kurs"). */
  valueIdr: number | null;
}

export interface DashboardOrders {
  /** Worth sums the orders whose rupiah worth is known; `unrated` counts those without a rate. */
  byStatus: { status: OpenOrderStatus; orders: number; valueIdr: number; unrated: number }[];
  openOrders: number;
  openValueIdr: number;
  /** Open foreign-currency orders without a rate: their worth is unknown, left out of the sums (never 0). */
  unratedOrders: number;
  /** Open orders to ship from today to `dueUntil`, both included. */
  dueUntil: string;
  dueOrders: number;
  dueValueIdr: number;
  /** Open orders whose ship-by date has passed. */
  overdueOrders: number;
  /** The first due ones, earliest ship-by first. */
  firstDue: DueOrder[];
}

export interface Dashboard {
  today: string;
  /** The saved plan the load, late and purchase cards come from; null before the first run. */
  plan: { today: string; runAt: string } | null;
  exports: DashboardExports | null;
  load: DashboardLoad | null;
  late: DashboardLate | null;
  purchases: DashboardPurchases | null;
  /** Null when the centre has no orders at all. */
  orders: DashboardOrders | null;
}

export const dashboardInputs = {
  /** Everything the start screen shows, as of `today` (default: the centre's day). */
  'dashboard:get': z.object({ today: isoDateField.optional() }),
  ...dashboardRatesInputs,
};

export interface DashboardOutputs extends DashboardRatesOutputs {
  'dashboard:get': Dashboard;
}
