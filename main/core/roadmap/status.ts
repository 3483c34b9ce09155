import type { KpiDirection, KpiMeasure, KpiStatus } from '../../../shared/api/roadmap';

/**
 * How a KPI's year is judged. A year that has passed is achieved or behind. The current year is
 * achieved once the full target is met, otherwise on track when it is where it should be by now:
 * a flow (exports, production) at the target × the months its figure covers (else the months
 * passed) ÷ 12; a level (units, workers)
 * on the straight line from last year's figure to the target.
 */

export interface StatusInput {
  target: number | null;
  actual: number | null;
  direction: KpiDirection;
  measure: KpiMeasure;
  year: number;
  currentYear: number;
  monthsPassed: number;
  /** A flow's months covered by its actual (null: the months passed). */
  monthsCovered?: number | null;
  /** A level's figure a year earlier (actual, else target), where the straight line starts. */
  previous: number | null;
}

function meets(value: number, goal: number, direction: KpiDirection): boolean {
  return direction === 'up' ? value >= goal : value <= goal;
}

/** Where the KPI should stand by now in the current year. */
export function expectedByNow(input: StatusInput): number | null {
  if (input.target === null) return null;
  // A flow is judged on the months its figure covers: visitors counted to October against 10/12 of the target.
  const share = (input.monthsCovered ?? input.monthsPassed) / 12;
  if (input.measure === 'flow') return input.target * share;
  if (input.previous === null) return input.target;
  return input.previous + (input.target - input.previous) * share;
}

export function kpiStatus(input: StatusInput): KpiStatus {
  const { target, actual, direction } = input;
  if (target === null) return 'no-target';
  if (actual === null) return 'no-data';
  if (meets(actual, target, direction)) return 'achieved';
  if (input.year !== input.currentYear) return 'behind';
  const expected = expectedByNow(input);
  return expected !== null && meets(actual, expected, direction) ? 'on-track' : 'behind';
}

/** Actual ÷ target in % to two decimals; for a KPI that should fall, target ÷ actual (so 100 % and more is met). */
export function pctOfTarget(target: number | null, actual: number | null, direction: KpiDirection): number | null {
  if (target === null || actual === null) return null;
  const [part, whole] = direction === 'up' ? [actual, target] : [target, actual];
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}
