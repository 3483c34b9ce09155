import { formatMoney } from '../../../shared/money';
import type { ExportFactValues } from '../../../shared/api/exports';
import type { CallContext } from '../platform/app';
import { exportMonthSources } from './export-fact-queries';
import { monthSourceChoices } from './export-month-source-queries';
import { monthLabel } from '../../../shared/month-labels';
import type { StoredProblem } from '../platform/import/kind';

/**
 * Export history for a month that already has shipments that left: the month would have two
 * sources. Until somebody chooses which one the month keeps (export_month_source), the import
 * refuses that month's rows, naming the month with both figures; at preview and again at commit.
 */

export const monthOf = (values: Pick<ExportFactValues, 'year' | 'month'>) => `${values.year}-${String(values.month).padStart(2, '0')}`;

/** Problems of rows in months with shipments and no recorded choice, one per row, with both figures. */
export function monthSourceProblems(ctx: CallContext, rows: { row: number; values: ExportFactValues | null }[]): StoredProblem[] {
  const months = [...new Set(rows.flatMap(({ values }) => (values ? [monthOf(values)] : [])))].sort();
  if (months.length === 0) return [];
  const { db } = ctx.app;
  const stored = new Map(exportMonthSources(db, months[0], months[months.length - 1]).map((month) => [month.month, month]));
  const chosen = monthSourceChoices(db, months[0], months[months.length - 1]);
  const fileUsd = new Map<string, number>();
  for (const { values } of rows) if (values) fileUsd.set(monthOf(values), (fileUsd.get(monthOf(values)) ?? 0) + values.fobUsdCents);
  const usd = (cents: number) => formatMoney(cents, 'USD', ctx.locale);
  return rows.flatMap(({ row, values }) => {
    if (!values) return [];
    const month = monthOf(values);
    const shipments = stored.get(month)?.shipmentsUsdCents ?? null;
    if (shipments === null || chosen.has(month)) return [];
    const history = (stored.get(month)?.historyUsdCents ?? 0) + (fileUsd.get(month) ?? 0);
    return [{ row, key: 'month', message: ctx.t('exports.source.importConflict', { month: monthLabel(ctx, month), shipments: usd(shipments), history: usd(history) }) }];
  });
}
