import { z } from 'zod';
import { COUNTRIES } from '../countries';
import { idField, requiredText } from '../domain/fields';
import type { FobGap } from '../domain/fob';
import type { MadeFile } from './files';
import type { UsdCents } from '../money';

/**
 * Export history (months before the app, or exports not shipped through it) and the reports
 * built on export facts. Money is USD cents; a period is whole months `YYYY-MM`.
 */

/** Reports the app can write; `sentra report <name>`. The suite grows here, one name at a time. */
export const REPORT_NAMES = ['export-performance', 'roadmap', 'registry', 'production', 'materials', 'government', 'shipments'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** Where a month's exports are counted from (ExportMonthSource). */
export type MonthSource = 'history' | 'shipments';
export const MONTH_SOURCES = ['history', 'shipments'] as const satisfies readonly MonthSource[];

export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'invalid.periodMonth' });

/**
 * HS codes of any length customs uses, 4 to 10 digits in pairs, kept dotted after the heading:
 * `4202`, `4202.21`, `4202.21.10`, `4202.21.10.00` (the catalogue's own form for 6 and 8 digits).
 */
export const historyHsCode = z
  .string({ error: 'invalid.required' })
  .trim()
  .transform((v) => v.replace(/[^\d]/g, ''))
  .refine((v) => v.length >= 4 && v.length <= 10 && v.length % 2 === 0, { error: 'invalid.hsCodeHistory' })
  .transform((v) => [v.slice(0, 4), ...(v.slice(4).match(/\d\d/g) ?? [])].join('.'));

/** One month's FOB value to one country for one category and HS code. */
export const exportFactInput = z.object({
  id: idField.optional(),
  year: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(1970, { error: 'invalid.exportYear' }).max(2100, { error: 'invalid.exportYear' }),
  month: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.month' }).min(1, { error: 'invalid.month' }).max(12, { error: 'invalid.month' }),
  country: z
    .string({ error: 'invalid.required' })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v in COUNTRIES, { error: 'invalid.country' }),
  /** The product category's code (`tas`, `dompet`, …). */
  category: requiredText(40),
  hsCode: historyHsCode,
  /** FOB value in US cents. */
  fobUsdCents: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).max(1e13, { error: 'invalid.tooLarge' }),
  /**
   * Saving by hand a row for a month that has shipments that left: which source the month keeps,
   * recorded with the row. Without it (and without an earlier choice) the save is refused with
   * `INVALID_INPUT`, `details: { field: 'monthSource', month, historyUsdCents, shipmentsUsdCents }`.
   */
  monthSource: z.enum(MONTH_SOURCES).optional(),
});
export type ExportFactInput = z.input<typeof exportFactInput>;
export type ExportFactValues = z.output<typeof exportFactInput>;

export interface ExportHistoryRow extends Omit<ExportFactValues, 'id'> {
  id: number;
  updatedAt: string;
}

const byId = z.object({ id: idField });
const period = z.object({ from: monthField.optional(), to: monthField.optional() });

export const exportsInputs = {
  'exports:list': z.object({ year: z.number().int().optional(), country: z.string().max(2).optional() }),
  'exports:save': exportFactInput,
  'exports:remove': byId,
  'exports:restore': byId,
  /** Absent months: January to the last complete month (in January: the whole previous year). */
  'reports:exportPerformance': period,
  /** The month sources of a period: every month with a figure, its source and both figures. */
  'exports:monthSources': z.object({ from: monthField, to: monthField }),
  /** Records which source each of `months` keeps (a month with both counts only that one). */
  'exports:chooseMonthSource': z.object({ months: z.array(monthField).min(1).max(600), source: z.enum(MONTH_SOURCES) }),
  'files:report': period.extend({ name: z.enum(REPORT_NAMES) }),
};

/**
 * A month under way in a period: the period counts it through `throughDay` (today), and the
 * comparison counts the same month a year earlier through the same day. JSON:
 * `"partialMonth": {"month": "2026-12", "throughDay": 6}`; null for a period of whole months.
 */
export interface PartialMonth {
  month: string;
  throughDay: number;
}

/** A period of whole months (but for `partialMonth`) and the same months one year earlier. */
export interface ReportPeriod {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  partialMonth: PartialMonth | null;
}

/**
 * Where a month's exports are counted from. A month with both export history and shipments that
 * left counts one of them: the one a person chose (`chosen`), else the shipments, and the month is
 * flagged "dua sumber" (`twoSources` and not `chosen`) until somebody chooses.
 */

export interface ExportMonthSource {
  month: string;
  /** The source the month is counted from; null when neither has a figure for it. */
  source: MonthSource | null;
  /** The month's export-history rows summed (US cents); null without a row. */
  historyUsdCents: UsdCents | null;
  /** The month's shipments that left summed (US cents); null without one. */
  shipmentsUsdCents: UsdCents | null;
  twoSources: boolean;
  /** Who chose the source and when; null while the rule (shipments) decides. */
  chosen: { by: string; at: string } | null;
}

/** One line of a breakdown: this period, the same months a year earlier, growth and share in %. */
export interface PerformanceLine {
  /** `2026-01`, `US`, `tas`, `4202.21`. */
  key: string;
  /** The key in the caller's language: `Januari 2026`, `Amerika Serikat`, `Tas`. */
  label: string;
  currentUsdCents: UsdCents;
  previousUsdCents: UsdCents;
  /** Null when the earlier period had nothing to grow from. */
  growthPct: number | null;
  /** Of this period's total; null when the total is zero. */
  sharePct: number | null;
  /** By month only: where the month's figure comes from (ExportMonthSource); absent elsewhere. */
  source?: ExportMonthSource;
  /**
   * False where the figure is unknown rather than zero: a month without a single export fact.
   * Growth and share are then null. Other breakdowns are always known (missing months are listed).
   */
  currentKnown: boolean;
  previousKnown: boolean;
}

/**
 * The export-performance report. Money in USD cents. `target` stays null until a roadmap
 * exists: the report says so rather than printing a zero target.
 */
/** A shipment the export totals leave out, and what its FOB lacks. */
export interface ExportShipmentWithoutFob {
  shipmentNo: string;
  month: string;
  gaps: FobGap[];
}

export interface ExportPerformance {
  period: ReportPeriod;
  /** Null when no month of the period has export data (unknown, not zero). */
  currentUsdCents: UsdCents | null;
  previousUsdCents: UsdCents | null;
  /** Null when either total is unknown or the earlier one is zero. */
  growthPct: number | null;
  /** How many months of each period have export data (knownExportMonths). */
  monthsWithData: { current: number; previous: number };
  /** Months of either period counted from a source chosen or flagged: every month with both sources. */
  monthSources: ExportMonthSource[];
  target: { usd: UsdCents; pct: number } | null;
  /** Whether a roadmap exists: without a target, the report says which is missing, the roadmap or its year. */
  hasRoadmap: boolean;
  /** Months of either period with no export fact at all: data missing, not zero exports. */
  missingMonths: string[];
  missingPreviousMonths: string[];
  /**
   * Shipments that left in a month counted from shipments but whose FOB is unknown (a cost its
   * incoterm needs, or the rate): left out of the totals, and named wherever the totals are shown.
   */
  withoutFob: { current: ExportShipmentWithoutFob[]; previous: ExportShipmentWithoutFob[] };
  facts: number;
  byMonth: PerformanceLine[];
  byCountry: PerformanceLine[];
  byCategory: PerformanceLine[];
  byHsCode: PerformanceLine[];
}

export interface ExportsOutputs {
  'exports:list': ExportHistoryRow[];
  'exports:save': ExportHistoryRow;
  'exports:remove': ExportHistoryRow;
  'exports:restore': ExportHistoryRow;
  'reports:exportPerformance': ExportPerformance;
  'exports:monthSources': ExportMonthSource[];
  'exports:chooseMonthSource': ExportMonthSource[];
  'files:report': MadeFile;
}

/** `2026-03` → months since year 0, for stepping through periods. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOfIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function shiftMonth(month: string, months: number): string {
  return monthOfIndex(monthIndex(month) + months);
}

/**
 * The default report period as of `today` (`YYYY-MM-DD`): January to the last complete month; in
 * January, the whole previous year. The one rule (main/core/reports/period.ts resolves every
 * report's period with it; screens start from it).
 */
export function defaultReportMonths(today: string): { from: string; to: string } {
  const lastComplete = shiftMonth(today.slice(0, 7), -1);
  return { from: `${lastComplete.slice(0, 4)}-01`, to: lastComplete };
}

/** Every month from `from` to `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthOfIndex(i));
  return months;
}
