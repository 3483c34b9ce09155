import type { DashboardLoad } from '../../../shared/api/dashboard';
import type { CallContext } from '../platform/app';
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
  const total = (pick: (unit: (typeof table.units)[number]) => number[], i: number) => table.units.reduce((sum, unit) => sum + (pick(unit)[i] ?? 0), 0);
  const hours = (minutes: number) => Math.round(minutes / 6) / 10;
  const weeks = table.weeks.map((weekStart, i) => ({
    weekStart,
    load: total((unit) => unit.load, i),
    capacity: total((unit) => unit.capacity, i),
    loadHours: hours(total((unit) => unit.loadMinutes, i)),
    capacityHours: hours(total((unit) => unit.capacityMinutes, i)),
  }));
  if (!hasPlan && weeks.every((week) => week.load === 0)) return null;
  // A member's workshop as the plan counts it (owned by a member who is aktif today): one definition.
  const memberRows = table.units.filter((unit) => unit.memberNo !== null && unit.capacity.some((capacity) => capacity > 0));
  return {
    weeks,
    memberUnits: memberRows.length,
    // Over in a week by the plan's own rule: more pieces than it makes, or more hours than its people have.
    overloadedUnits: memberRows.filter((unit) =>
      unit.load.some((pieces, i) => pieces > (unit.capacity[i] ?? 0) || (unit.loadMinutes[i] ?? 0) > (unit.capacityMinutes[i] ?? 0)),
    ).length,
    idleUnits: memberRows.filter((unit) => unit.load.every((pieces) => pieces === 0)).length,
  };
}
