import type { TFunction } from 'i18next';
import { formatDateLong, parseDateText } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/i18n';

/** Under a typed date: how it was read ("17 Agustus 2024"), so a day/month mix-up shows at once. */
export function dateHint(text: string, locale: Locale, t: TFunction, emptyHint?: string): string | undefined {
  if (text.trim() === '') return emptyHint ?? t('ui.form.dateFormat');
  const iso = parseDateText(text);
  return iso ? t('ui.form.dateReadAs', { date: formatDateLong(iso, locale) }) : undefined;
}

/** A "per tanggal" date as typed: ISO when it reads as a date, null for today (empty) or unreadable. */
export function readAsOf(text: string): { iso: string | null; isInvalid: boolean } {
  const iso = text.trim() === '' ? null : parseDateText(text);
  return { iso, isInvalid: text.trim() !== '' && iso === null };
}
