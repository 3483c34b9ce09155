import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/i18n';
import { type Currency, CURRENCIES, fromMinor } from '../../../../shared/money';
import { formatNumber } from './format';

/** How the dashboard tiles and the report cards write money and shares: short enough for a tile, exact enough to act on. */

const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

const TWO_DECIMALS: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

const COMPACT: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 }),
};

/**
 * Money for a summary: whole units below a million (`USD 281.735`), then in words with two
 * decimals (`Rp 2,92 miliar`, `USD 1,25 juta`; `IDR 2.92 billion` in English), as DESIGN.md asks.
 */
export function bigMoney(minor: number, currency: Currency, locale: Locale, t: TFunction): string {
  const prefix = currency === 'IDR' && locale === 'id' ? 'Rp' : currency;
  return `${prefix} ${bareMoney(minor, currency, locale, t)}`;
}

/** The same without the currency, for columns whose heading names it: `281.735`, `1,25 juta`. */
export function bareMoney(minor: number, currency: Currency, locale: Locale, t: TFunction): string {
  const known = CURRENCIES.find((code) => code === currency);
  const major = known ? fromMinor(minor, known) : minor;
  for (const [size, word] of SCALES) {
    if (Math.abs(major) >= size) return `${TWO_DECIMALS[locale].format(major / size)} ${t(`dashboard.scale.${word}`)}`;
  }
  return formatNumber(Math.round(major), locale);
}

/** US cents as whole dollars for tiles and tables: `USD 281.735`. */
export function usd(cents: number, locale: Locale, t: TFunction): string {
  return bigMoney(cents, 'USD', locale, t);
}

/** An axis tick: `100 rb`, `1,5 jt` (`100K`, `1.5M`). */
export function compactNumber(value: number, locale: Locale): string {
  return COMPACT[locale].format(value);
}

/** A share of 0–1 as a whole percentage for small labels: `37 %`, `<1 %` for a sliver, `0 %` for none. */
export function wholePct(share: number, locale: Locale): string {
  if (share > 0 && share < 0.005) return '<1 %';
  return `${formatNumber(Math.round(share * 100), locale)} %`;
}
