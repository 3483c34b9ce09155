import type { Db } from '../platform/db/connection';
import { dateOfDay, dayNumber } from './calendar';

/** The cooperative plans once a month: the demo's last plan run was on the Monday four weeks before today's week. */
export function lastPlanDay(today: string): string {
  const day = dayNumber(today);
  const monday = day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
  return dateOfDay(monday - 28);
}

/**
 * Leaves the work the next plan run is for: an order not yet due that was confirmed since the
 * last monthly plan, or whose work would not have started by today (five weeks before its
 * ship-by less a week of QC, the demo production's own rule), has no SPK yet and is confirmed,
 * not in production. Older orders already being made keep their SPKs. Run before the
 * production is written, which gives SPKs only to orders in production or past it.
 * Returns the orders moved back.
 */
export function leaveWorkToPlan(db: Db, today: string, now: string): number {
  return db
    .prepare(
      `UPDATE sales_order SET status = 'confirmed', updated_at = @now
       WHERE status = 'in-production' AND ship_by >= @today
         AND (order_date >= @lastPlan OR max(date(order_date, '+3 days'), date(ship_by, '-42 days')) > @today)`,
    )
    .run({ now, today, lastPlan: lastPlanDay(today) }).changes;
}

