import type { TFunction } from 'i18next';
import { shiftMonth, type ExportMonthSource, type ReportPeriod } from '../../../../shared/api/exports';
import type { Locale } from '../../../../shared/i18n';
import { formatAmount } from '../../platform/common/format';
import { monthText } from '../../platform/common/reportFormat';

/**
 * The words the screens print about a period's month sources and its month under way, the same
 * words the workbook and the CLI print (exports.source.*, exports.report.partialMonth).
 */
export function monthSourceNotes(sources: ExportMonthSource[], t: TFunction, locale: Locale): string[] {
  const usd = (cents: number | null) => formatAmount(cents ?? 0, 'USD', locale);
  return sources
    .filter((month) => month.twoSources)
    .map((month) => {
      const label = monthText(month.month, t);
      if (!month.chosen) return t('exports.source.flagged', { month: label, shipments: usd(month.shipmentsUsdCents), history: usd(month.historyUsdCents) });
      const kept = month.source ?? 'history';
      const other = kept === 'history' ? 'shipments' : 'history';
      return t('exports.source.chosen', {
        month: label, source: t(`exports.source.${kept}`), counted: usd(kept === 'history' ? month.historyUsdCents : month.shipmentsUsdCents),
        by: month.chosen.by, at: month.chosen.at.slice(0, 10), other: t(`exports.source.${other}`), otherUsd: usd(other === 'history' ? month.historyUsdCents : month.shipmentsUsdCents),
      });
    });
}

/** `1–6 Desember 2026 dibanding 1–6 Desember 2025 …`, or null for whole months. */
export function partialMonthText(period: ReportPeriod, t: TFunction): string | null {
  const partial = period.partialMonth;
  if (!partial) return null;
  return t('exports.report.partialMonth', { day: partial.throughDay, month: monthText(partial.month, t), previous: monthText(shiftMonth(partial.month, -12), t) });
}

/** A month's source in one word where it matters: `dua sumber` until chosen, else the chosen source; null for a month with one source. */
export function monthSourceWord(source: ExportMonthSource | null | undefined, t: TFunction): string | null {
  if (!source?.twoSources) return source?.source === 'history' ? t('exports.source.history') : null;
  if (!source.chosen) return t('exports.source.twoSources');
  return source.source === null ? null : t(`exports.source.${source.source}`);
}
