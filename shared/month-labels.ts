import { shiftMonth, type ReportPeriod } from './api/exports';
import type { Translate } from './i18n';

/**
 * How a month and a report's period are said, in the caller's language: the report period
 * (main/core/reports/period.ts), the reports' sheets and the export history's month sources all
 * word them the same. Pure words, so they live here, below every area that needs them.
 */

/** Anything that translates: a call context (`ctx`) will do. */
interface Words {
  t: Translate;
}

/** `2026-03` → `Maret 2026` (short: `Mar 2026`). */
export function monthLabel(ctx: Words, month: string, short = false): string {
  return `${monthName(ctx, month, short)} ${month.slice(0, 4)}`;
}

function monthName(ctx: Words, month: string, short: boolean): string {
  return ctx.t(`exports.${short ? 'monthShort' : 'month'}.${Number(month.slice(5, 7))}`);
}

/** `Januari–November 2026`, or `Juli 2025–Juni 2026` across a year end, or `Maret 2026` for one month; short: `Jan–Nov 2026`. */
export function periodLabel(ctx: Words, from: string, to: string, short = false): string {
  if (from === to) return monthLabel(ctx, from, short);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${monthName(ctx, from, short)}–${monthLabel(ctx, to, short)}`;
  return `${monthLabel(ctx, from, short)}–${monthLabel(ctx, to, short)}`;
}

/**
 * The period's label with its partial month said: `1–6 Desember 2026 vs 1–6 Desember 2025`
 * (`exports.report.partialMonth`), or null for a period of whole months.
 */
export function partialMonthLabel(ctx: Words, period: ReportPeriod): string | null {
  const partial = period.partialMonth;
  if (!partial) return null;
  return ctx.t('exports.report.partialMonth', {
    day: partial.throughDay, month: monthLabel(ctx, partial.month), previous: monthLabel(ctx, shiftMonth(partial.month, -12)),
  });
}
