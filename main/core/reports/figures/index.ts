import type { CentreFigures } from '../../../../shared/api/centre-figures';
import { monthsOf, type ReportPeriod } from '../../../../shared/api/exports';
import type { CallContext } from '../../platform/app';
import { capacityByUnitMonth, type FigureUnit } from './capacity';
import { productionTotals, type ProductionCell } from '../../production/production-figures';
import { figuresAsOf } from './period';
import { registryFigures } from '../../registry/registry-figures';

/**
 * The centre's figures of a period, each defined once (capacity.ts here, production/production-figures.ts, registry/registry-figures.ts):
 * the production report, the government profile, the registry report, the roadmap's actuals, the
 * dashboard and the CLI read them here, so a figure is the same number wherever it is shown.
 *
 * UTILISATION: production quantity ÷ capacity over the same months — the months with production
 * data. A month without any delivery is not a month of 0 % use but a month without data: it is
 * left out of both sides and named in `missingMonths`.
 */

/** A share in % to two decimals; null where there is nothing to divide by. */
export function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

export interface FigureCells {
  figures: CentreFigures;
  units: FigureUnit[];
  /** Pieces offered per `unitId|month`, in the months with production data only. */
  capacity: Map<string, number>;
  production: Map<string, ProductionCell>;
}

export function centreFigureCells(ctx: CallContext, period: ReportPeriod): FigureCells {
  const today = ctx.app.today();
  const asOf = figuresAsOf(ctx, period);
  const months = monthsOf(period.from, period.to);
  const made = productionTotals(ctx.app.db, `${period.from}-01`, asOf, months);
  const { cells, unpriced, monthsWithData: withData, producedQty, acceptedQty, rejectedQty, productionValueIdr } = made;
  const covered = new Set(withData);
  const { units, capacity: all } = capacityByUnitMonth(ctx, months, today);
  const capacity = new Map([...all].filter(([key]) => covered.has(key.split('|')[1])));
  const known = producedQty !== null;
  const capacityPieces = [...capacity.values()].reduce((total, pieces) => total + pieces, 0);
  const figures: CentreFigures = {
    period,
    asOf,
    months,
    monthsWithData: withData,
    missingMonths: months.filter((month) => !covered.has(month)),
    producedQty,
    acceptedQty,
    rejectedQty,
    productionValueIdr,
    unpricedOrders: unpriced,
    capacity: known ? capacityPieces : null,
    utilisationPct: producedQty === null ? null : pct(producedQty, capacityPieces),
    registry: registryFigures(ctx.app.db, asOf),
  };
  return { figures, units, capacity, production: cells };
}

/** The figures alone (what the JSON of every report carries under the same names). */
export function centreFigures(ctx: CallContext, period: ReportPeriod): CentreFigures {
  return centreFigureCells(ctx, period).figures;
}
