import type { Db } from '../platform/db/connection';
import { exportMonthSources } from '../shipments/export-fact-queries';
import { setMonthSourceChoice } from '../shipments/export-month-source-queries';
import type { Random } from './random';

/**
 * The centre's export history before the app, month by month from 2018 until the month before
 * its first shipment made in the app (by default the month before today), calibrated to
 * DOMAIN.md: about USD 300.000 a year in 2018 (a few percent of a Rp60–80 miliar turnover), a
 * slump in 2020, a rebound in 2021–2022 and 4½–6½ % a year since, a little under the roadmap's
 * 5 % a year from 2018. The same trend sizes the export orders the app ships (export-book.ts).
 * Destinations weighted USA > Japan > Belgium/Netherlands > Malaysia > China; mostly bags, then
 * wallets and belts, some suitcases: about 1.400 rows. The stress scale starts in 2010 and ships
 * more lines a month, about 6.000 rows.
 *
 * One export series: the history stops the month before the first shipment made in the app and the
 * shipments carry on from that month, so no month has two sources and none is missing. Should a
 * month ever have both (a shipment drawn into a history month), its choice is recorded as a person
 * would: the shipments, chosen by the demo (export_month_source), never left to the silent rule.
 */

const BASE_YEAR = 2018;
const BASE_USD = 300_000;
/** Year over year: 2019 +4 %, 2020 −38 %, 2021 back to 95 % of 2018's level, 2022 +7 %, then 4½–6½ %. */
const YEAR_FACTOR: Record<number, number> = { 2018: 1, 2019: 1.04, 2020: 0.645, 2021: 0.95, 2022: 1.02 };
/** Shipments bunch before the Christmas season abroad and thin out around Lebaran. */
const SEASON = [0.8, 0.75, 0.85, 0.9, 0.9, 0.95, 1, 1.1, 1.2, 1.2, 1.15, 0.95];

const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 45], ['JP', 17], ['BE', 10], ['NL', 9], ['MY', 8], ['CN', 5], ['DE', 3], ['AU', 2], ['SG', 1],
];
/** Category, HS code, share of exports. */
const LINES: readonly (readonly [string, string, number])[] = [
  ['tas', '4202.21', 30], ['tas', '4202.22', 18], ['tas', '4202.92', 7], ['dompet', '4202.31', 12], ['dompet', '4202.32', 5],
  ['ikat-pinggang', '4203.30', 13], ['koper', '4202.11', 5], ['koper', '4202.12', 4], ['jaket', '4203.10', 3], ['sepatu', '6403.99', 3],
];

/** The year's level against 2018's, chained on the year before (`previous`) after 2021. */
function yearFactor(year: number, previous: number | undefined, random: Random): number {
  if (year < BASE_YEAR) return Math.pow(0.97, BASE_YEAR - year) * (0.98 + random.next() * 0.04);
  if (YEAR_FACTOR[year] !== undefined) return YEAR_FACTOR[year];
  return (previous ?? 1) * (1.045 + random.next() * 0.02);
}

/** The centre's exports in USD a year, from `firstYear` to `lastYear`: one trend for history and app alike. */
export type ExportTrend = Map<number, number>;

export function exportTrend(random: Random, firstYear: number, lastYear: number): ExportTrend {
  const trend: ExportTrend = new Map();
  let factor: number | undefined;
  for (let year = Math.min(firstYear, BASE_YEAR); year <= lastYear; year++) {
    factor = yearFactor(year, factor, random);
    if (year >= firstYear) trend.set(year, BASE_USD * factor);
  }
  return trend;
}

/** The share of a year's exports that leaves in the given months (1–12), by the season. */
export function seasonShare(months: readonly number[]): number {
  const all = SEASON.reduce((sum, weight) => sum + weight, 0);
  return months.reduce((sum, month) => sum + (SEASON[month - 1] ?? 0), 0) / all;
}

/** Months from the first to the month before `until`'s (`YYYY-MM`), as year and month numbers. */
function monthsUntil(firstYear: number, until: string): { year: number; month: number }[] {
  const months: { year: number; month: number }[] = [];
  const endIndex = Number(until.slice(0, 4)) * 12 + Number(until.slice(5, 7)) - 2;
  for (let index = firstYear * 12; index <= endIndex; index++) months.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  return months;
}

export interface ExportHistoryOptions {
  today: string;
  now: string;
  isStress: boolean;
  /** The first month the app's own shipments cover (`YYYY-MM`); history stops the month before. Default: today's month. */
  appFrom?: string;
  trend?: ExportTrend;
}

export function writeExportHistory(db: Db, random: Random, options: ExportHistoryOptions): number {
  const insert = db.prepare(
    `INSERT INTO export_history (year, month, country, category_code, hs_code, fob_usd_cents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const countryTotal = COUNTRIES.reduce((sum, [, weight]) => sum + weight, 0);
  const lineTotal = LINES.reduce((sum, [, , weight]) => sum + weight, 0);
  const combos = COUNTRIES.flatMap(([country, countryWeight]) =>
    LINES.map(([category, hsCode, lineWeight]) => ({ country, category, hsCode, weight: (countryWeight / countryTotal) * (lineWeight / lineTotal) })),
  );
  const firstYear = options.isStress ? 2010 : BASE_YEAR;
  const until = options.appFrom && options.appFrom < options.today.slice(0, 7) ? options.appFrom : options.today.slice(0, 7);
  const trend = options.trend ?? exportTrend(random, firstYear, Number(until.slice(0, 4)));
  const seasonTotal = SEASON.reduce((sum, weight) => sum + weight, 0);
  let rows = 0;
  for (const { year, month } of monthsUntil(firstYear, until)) {
    const yearTotal = trend.get(year) ?? BASE_USD;
    const monthTotal = (yearTotal * SEASON[month - 1] * (0.95 + random.next() * 0.1)) / seasonTotal;
    // Small markets ship now and then; the USA's main lines every month.
    const shipped = combos.filter((combo) => random.chance(Math.min(1, combo.weight * (options.isStress ? 40 : 14))));
    const shares = shipped.map((combo) => combo.weight * (0.6 + random.next() * 0.8));
    const shareTotal = shares.reduce((sum, share) => sum + share, 0);
    shipped.forEach((combo, i) => {
      const cents = Math.round((monthTotal * shares[i] * 100) / shareTotal);
      insert.run(year, month, combo.country, combo.category, combo.hsCode, cents, options.now, options.now);
      rows++;
    });
  }
  for (const both of exportMonthSources(db, `${firstYear}-01`, options.today.slice(0, 7)).filter((m) => m.twoSources)) {
    setMonthSourceChoice(db, { month: both.month, source: 'shipments', chosenBy: 'demo', chosenAt: options.now });
  }
  return rows;
}
