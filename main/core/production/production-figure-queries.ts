import type { Currency } from '../../../shared/money';
import type { Db } from '../platform/db/connection';

/** What was handed in, by workshop and month, and the orders whose value is unknown: the production figures' rows. */

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
