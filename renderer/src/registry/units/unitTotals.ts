import type { Unit } from '../../../../shared/domain/unit';

/** The status bar's figures, counted as registry:summary counts them: workers of active units. */
export function unitTotals(units: Unit[]) {
  let active = 0;
  let workers = 0;
  let capacity = 0;
  for (const unit of units) {
    if (!unit.isActive) continue;
    active++;
    workers += unit.workers;
    capacity += unit.monthlyCapacity;
  }
  return { units: units.length, active, workers, capacity };
}
