import type { ReportPeriod } from '../../../../shared/api/exports';
import type { CallContext } from '../../platform/app';

/** `2026-02` → `2026-02-28`. */
export function lastDayOf(month: string): string {
  const [year, monthNo] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthNo, 0)).toISOString().slice(0, 10);
}

/** The last day a period's figures reach: its last day, or today while the period is not over. */
export function figuresAsOf(ctx: CallContext, period: ReportPeriod): string {
  const end = lastDayOf(period.to);
  const today = ctx.app.today();
  return end < today ? end : today;
}
