import { monthIndex, shiftMonth, type ReportPeriod } from '../../../shared/api/exports';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';

/** The longest period compared with the year before: longer ones would overlap their own comparison. */
export const MAX_PERIOD_MONTHS = 12;

/**
 * The report's months and the same months one year earlier. Without months: the centre's year to
 * date (January to this month). With only one end given, the other stays in the same year.
 */
export function resolvePeriod(ctx: CallContext, from: string | undefined, to: string | undefined): ReportPeriod {
  const thisMonth = ctx.app.today().slice(0, 7);
  const end = to ?? (from && from.slice(0, 4) < thisMonth.slice(0, 4) ? `${from.slice(0, 4)}-12` : thisMonth);
  const start = from ?? `${end.slice(0, 4)}-01`;
  if (monthIndex(end) < monthIndex(start)) throw new AppError('INVALID_INPUT', ctx.t('exports.report.periodOrder'), { field: 'to' });
  if (monthIndex(end) > monthIndex(thisMonth)) {
    throw new AppError('INVALID_INPUT', ctx.t('exports.report.periodFuture', { month: monthLabel(ctx, thisMonth) }), { field: 'to' });
  }
  if (monthIndex(end) - monthIndex(start) + 1 > MAX_PERIOD_MONTHS) {
    throw new AppError('INVALID_INPUT', ctx.t('exports.report.periodTooLong', { months: MAX_PERIOD_MONTHS }), { field: 'from' });
  }
  return { from: start, to: end, previousFrom: shiftMonth(start, -12), previousTo: shiftMonth(end, -12) };
}

/** `2026-03` → `Maret 2026` (short: `Mar 2026`). */
export function monthLabel(ctx: CallContext, month: string, short = false): string {
  return `${monthName(ctx, month, short)} ${month.slice(0, 4)}`;
}

function monthName(ctx: CallContext, month: string, short: boolean): string {
  return ctx.t(`exports.${short ? 'monthShort' : 'month'}.${Number(month.slice(5, 7))}`);
}

/** `Januari–November 2026`, or `Juli 2025–Juni 2026` across a year end, or `Maret 2026` for one month; short: `Jan–Nov 2026`. */
export function periodLabel(ctx: CallContext, from: string, to: string, short = false): string {
  if (from === to) return monthLabel(ctx, from, short);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${monthName(ctx, from, short)}–${monthLabel(ctx, to, short)}`;
  return `${monthLabel(ctx, from, short)}–${monthLabel(ctx, to, short)}`;
}
