import { formatDateId } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/i18n';
import { type Currency, CURRENCIES, formatMoney } from '../../../../shared/money';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

// Material per unit of product: 0,05 kg of glue, 10,6667 sqft of leather.
const quantityFormats: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 }),
};

/** `1234` → `1.234` in Indonesian (`1,234` in English). Empty for missing values. */
export function formatNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return numberFormats[locale].format(value);
}

/** A quantity with up to four decimals (`0,0556`), as the stock ledger keeps it. */
export function formatQty(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return quantityFormats[locale].format(value);
}

/** An amount in minor units with its currency: `Rp 1.234.567`, `USD 12,50`. */
export function formatAmount(minor: number | null | undefined, currency: Currency, locale: Locale): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return '';
  const known = CURRENCIES.find((code) => code === currency);
  return known ? formatMoney(minor, known, locale) : `${currency} ${formatNumber(minor, locale)}`;
}

/** The KTP NIK in the groups people read it in: `3515 0612 3456 0001`. */
export function formatNik(nik: string | null): string {
  return nik ? nik.replace(/(\d{4})(?=\d)/g, '$1 ') : '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A moment stored in UTC (an audit entry, a backup) as the desk's clock reads it: `07/12/2026 05:38`. */
export function localStamp(at: string): string {
  const when = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `${formatDateId(day)} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}
