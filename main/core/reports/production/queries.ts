import type { Db } from '../../platform/db/connection';

/**
 * The production figures' sums, aggregated in SQL per workshop and month so that a centre with
 * tens of thousands of SPKs and deliveries returns a few thousand rows: assigned pieces from the
 * SPK weeks (`assignment_week (week_start)`), deliveries by day (`delivery (delivered_on)`).
 */

export interface AssignedSum {
  unitId: number;
  month: string;
  qty: number;
}

/** Pieces of SPKs not cancelled, by workshop and the month their week starts in (as the heat map counts them). */
export function assignedByUnitMonth(db: Db, fromDay: string, toDay: string): AssignedSum[] {
  return db
    .prepare(
      `SELECT a.unit_id AS unitId, substr(aw.week_start, 1, 7) AS month, SUM(aw.qty) AS qty
       FROM assignment_week aw JOIN work_assignment a ON a.id = aw.assignment_id
       WHERE aw.week_start >= ? AND aw.week_start <= ? AND a.status <> 'cancelled'
       GROUP BY a.unit_id, month`,
    )
    .all(fromDay, toDay) as AssignedSum[];
}

export interface UnitStateRow {
  unitId: number;
  unitCode: string;
  name: string;
  validFrom: string | null;
  isActive: number | null;
  monthlyCapacity: number | null;
  offeredCapacity: number | null;
  isRemoved: number;
}

/** Every workshop (removed ones too: their past work counts) with its capacity history up to a day, oldest state first. */
export function unitCapacityHistory(db: Db, toDay: string): UnitStateRow[] {
  return db
    .prepare(
      `SELECT u.id AS unitId, u.unit_code AS unitCode, u.name, s.valid_from AS validFrom, s.is_active AS isActive,
              s.monthly_capacity AS monthlyCapacity, u.offered_capacity AS offeredCapacity, u.removed_at IS NOT NULL AS isRemoved
       FROM business_unit u LEFT JOIN unit_state s ON s.unit_id = u.id AND s.valid_from <= ?
       ORDER BY u.unit_code, s.valid_from`,
    )
    .all(toDay) as UnitStateRow[];
}
