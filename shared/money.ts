/**
 * Money is an integer count of the currency's minor unit (rupiah have none; USD cents), always
 * with its currency. Exchange rates are data with a date, never constants here.
 */
export const CURRENCIES = ['IDR', 'USD', 'EUR', 'JPY', 'CNY', 'SGD', 'MYR', 'AUD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A code read from outside (a file, the database, a request) that is one of ours. */
export function isCurrency(code: unknown): code is Currency {
  return typeof code === 'string' && (CURRENCIES as readonly string[]).includes(code);
}

declare const unit: unique symbol;
/**
 * A count of money in one unit, told apart by the type checker only (at run time a plain number):
 * a rupiah figure cannot be passed where US cents are meant. Sums and products of branded numbers
 * are plain numbers again; the constructors below name their unit once more.
 */
type Counted<Unit extends string> = number & { readonly [unit]: Unit };
/** Whole rupiah (the rupiah has no minor unit in use). */
export type Rupiah = Counted<'IDR'>;
/** US cents: 1250 is USD 12.50. */
export type UsdCents = Counted<'USD cents'>;
/** Minor units of the currency kept beside the amount (cents of USD, whole yen, whole rupiah). */
export type MinorUnits = Counted<'minor units'>;

/** Whole rupiah, as computed or read from a rupiah column. */
export function rupiah(amount: number): Rupiah {
  return amount as Rupiah;
}

/** US cents, as computed or read from a `*_usd_cents` column. */
export function usdCents(amount: number): UsdCents {
  return amount as UsdCents;
}

/** Minor units of the currency the caller keeps beside them. */
export function minorUnits(amount: number): MinorUnits {
  return amount as MinorUnits;
}

/** Money sums keep their unit: the sum of rupiah is rupiah. */
export function sumOf<Amount extends Rupiah | UsdCents | MinorUnits>(amounts: Iterable<Amount>): Amount {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total as Amount;
}

const MINOR_DIGITS: Record<Currency, number> = { IDR: 0, USD: 2, EUR: 2, JPY: 0, CNY: 2, SGD: 2, MYR: 2, AUD: 2 };

export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency];
}

/** 12.5 USD → 1250; rounds half away from zero as an invoice would. */
export function toMinor(amount: number, currency: Currency): MinorUnits {
  const factor = 10 ** MINOR_DIGITS[currency];
  return minorUnits(Math.sign(amount) * Math.round(Math.abs(amount) * factor));
}

export function fromMinor(minor: number, currency: Currency): number {
  return minor / 10 ** MINOR_DIGITS[currency];
}

/** US cents as dollars with two decimals, as JSON prints them (725.54); unknown stays null. */
export function usdFromCents(cents: number | null): number | null {
  return cents === null ? null : fromMinor(Math.round(cents), 'USD');
}

/** `Rp 1.234.567` or `USD 12,50` in Indonesian; `IDR 1,234,567` / `USD 12.50` in English. */
export function formatMoney(minor: number, currency: Currency, locale: 'id' | 'en' = 'id'): string {
  const digits = MINOR_DIGITS[currency];
  const text = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fromMinor(minor, currency),
  );
  return currency === 'IDR' && locale === 'id' ? `Rp ${text}` : `${currency} ${text}`;
}

/** An amount in rupiah at a rate (rupiah per unit of the currency). */
export function toRupiah(minor: number, currency: Currency, idrPerUnit: number): Rupiah {
  return rupiah(Math.round(fromMinor(minor, currency) * idrPerUnit));
}
