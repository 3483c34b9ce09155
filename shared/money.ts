/**
 * Money is an integer count of the currency's minor unit (rupiah have none; USD cents), always
 * with its currency. Exchange rates are data with a date, never constants here.
 */
export const CURRENCIES = ['IDR', 'USD', 'EUR', 'JPY', 'CNY', 'SGD', 'MYR', 'AUD'] as const;
export type Currency = (typeof CURRENCIES)[number];

const MINOR_DIGITS: Record<Currency, number> = { IDR: 0, USD: 2, EUR: 2, JPY: 0, CNY: 2, SGD: 2, MYR: 2, AUD: 2 };

export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency];
}

/** 12.5 USD → 1250; rounds half away from zero as an invoice would. */
export function toMinor(amount: number, currency: Currency): number {
  const factor = 10 ** MINOR_DIGITS[currency];
  return Math.sign(amount) * Math.round(Math.abs(amount) * factor);
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
export function toRupiah(minor: number, currency: Currency, idrPerUnit: number): number {
  return Math.round(fromMinor(minor, currency) * idrPerUnit);
}
