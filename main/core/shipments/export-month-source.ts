import { monthsOf, type ExportFactValues, type ExportMonthSource, type MonthSource } from '../../../shared/api/exports';
import { formatMoney } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { exportMonthSources } from './export-fact-queries';
import { monthSourceChoices, setMonthSourceChoice } from './export-month-source-queries';
import { monthLabel } from '../../../shared/month-labels';
import { writeTransaction } from '../platform/db/write';

/**
 * Choosing which source a month with both export history and shipments keeps. A choice may be
 * recorded before the history arrives (importing it is refused until the month is chosen); it
 * only matters while the month has both. Audited like any change.
 */

/** Records the choice for each month without a transaction of its own (an import writes it with its rows). */
export function writeMonthSources(ctx: CallContext, months: string[], source: MonthSource): void {
  const now = ctx.app.now();
  for (const month of [...new Set(months)].sort()) {
    setMonthSourceChoice(ctx.app.db, { month, source, chosenBy: ctx.app.actor, chosenAt: now });
    recordAudit(ctx.app.db, { at: now, actor: ctx.app.actor, entity: 'export', entityId: null, action: 'month-source', after: { month, source } });
  }
}

export function chooseMonthSource(ctx: CallContext, months: string[], source: MonthSource): ExportMonthSource[] {
  writeTransaction(ctx.app.db, () => writeMonthSources(ctx, months, source));
  const sorted = [...months].sort();
  const chosen = new Set(months);
  return exportMonthSources(ctx.app.db, sorted[0], sorted[sorted.length - 1]).filter((month) => chosen.has(month.month));
}

/** Every month of `from`…`to` with a figure, each with both sources' figures and the one it counts. */
export function listMonthSources(ctx: CallContext, from: string, to: string): ExportMonthSource[] {
  return monthsOf(from, to).length > 0 ? exportMonthSources(ctx.app.db, from, to) : [];
}

/**
 * A history row saved by hand for a month with shipments that left: the month's source chosen
 * with it (`values.monthSource`, recorded), or chosen before; else refused naming both figures, so
 * the screen can ask which one the month keeps. `previousUsdCents`: the row's own stored value when it
 * is changed (it is replaced, not added).
 */
export function settleMonthSource(ctx: CallContext, values: ExportFactValues, previousUsdCents: number): void {
  const month = `${values.year}-${String(values.month).padStart(2, '0')}`;
  if (values.monthSource) {
    writeMonthSources(ctx, [month], values.monthSource);
    return;
  }
  const [sources] = exportMonthSources(ctx.app.db, month, month);
  const shipmentsUsdCents = sources?.shipmentsUsdCents ?? null;
  if (shipmentsUsdCents === null || monthSourceChoices(ctx.app.db, month, month).has(month)) return;
  const historyUsdCents = (sources?.historyUsdCents ?? 0) - previousUsdCents + values.fobUsdCents;
  const usd = (cents: number) => formatMoney(cents, 'USD', ctx.locale);
  throw new AppError('CONFLICT', ctx.t('exports.source.saveConflict', { month: monthLabel(ctx, month), shipments: usd(shipmentsUsdCents), history: usd(historyUsdCents) }), {
    field: 'monthSource', entity: 'exportMonth', id: month, values: { historyUsdCents, shipmentsUsdCents },
  });
}
