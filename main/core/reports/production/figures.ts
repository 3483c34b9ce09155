import type { ProductionLine, ProductionReportFull } from '../../../../shared/api/report-production';
import type { ReportPeriod } from '../../../../shared/api/exports';
import { rupiah } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { assignedByUnitMonth } from './queries';
import { centreFigureCells, pct } from '../figures';
import { apportion } from '../../../../shared/exact-money';
import { lastDayOf } from '../figures/period';
import { monthLabel } from '../../../../shared/month-labels';

export { pct };

/**
 * Produksi: per month and workshop, the pieces the SPKs put in the weeks starting that month,
 * what the workshops handed in (production quantity), what QC refused, what the accepted pieces
 * are worth, and the capacity offered against it (utilisation). Every figure comes from the
 * centre's figures (reports/figures): this module only lays them out in months and workshops.
 * Money lines are split from the rounded total so that they add up to it.
 */

interface Sums {
  assigned: number;
  capacity: number;
  delivered: number;
  accepted: number;
  rejected: number;
  exactIdr: number;
}

const empty = (): Sums => ({ assigned: 0, capacity: 0, delivered: 0, accepted: 0, rejected: 0, exactIdr: 0 });

function add(into: Sums, from: Partial<Sums>): void {
  into.assigned += from.assigned ?? 0;
  into.capacity += from.capacity ?? 0;
  into.delivered += from.delivered ?? 0;
  into.accepted += from.accepted ?? 0;
  into.rejected += from.rejected ?? 0;
  into.exactIdr += from.exactIdr ?? 0;
}

type Frame = Pick<ProductionLine, 'key' | 'month' | 'unitCode' | 'unitName' | 'hasData'>;

/** Lines with their values in whole rupiah that add up to the rounded sum of the lot. */
function lines(frames: Frame[], sums: Sums[]): ProductionLine[] {
  const values = apportion(sums.map((s) => s.exactIdr));
  return frames.map((frame, i) => {
    const { exactIdr: _exact, ...rest } = sums[i];
    return { ...frame, ...rest, valueIdr: rupiah(values[i]) };
  });
}

export function productionReport(ctx: CallContext, period: ReportPeriod): ProductionReportFull {
  const { figures, units, capacity, production } = centreFigureCells(ctx, period);
  const covered = new Set(figures.monthsWithData);
  const cells = new Map<string, Sums>();
  const cell = (key: string) => {
    let sums = cells.get(key);
    if (!sums) cells.set(key, (sums = empty()));
    return sums;
  };
  for (const [key, pieces] of capacity) cell(key).capacity += pieces;
  for (const row of assignedByUnitMonth(ctx.app.db, `${period.from}-01`, lastDayOf(period.to))) cell(`${row.unitId}|${row.month}`).assigned += row.qty;
  for (const [key, p] of production) add(cell(key), { delivered: p.handedIn, accepted: p.accepted, rejected: p.rejected, exactIdr: p.exactIdr });
  const byMonthSums = new Map(figures.months.map((month) => [month, empty()]));
  const byUnitSums = new Map<number, Sums>();
  for (const [key, sums] of cells) {
    const [unitId, month] = key.split('|');
    const monthSums = byMonthSums.get(month);
    if (monthSums) add(monthSums, sums);
    const unitSums = byUnitSums.get(Number(unitId)) ?? empty();
    add(unitSums, sums);
    byUnitSums.set(Number(unitId), unitSums);
  }
  const total = empty();
  for (const sums of byMonthSums.values()) add(total, sums);
  const shows = (sums: Sums | undefined) => sums !== undefined && (sums.capacity > 0 || sums.assigned > 0 || sums.delivered > 0);
  const byMonth = lines(
    figures.months.map((month) => ({ key: month, month, unitCode: null, unitName: monthLabel(ctx, month), hasData: covered.has(month) })),
    figures.months.map((month) => byMonthSums.get(month) ?? empty()),
  );
  const shown = units.filter((unit) => shows(byUnitSums.get(unit.id)));
  const byUnit = lines(
    shown.map((unit) => ({ key: unit.unitCode, month: null, unitCode: unit.unitCode, unitName: unit.name, hasData: true })),
    shown.map((unit) => byUnitSums.get(unit.id) ?? empty()),
  );
  const detailCells = shown.flatMap((unit) =>
    figures.months.flatMap((month) => {
      const sums = cells.get(`${unit.id}|${month}`);
      return sums && shows(sums) ? [{ frame: { key: `${unit.unitCode}|${month}`, month, unitCode: unit.unitCode, unitName: unit.name, hasData: covered.has(month) }, sums }] : [];
    }),
  );
  const detail = lines(detailCells.map((d) => d.frame), detailCells.map((d) => d.sums));
  const { exactIdr: _exact, ...totals } = total;
  return {
    period,
    asOf: figures.asOf,
    figures,
    total: { key: 'total', month: null, unitCode: null, unitName: null, ...totals, valueIdr: figures.productionValueIdr ?? rupiah(0), hasData: figures.producedQty !== null },
    rejectPct: figures.producedQty === null ? null : pct(total.rejected, total.delivered),
    utilisationPct: figures.utilisationPct,
    unpricedAccepted: figures.unpricedOrders.reduce((sum, order) => sum + order.accepted, 0),
    missingMonths: figures.missingMonths,
    byMonth,
    byUnit,
    detail,
  };
}
