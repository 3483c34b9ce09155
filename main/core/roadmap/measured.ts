import type { StandardKpi } from '../../../shared/api/roadmap';
import { monthsOf } from '../../../shared/api/exports';
import { usdCents, type UsdCents } from '../../../shared/money';
import type { Db } from '../platform/db/connection';
import { exportFacts, knownExportMonths } from '../shipments/export-fact-queries';
import { registryHistoryStarts } from '../registry/registry-history-queries';
import { productionTotals } from '../production/production-figures';
import { registryFigures } from '../registry/registry-figures';

/**
 * The standard KPIs as the data measures them, year by year, by the definitions every report
 * uses: exports from the export facts (db/export-facts.ts), production value from the centre's
 * figures (production/production-figures.ts: accepted pieces at the order's price, rounded once),
 * active units, workers and members (aktif) from the registry figures at each year's end (today
 * for the current year). A year the data does not reach is absent from the map: unknown, never zero.
 */

export interface Measured {
  value: number;
  /** Exports and production: months of that year with data. */
  monthsWithData: number | null;
  /** Production value: orders without a rupiah rate left out (the figure is partial). */
  unpricedOrders?: string[];
}

export type MeasuredActuals = Record<StandardKpi, Map<number, Measured>>;

function exportsByYear(db: Db, fromYear: number, toYear: number, thisMonth: string): Map<number, Measured> {
  const sums = new Map<number, UsdCents>();
  for (const fact of exportFacts(db, `${fromYear}-01`, `${toYear}-12`)) {
    const year = Number(fact.month.slice(0, 4));
    sums.set(year, usdCents((sums.get(year) ?? 0) + fact.fobUsdCents));
  }
  // Months known to the data, zero-export months of the app's time included.
  const months = new Map<number, number>();
  for (const month of knownExportMonths(db, `${fromYear}-01`, `${toYear}-12`, thisMonth)) {
    const year = Number(month.slice(0, 4));
    months.set(year, (months.get(year) ?? 0) + 1);
  }
  const years = [...new Set([...sums.keys(), ...months.keys()])].sort((a, b) => a - b);
  return new Map(years.map((year) => [year, { value: sums.get(year) ?? 0, monthsWithData: months.get(year) ?? 0 }]));
}

function productionByYear(db: Db, fromYear: number, toYear: number, today: string): Map<number, Measured> {
  const years = new Map<number, Measured>();
  for (let year = fromYear; year <= toYear; year++) {
    const end = `${year}-12-31` < today ? `${year}-12-31` : today;
    const totals = productionTotals(db, `${year}-01-01`, end, monthsOf(`${year}-01`, end.slice(0, 7)));
    if (totals.productionValueIdr === null) continue;
    years.set(year, { value: totals.productionValueIdr, monthsWithData: totals.monthsWithData.length, unpricedOrders: totals.unpriced.map((order) => order.orderNo) });
  }
  return years;
}

export function measuredActuals(db: Db, fromYear: number, toYear: number, today: string): MeasuredActuals {
  const currentYear = Number(today.slice(0, 4));
  const lastYear = Math.min(toYear, currentYear);
  const result: MeasuredActuals = {
    'export-usd': new Map(),
    'production-idr': new Map(),
    'active-units': new Map(),
    workers: new Map(),
    members: new Map(),
  };
  if (lastYear < fromYear) return result;
  result['export-usd'] = exportsByYear(db, fromYear, lastYear, today.slice(0, 7));
  result['production-idr'] = productionByYear(db, fromYear, lastYear, today);
  const starts = registryHistoryStarts(db);
  const first = [starts.units, starts.members].filter((day): day is string => day !== null).sort()[0];
  for (let year = fromYear; year <= lastYear; year++) {
    const asOf = year < currentYear ? `${year}-12-31` : today;
    if (first === undefined || first > asOf) continue;
    const figures = registryFigures(db, asOf);
    if (figures.activeUnits !== null) result['active-units'].set(year, { value: figures.activeUnits, monthsWithData: null });
    if (figures.workers !== null) result.workers.set(year, { value: figures.workers, monthsWithData: null });
    if (figures.members !== null) result.members.set(year, { value: figures.members, monthsWithData: null });
  }
  return result;
}
