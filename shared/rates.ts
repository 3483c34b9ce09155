/**
 * The rate of a date, written once for the backend and the screens: a value uses the rate recorded
 * on its own date, else the latest earlier one at most RATE_WINDOW_DAYS before (a weekend or a
 * holiday falls back to the last working day), else its rate is unknown (null) — never an older
 * rate, which could be a month stale. Whoever shows a value names `validOn`, the date actually used.
 */
import { addDays } from './dates';
import type { Currency } from './money';

export const RATE_WINDOW_DAYS = 7;

export interface DatedRate {
  currency: Currency;
  validOn: string;
}

/** The earliest day whose rate a value of `date` may still use. */
export function oldestUsableRateDay(date: string): string {
  return addDays(date, -RATE_WINDOW_DAYS);
}

/** The rate a value of `date` in `currency` uses, or null when none lies within the window. */
export function rateOfDate<R extends DatedRate>(rates: readonly R[], currency: Currency, date: string): R | null {
  const oldest = oldestUsableRateDay(date);
  let best: R | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency || rate.validOn > date || rate.validOn < oldest) continue;
    if (!best || rate.validOn > best.validOn) best = rate;
  }
  return best;
}

/**
 * Rupiah per one unit a rate may plausibly be (a wider band than any year since 2000): a rate
 * outside is a typing slip or a quote per 100 units, refused on import. Currencies not named here
 * are not judged.
 */
export const PLAUSIBLE_IDR_PER_UNIT: Readonly<Record<string, readonly [number, number]>> = {
  USD: [5_000, 50_000], EUR: [5_000, 60_000], JPY: [30, 1_000], CNY: [500, 8_000], SGD: [3_000, 40_000],
  MYR: [1_000, 12_000], AUD: [3_000, 40_000],
};

export function isPlausibleRate(currency: Currency, idrPerUnit: number): boolean {
  const band = PLAUSIBLE_IDR_PER_UNIT[currency];
  return !band || (idrPerUnit >= band[0] && idrPerUnit <= band[1]);
}

/** An order or a shipment whose rupiah (or dollar) worth is unknown: no rate within the window of its date. */
export interface MissingRate {
  kind: 'order' | 'shipment';
  id: number;
  /** Order number or shipment number. */
  no: string;
  currency: Currency;
  /** The date whose rate is missing: the order date, the shipment's rate date (PEB, else ETD, else invoice). */
  date: string;
  /** The newest rate of the currency before the date, too old to use; null when there is none at all. */
  latestBefore: string | null;
}
