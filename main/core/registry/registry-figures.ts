import type { RegistryFigures } from '../../../shared/api/centre-figures';
import type { Db } from '../platform/db/connection';
import { registrySummary } from './registry-queries';
import { registryHistoryStarts } from './registry-history-queries';

/**
 * MEMBERS, UNITS, WORKERS — the one definition every report uses, read from the registry's dated
 * history as it stood at the end of a day (registry-queries.ts):
 * - members: members whose status that day is aktif (non-aktif and keluar do not count);
 * - units: business units not removed with a state by then; active ones, and dormant = the rest;
 * - workers: the workers of the active units.
 * Before the registry holds any state (a new centre, or a day before its history) a figure is
 * null — unknown, never zero.
 */
export function registryFigures(db: Db, asOf: string): RegistryFigures {
  const starts = registryHistoryStarts(db);
  const knowsUnits = starts.units !== null && starts.units <= asOf;
  const knowsMembers = starts.members !== null && starts.members <= asOf;
  const summary = registrySummary(db, asOf);
  const units = knowsUnits ? summary.units : null;
  return {
    asOf,
    members: knowsMembers ? summary.activeMembers : null,
    units,
    activeUnits: knowsUnits ? summary.activeUnits : null,
    dormantUnits: knowsUnits ? summary.units - summary.activeUnits : null,
    workers: knowsUnits ? summary.workers : null,
    registeredMonthlyCapacity: knowsUnits ? summary.monthlyCapacity : null,
  };
}
