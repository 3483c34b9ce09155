import type { DashboardLoad } from '../../../shared/api/dashboard';
import type { CallContext } from '../app';
import { memberUnitCodes } from '../db/dashboard';
import { planLoad } from '../planning/service';

/** The weeks the dashboard looks ahead: two months, the horizon a manager re-plans in. */
export const LOAD_WEEKS = 8;

/**
 * The next weeks' load of all workshops against their capacity, from the same figures as the plan's
 * heat map, and how many member workshops are over capacity in some week or have no work at all.
 * Null when nothing is planned and no plan has been run: there is no load to show yet.
 */
export function dashboardLoad(ctx: CallContext, today: string, hasPlan: boolean): DashboardLoad | null {
  const table = planLoad(ctx, today, LOAD_WEEKS);
  const weeks = table.weeks.map((weekStart, i) => ({
    weekStart,
    load: table.units.reduce((sum, unit) => sum + (unit.load[i] ?? 0), 0),
    capacity: table.units.reduce((sum, unit) => sum + (unit.capacity[i] ?? 0), 0),
  }));
  if (!hasPlan && weeks.every((week) => week.load === 0)) return null;
  const members = memberUnitCodes(ctx.app.db, today);
  const memberRows = table.units.filter((unit) => members.has(unit.unitCode) && unit.capacity.some((capacity) => capacity > 0));
  return {
    weeks,
    memberUnits: memberRows.length,
    overloadedUnits: memberRows.filter((unit) => unit.load.some((pieces, i) => pieces > (unit.capacity[i] ?? 0))).length,
    idleUnits: memberRows.filter((unit) => unit.load.every((pieces) => pieces === 0)).length,
  };
}
