import type { Locale } from '../../../../shared/i18n';

/** Volumes and weights of the shipments report with fixed decimals, so a column's figures line up: 46,937 m³, 2.524,80 kg. */
const FIXED: Record<Locale, Record<2 | 3, Intl.NumberFormat>> = {
  id: { 2: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), 3: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 3 }) },
  en: { 2: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), 3: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 }) },
};

export function m3Text(value: number, locale: Locale): string {
  return FIXED[locale][3].format(value);
}

export function kgText(value: number, locale: Locale): string {
  return FIXED[locale][2].format(value);
}
