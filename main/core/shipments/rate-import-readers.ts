import { isoDate } from '../../../shared/dates';
import type { Checked } from '../../../shared/normalize';
import { CURRENCIES } from '../../../shared/money';
import { asDate, type RawCell } from '../platform/import/cells';

/**
 * Bank Indonesia's "Kurs Transaksi BI" download writes its dates as US text with a time,
 * `1/31/2024 12:00:00 AM` (month first); a time with AM/PM marks that layout. Anything else is a
 * date as every list reads it (real dates, serials, day-first text, `17 Agu 2024`).
 */
export function readRateDate(cell: RawCell): Checked<unknown> {
  if (typeof cell.value === 'string') {
    const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+\d{1,2}:\d{2}(:\d{2})?\s*(AM|PM)$/i.exec(cell.value.trim());
    if (us) {
      const iso = isoDate(Number(us[3]), Number(us[1]), Number(us[2]));
      return iso === null ? { ok: false, key: 'invalid.date' } : { ok: true, value: iso };
    }
    // A time after a day-first date ("31/01/2024 00:00") is dropped.
    const dated = /^(.+?)\s+\d{1,2}:\d{2}(:\d{2})?$/.exec(cell.value.trim());
    if (dated) return asDate({ value: dated[1] });
  }
  return asDate(cell);
}

const FOREIGN = CURRENCIES.filter((code) => code !== 'IDR');

/**
 * The currency a one-currency download names above its table ("Mata Uang : USD", "Kurs USD",
 * "USD - US Dollar"): the first foreign currency code standing as a word in the title rows.
 */
export function currencyInTitles(titles: readonly string[]): string | null {
  for (const title of titles) {
    for (const word of title.toUpperCase().split(/[^A-Z]+/)) {
      if ((FOREIGN as readonly string[]).includes(word)) return word;
    }
  }
  return null;
}

/** Rupiah per one unit, to 4 decimals (a yen is about Rp 105,2431). */
export function perUnit(rupiah: number, unit: number): number {
  return Math.round((rupiah / unit) * 10_000) / 10_000;
}
