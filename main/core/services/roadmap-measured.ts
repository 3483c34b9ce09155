import type { StandardKpi } from '../../../shared/api/roadmap';
import type { Db } from '../db/connection';
import { exportFacts, knownExportMonths } from '../db/export-facts';
import { registrySummary } from '../db/registry';
import { productionValueByYear, registryHistoryStarts } from '../db/roadmap-actuals';

/**
 * The standard KPIs as the data measures them, year by year: exports from the export facts
 * (history now, shipments later), production value from delivered work, units, workers and
 * members from the registry's dated history at each year's end (today for the current year).
 * A year the data does not reach is absent from the map: unknown, never zero.
 */

export interface Measured {
  value: number;
  /** Export value: months of that year with at least one export fact. */
  monthsWithData: number | null;
}

export type MeasuredActuals = Record<StandardKpi, Map<number, Measured>>;

function exportsByYear(db: Db, fromYear: number, toYear: number, thisMonth: string): Map<number, Measured> {
  const sums = new Map<number, number>();
  for (const fact of exportFacts(db, `${fromYear}-01`, `${toYear}-12`)) {
    const year = Number(fact.month.slice(0, 4));
    sums.set(year, (sums.get(year) ?? 0) + fact.fobUsd);
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
  for (const [year, value] of productionValueByYear(db, fromYear, lastYear)) result['production-idr'].set(year, { value, monthsWithData: null });
  const starts = registryHistoryStarts(db);
  for (let year = fromYear; year <= lastYear; year++) {
    const asOf = year < currentYear ? `${year}-12-31` : today;
    const knowsUnits = starts.units !== null && starts.units <= asOf;
    const knowsMembers = starts.members !== null && starts.members <= asOf;
    if (!knowsUnits && !knowsMembers) continue;
    const summary = registrySummary(db, asOf);
    if (knowsUnits) {
      result['active-units'].set(year, { value: summary.activeUnits, monthsWithData: null });
      result.workers.set(year, { value: summary.workers, monthsWithData: null });
    }
    if (knowsMembers) result.members.set(year, { value: summary.members, monthsWithData: null });
  }
  return result;
}
