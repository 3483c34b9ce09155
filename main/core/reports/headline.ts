import { shiftMonth, type PartialMonth, type ReportPeriod } from '../../../shared/api/exports';
import type { CallContext } from '../platform/app';

/** The period as every report's `--json` gives it: `from`, `to`, `previous_from`, `previous_to`, `partialMonth` (null or `{"month","throughDay"}`). */
export function periodJson(period: ReportPeriod): Record<string, unknown> {
  return { from: period.from, to: period.to, previous_from: period.previousFrom, previous_to: period.previousTo, partialMonth: period.partialMonth };
}

/** The headline's line for a period that runs into this month. */
export function partialText(ctx: CallContext, partial: PartialMonth): string {
  return ctx.t('exports.report.partialMonth', { day: partial.throughDay, month: partial.month, previous: shiftMonth(partial.month, -12) });
}
