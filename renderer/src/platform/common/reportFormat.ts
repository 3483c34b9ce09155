import type { TFunction } from 'i18next';
import { defaultReportMonths, monthIndex, monthOfIndex, type ExportPerformance } from '../../../../shared/api/exports';
import type { Locale } from '../../../../shared/i18n';
import { fromMinor } from '../../../../shared/money';
import { formatAmount } from './format';
import { bigMoney } from './summaryFormat';

/** How the report screens and the printed reports write months, periods and percentages; the dashboard, the unit card, the roadmap and the export history write theirs the same way. */

/** `2026-03` → `Mar 2026`. */
export function monthText(month: string, t: TFunction): string {
  return `${t(`exports.monthShort.${Number(month.slice(5, 7))}`)} ${month.slice(0, 4)}`;
}

/** `Jan–Nov 2026`; across a year end `Jul 2025–Jun 2026`; one month `Mar 2026`. */
export function periodText(from: string, to: string, t: TFunction): string {
  if (from === to) return monthText(from, t);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${t(`exports.monthShort.${Number(from.slice(5, 7))}`)}–${monthText(to, t)}`;
  return `${monthText(from, t)}–${monthText(to, t)}`;
}

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** `+6,95 %`, `−3,10 %`; a growth that cannot be computed is a dash, never a zero. */
export function growthText(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${PERCENT[locale].format(Math.abs(value))} %`;
}

export function shareText(value: number | null, locale: Locale): string {
  return value === null ? '—' : `${PERCENT[locale].format(value)} %`;
}

/** The quick choices a manager asks for: this year so far, last year, the last twelve months. */
export function presetPeriods(today: string): Record<'yearToDate' | 'lastYear' | 'last12', { from: string; to: string }> {
  const month = today.slice(0, 7);
  const year = Number(today.slice(0, 4));
  return {
    // January to the last complete month (in January the whole previous year): the reports' default period.
    yearToDate: defaultReportMonths(today),
    lastYear: { from: `${year - 1}-01`, to: `${year - 1}-12` },
    last12: { from: monthOfIndex(monthIndex(month) - 11), to: month },
  };
}

/** Why the target card is empty: no roadmap at all, or a roadmap without that year's export target. */
export function missingTargetText(report: Pick<ExportPerformance, 'hasRoadmap' | 'period'>, t: TFunction): { value: string; note: string } {
  const year = report.period.to.slice(0, 4);
  return report.hasRoadmap
    ? { value: t('exports.reports.noTarget', { year }), note: t('exports.reports.noTargetNote', { year }) }
    : { value: t('exports.reports.noRoadmap'), note: t('exports.reports.noRoadmapNote') };
}

/**
 * Money on a headline card, which holds about fifteen characters: from a million up in words
 * (`USD 110,42 juta`) with the exact sum given apart, below that the exact sum itself.
 */
export function cardMoney(minor: number, currency: 'USD' | 'IDR', locale: Locale, t: TFunction): { value: string; exact: string | null } {
  return Math.abs(fromMinor(minor, currency)) >= 1e6
    ? { value: bigMoney(minor, currency, locale, t), exact: formatAmount(minor, currency, locale) }
    : { value: formatAmount(minor, currency, locale), exact: null };
}
