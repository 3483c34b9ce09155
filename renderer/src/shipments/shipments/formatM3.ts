import type { Locale } from '../../../../shared/i18n';

const formats: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
};

/** Cubic metres as forwarders write them, to the litre: `0,096`, `24,974`. */
export function formatM3(value: number | null | undefined, locale: Locale): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : formats[locale].format(value);
}
