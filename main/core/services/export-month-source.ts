import { monthsOf, type ExportMonthSource, type MonthSource } from '../../../shared/api/exports';
import type { CallContext } from '../app';
import { recordAudit } from '../db/audit';
import { exportMonthSources } from '../db/export-facts';
import { setMonthSourceChoice } from '../db/export-month-source';
import { writeTransaction } from '../db/write';

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
