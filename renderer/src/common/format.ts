import type { Locale } from '../../../shared/i18n';

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** `1234` → `1.234` in Indonesian (`1,234` in English). Empty for missing values. */
export function formatNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return numberFormats[locale].format(value);
}

/** The KTP NIK in the groups people read it in: `3515 0612 3456 0001`. */
export function formatNik(nik: string | null): string {
  return nik ? nik.replace(/(\d{4})(?=\d)/g, '$1 ') : '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
