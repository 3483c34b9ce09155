import { monthsOf, type ReportPeriod } from '../../../shared/api/exports';
import type { ProductionLine, ProductionReportFull } from '../../../shared/api/report-production';
import { toRupiah } from '../../../shared/money';
import type { CallContext } from '../app';
import { assignedByUnitMonth, deliveredByUnitMonth } from '../db/report-production';
import { monthLabel } from './period';
import { capacityByUnitMonth, lastDayOf } from './production-capacity';

/**
 * Produksi: per month and workshop, the pieces the SPKs put in the weeks starting that month,
 * beside what the workshop could make then (utilisation), what it handed in, what QC refused,
 * and what the accepted pieces are worth. Sums come from SQL per workshop × month; this module
 * only folds them into months, workshops and the total.
 */

type Sums = Pick<ProductionLine, 'assigned' | 'capacity' | 'delivered' | 'accepted' | 'rejected' | 'valueIdr'>;

function emptySums(): Sums {
  return { assigned: 0, capacity: 0, delivered: 0, accepted: 0, rejected: 0, valueIdr: 0 };
}

function add(into: Sums, from: Partial<Sums>): void {
  into.assigned += from.assigned ?? 0;
  into.capacity += from.capacity ?? 0;
  into.delivered += from.delivered ?? 0;
  into.accepted += from.accepted ?? 0;
  into.rejected += from.rejected ?? 0;
  into.valueIdr += from.valueIdr ?? 0;
}

/** A share in % to two decimals; null where there is nothing to divide by. */
export function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

export function productionReport(ctx: CallContext, period: ReportPeriod): ProductionReportFull {
  const { db } = ctx.app;
  const today = ctx.app.today();
  const fromDay = `${period.from}-01`;
  const periodEnd = lastDayOf(period.to);
  const asOf = periodEnd < today ? periodEnd : today;
  const months = monthsOf(period.from, period.to);
  const cells = new Map<string, Sums>();
  const cell = (unitId: number, month: string) => {
    const key = `${unitId}|${month}`;
    let sums = cells.get(key);
    if (!sums) cells.set(key, (sums = emptySums()));
    return sums;
  };
  const { units, capacity } = capacityByUnitMonth(ctx, months, today);
  for (const [key, pieces] of capacity) {
    const [unitId, month] = key.split('|');
    cell(Number(unitId), month).capacity += pieces;
  }
  for (const row of assignedByUnitMonth(db, fromDay, periodEnd)) cell(row.unitId, row.month).assigned += row.qty;
  let unpricedAccepted = 0;
  for (const row of deliveredByUnitMonth(db, fromDay, asOf)) {
    // An order is saved with its rate; a rupiah order may carry none (as the roadmap's production value reads it).
    const rate = row.rate ?? (row.currency === 'IDR' ? 1 : null);
    if (rate === null) unpricedAccepted += row.accepted;
    add(cell(row.unitId, row.month), {
      delivered: row.accepted + row.rejected, accepted: row.accepted, rejected: row.rejected, valueIdr: rate === null ? 0 : toRupiah(row.worth, row.currency, rate),
    });
  }
  // Utilisation only over months with work: a month without any SPK or delivery has no load to set against its capacity.
  const monthsWithWork = new Set<string>();
  for (const [key, sums] of cells) if (sums.assigned > 0 || sums.delivered > 0) monthsWithWork.add(key.split('|')[1]);
  for (const [key, sums] of cells) if (!monthsWithWork.has(key.split('|')[1])) sums.capacity = 0;
  const byMonthSums = new Map(months.map((month) => [month, emptySums()]));
  const byUnitSums = new Map<number, Sums>();
  for (const [key, sums] of cells) {
    const [unitId, month] = key.split('|');
    const monthSums = byMonthSums.get(month);
    if (monthSums) add(monthSums, sums);
    const unitSums = byUnitSums.get(Number(unitId)) ?? emptySums();
    add(unitSums, sums);
    byUnitSums.set(Number(unitId), unitSums);
  }
  const total = emptySums();
  for (const sums of byMonthSums.values()) add(total, sums);
  const hasWork = (sums: Sums) => sums.assigned > 0 || sums.delivered > 0;
  const byMonth = months.map((month): ProductionLine => {
    const sums = byMonthSums.get(month) ?? emptySums();
    return { key: month, month, unitCode: null, unitName: monthLabel(ctx, month), ...sums, hasData: hasWork(sums) };
  });
  const shown = units.filter((unit) => {
    const sums = byUnitSums.get(unit.id);
    return sums !== undefined && (sums.capacity > 0 || hasWork(sums));
  });
  const byUnit = shown.map((unit): ProductionLine => ({
    key: unit.unitCode, month: null, unitCode: unit.unitCode, unitName: unit.name, ...(byUnitSums.get(unit.id) ?? emptySums()), hasData: true,
  }));
  const detail = shown.flatMap((unit) =>
    months.flatMap((month): ProductionLine[] => {
      const sums = cells.get(`${unit.id}|${month}`);
      if (!sums || (sums.capacity === 0 && !hasWork(sums))) return [];
      return [{ key: `${unit.unitCode}|${month}`, month, unitCode: unit.unitCode, unitName: unit.name, ...sums, hasData: true }];
    }),
  );
  return {
    period,
    asOf,
    total: { key: 'total', month: null, unitCode: null, unitName: null, ...total, hasData: hasWork(total) },
    rejectPct: pct(total.rejected, total.delivered),
    utilisationPct: pct(total.assigned, total.capacity),
    unpricedAccepted,
    missingMonths: byMonth.filter((line) => !line.hasData).map((line) => line.key),
    byMonth,
    byUnit,
    detail,
  };
}
