import type { Currency } from '../../../../shared/money';
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

export interface DeliveredSum {
  unitId: number;
  month: string;
  currency: Currency;
  rate: number | null;
  accepted: number;
  rejected: number;
  /** accepted × unit price, in the order currency's minor unit (an exact integer sum of the source rows). */
  worth: number;
}

/** Deliveries by workshop, month and the order's currency and rate. */
export function deliveredByUnitMonth(db: Db, fromDay: string, toDay: string): DeliveredSum[] {
  return db
    .prepare(
      `SELECT a.unit_id AS unitId, substr(d.delivered_on, 1, 7) AS month, o.currency, o.idr_rate AS rate,
              SUM(d.accepted) AS accepted, SUM(d.rejected) AS rejected, SUM(d.accepted * ol.unit_price) AS worth
       FROM delivery d
       JOIN work_assignment a ON a.id = d.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id
       JOIN sales_order o ON o.id = ol.order_id
       WHERE d.delivered_on >= ? AND d.delivered_on <= ?
       GROUP BY a.unit_id, month, o.currency, o.idr_rate`,
    )
    .all(fromDay, toDay) as DeliveredSum[];
}

export interface UnpricedOrder {
  orderNo: string;
  currency: Currency;
  accepted: number;
}

/** Orders in a foreign currency without a rupiah rate whose accepted pieces fall in the days: their value is unknown. */
export function unpricedOrders(db: Db, fromDay: string, toDay: string): UnpricedOrder[] {
  return db
    .prepare(
      `SELECT o.order_no AS orderNo, o.currency, SUM(d.accepted) AS accepted
       FROM delivery d
       JOIN work_assignment a ON a.id = d.assignment_id
       JOIN order_line ol ON ol.id = a.order_line_id
       JOIN sales_order o ON o.id = ol.order_id
       WHERE d.delivered_on >= ? AND d.delivered_on <= ? AND o.idr_rate IS NULL AND o.currency <> 'IDR'
       GROUP BY o.id HAVING SUM(d.accepted) > 0 ORDER BY o.order_no`,
    )
    .all(fromDay, toDay) as UnpricedOrder[];
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
