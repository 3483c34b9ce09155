import { defaultReportMonths, monthIndex, shiftMonth, type ReportPeriod } from '../../../shared/api/exports';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { monthLabel } from '../../../shared/month-labels';

/** The longest period compared with the year before: longer ones would overlap their own comparison. */
export const MAX_PERIOD_MONTHS = 12;

/** January to the last complete month of `today`'s year; in January, the whole previous year. */
export const defaultPeriodMonths = defaultReportMonths;

/** The default period as of `today`, against the same months a year earlier: whole months only. */
export function defaultPeriod(today: string): ReportPeriod {
  const { from, to } = defaultPeriodMonths(today);
  return { from, to, previousFrom: shiftMonth(from, -12), previousTo: shiftMonth(to, -12), partialMonth: null };
}

/**
 * The report's months and the same months one year earlier: the one definition of a report's
 * period, used by every report, the dashboard and the CLI. Without months: January to the last
 * complete month (in January: the whole previous year), so that a month under way, with its
 * exports and deliveries still to come, is never compared with a whole month a year before.
 * With only one end given, the other stays in the same year. A period the user chooses that
 * runs into this month is compared with the same days a year earlier (`partialMonth`).
 */
export function resolvePeriod(ctx: CallContext, from: string | undefined, to: string | undefined): ReportPeriod {
  const today = ctx.app.today();
  const thisMonth = today.slice(0, 7);
  if (from === undefined && to === undefined) return defaultPeriod(today);
  const fallback = defaultPeriodMonths(today);
  let start = from;
  let end = to;
  if (end === undefined && start !== undefined) {
    const year = start.slice(0, 4);
    end = year < thisMonth.slice(0, 4) ? `${year}-12` : start > fallback.to ? start : fallback.to;
  }
  end = end ?? thisMonth;
  start = start ?? `${end.slice(0, 4)}-01`;
  if (monthIndex(end) < monthIndex(start)) throw new AppError('INVALID_INPUT', ctx.t('exports.report.periodOrder'), { field: 'to' });
  if (monthIndex(end) > monthIndex(thisMonth)) {
    throw new AppError('INVALID_INPUT', ctx.t('exports.report.periodFuture', { month: monthLabel(ctx, thisMonth) }), { field: 'to' });
  }
  if (monthIndex(end) - monthIndex(start) + 1 > MAX_PERIOD_MONTHS) {
    throw new AppError('INVALID_INPUT', ctx.t('exports.report.periodTooLong', { months: MAX_PERIOD_MONTHS }), { field: 'from' });
  }
  const partialMonth = end === thisMonth ? { month: thisMonth, throughDay: Number(today.slice(8, 10)) } : null;
  return { from: start, to: end, previousFrom: shiftMonth(start, -12), previousTo: shiftMonth(end, -12), partialMonth };
}
