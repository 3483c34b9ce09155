import { addDays } from '../../../shared/dates';
import { RATE_WINDOW_DAYS } from '../../../shared/rates';
import type { Db } from '../platform/db/connection';
import type { Random } from './random';
import type { Currency } from '../../../shared/money';

/**
 * Daily rupiah rates, as Bank Indonesia publishes them: every working day (Monday to Friday,
 * none on weekends) from January 2022 to the demo's today. The dollar follows anchor months
 * (DOMAIN §6: about Rp14.610 late 2022, 15.700 in autumn 2023, 16.200–16.300 in 2024, Rp16.808 in
 * April 2025, 16.600–16.900 in 2026), linear between them, with a seeded day-to-day drift of a few
 * tenths of a percent; the first working day of an anchor month is the anchor exactly, so the
 * documented figures can be found again. The euro and the yen follow the broad path of their
 * dollar crosses. A weekend value takes Friday's rate (shared/rates.ts).
 */
type Anchors = readonly (readonly [month: string, value: number])[];

const USD_IDR: Anchors = [
  ['2022-01', 14_340], ['2022-06', 14_650], ['2022-12', 14_610], ['2023-06', 14_950], ['2023-10', 15_700], ['2023-12', 15_450],
  ['2024-06', 16_300], ['2024-12', 16_000], ['2025-04', 16_808], ['2025-09', 16_450], ['2025-12', 16_650], ['2026-06', 16_750],
];
const USD_PER_EUR: Anchors = [['2022-01', 1.13], ['2022-09', 0.99], ['2023-06', 1.08], ['2024-06', 1.08], ['2025-01', 1.03], ['2025-06', 1.15], ['2026-06', 1.16]];
const JPY_PER_USD: Anchors = [['2022-01', 115], ['2022-10', 147], ['2023-06', 141], ['2024-06', 158], ['2025-01', 156], ['2025-06', 144], ['2026-06', 150]];

export const FIRST_RATE_MONTH = '2022-01';
const CURRENCIES = ['USD', 'EUR', 'JPY'] as const;
type RateCurrency = (typeof CURRENCIES)[number];

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** A day as a fractional month index: the 1st is the month itself, the 16th about half-way on. */
function dayIndex(day: string): number {
  return monthIndex(day) + (Number(day.slice(8, 10)) - 1) / 31;
}

/** Linear between anchors, flat before the first and beyond the last one. */
function along(anchors: Anchors, at: number): number {
  for (let i = 0; i < anchors.length; i++) {
    const here = monthIndex(anchors[i][0]);
    if (here >= at) {
      if (i === 0 || here === at) return anchors[i][1];
      const previous = monthIndex(anchors[i - 1][0]);
      return anchors[i - 1][1] + (anchors[i][1] - anchors[i - 1][1]) * ((at - previous) / (here - previous));
    }
  }
  return anchors[anchors.length - 1][1];
}

/** Rupiah per one USD, EUR and JPY by working day; `byCurrency` keeps each month's first working day's rate by `YYYY-MM`. */
export interface RateTable {
  /** Months from January 2022 to today's month. */
  months: string[];
  /** Working days with rates, oldest first. */
  days: string[];
  byDay: Record<RateCurrency, Map<string, number>>;
  byCurrency: Record<RateCurrency, Map<string, number>>;
}

function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function buildRates(random: Random, today: string): RateTable {
  const table: RateTable = { months: [], days: [], byDay: { USD: new Map(), EUR: new Map(), JPY: new Map() }, byCurrency: { USD: new Map(), EUR: new Map(), JPY: new Map() } };
  const anchorMonths = new Set(USD_IDR.map(([month]) => month));
  // Day-to-day drift around the path, pulled back to it: a few tenths of a percent.
  let drift = 0;
  let crossDrift = 0;
  for (let day = `${FIRST_RATE_MONTH}-01`; day <= today; day = addDays(day, 1)) {
    const month = day.slice(0, 7);
    if (table.months[table.months.length - 1] !== month) table.months.push(month);
    if (!isWorkingDay(day)) continue;
    drift = drift * 0.92 + (random.next() - 0.5) * 0.0025;
    crossDrift = crossDrift * 0.9 + (random.next() - 0.5) * 0.003;
    const isAnchorDay = anchorMonths.has(month) && !table.byCurrency.USD.has(month);
    const at = dayIndex(day);
    const usd = isAnchorDay ? along(USD_IDR, monthIndex(month)) : Math.round(along(USD_IDR, at) * (1 + drift));
    table.days.push(day);
    table.byDay.USD.set(day, usd);
    table.byDay.EUR.set(day, Math.round(usd * along(USD_PER_EUR, at) * (1 + crossDrift)));
    // The yen is worth about a hundred rupiah: two decimals keep the rate meaningful.
    table.byDay.JPY.set(day, Math.round((usd / along(JPY_PER_USD, at)) * (1 - crossDrift) * 100) / 100);
    for (const currency of CURRENCIES) {
      if (!table.byCurrency[currency].has(month)) table.byCurrency[currency].set(month, table.byDay[currency].get(day) ?? 0);
    }
  }
  return table;
}

/** The rate a value of `date` uses and its day, by the rule of shared/rates.ts; null for rupiah and beyond the window. */
export function rateOfDay(rates: RateTable, currency: Currency, date: string): { rate: number; on: string } | null {
  if (currency !== 'USD' && currency !== 'EUR' && currency !== 'JPY') return null;
  for (let back = 0; back <= RATE_WINDOW_DAYS; back++) {
    const day = addDays(date, -back);
    const rate = rates.byDay[currency].get(day);
    if (rate !== undefined) return { rate, on: day };
  }
  return null;
}

/** The rate for an order date (Friday's on a weekend); rupiah orders carry none. */
export function rateOn(rates: RateTable, currency: Currency, date: string): number | null {
  return rateOfDay(rates, currency, date)?.rate ?? null;
}

export function writeRates(db: Db, rates: RateTable): number {
  const insert = db.prepare("INSERT INTO exchange_rate (currency, valid_on, idr_per_unit, source) VALUES (?, ?, ?, 'demo')");
  let count = 0;
  for (const currency of CURRENCIES) {
    for (const day of rates.days) {
      insert.run(currency, day, rates.byDay[currency].get(day));
      count++;
    }
  }
  return count;
}
