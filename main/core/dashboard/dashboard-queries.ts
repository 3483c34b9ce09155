import type { DueOrder, OpenOrderStatus } from '../../../shared/api/dashboard';
import type { Db } from '../platform/db/connection';
import { orderValueIdrSql } from '../orders/order-queries';

/**
 * The dashboard's own reads: small aggregates over indexed columns, never a scan of order lines.
 * Orders carry their rupiah worth (`value_idr`), so the order book sums without its lines.
 */

const OPEN = `status IN ('confirmed', 'in-production', 'ready')`;

/** A foreign-currency order without a rate: its rupiah worth is unknown and left out of every sum. */
const UNRATED = `(currency <> 'IDR' AND idr_rate IS NULL)`;

/**
 * Count and rupiah worth of open orders per status, through `sales_order (status, ship_by)`; the
 * worth sums the orders whose worth is known, `unrated` counts those without a rate.
 */
export function openOrdersByStatus(db: Db): { status: OpenOrderStatus; orders: number; valueIdr: number; unrated: number }[] {
  return db
    .prepare(
      `SELECT status, COUNT(*) AS orders, COALESCE(SUM(${orderValueIdrSql('sales_order')}), 0) AS valueIdr, COALESCE(SUM(${UNRATED}), 0) AS unrated
       FROM sales_order WHERE ${OPEN} GROUP BY status`,
    )
    .all() as { status: OpenOrderStatus; orders: number; valueIdr: number; unrated: number }[];
}

/** Open orders to ship between two days (both included), and those whose day has passed. */
export function dueOrderCounts(db: Db, from: string, to: string): { dueOrders: number; dueValueIdr: number; overdueOrders: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(ship_by >= @from AND ship_by <= @to), 0) AS dueOrders,
              COALESCE(SUM(CASE WHEN ship_by >= @from AND ship_by <= @to THEN ${orderValueIdrSql('sales_order')} END), 0) AS dueValueIdr,
              COALESCE(SUM(ship_by < @from), 0) AS overdueOrders
       FROM sales_order WHERE ${OPEN} AND ship_by <= @to`,
    )
    .get({ from, to }) as { dueOrders: number; dueValueIdr: number; overdueOrders: number };
}

/** The first open orders due between two days, earliest first. */
export function firstDueOrders(db: Db, from: string, to: string, limit: number): DueOrder[] {
  return db
    .prepare(
      `SELECT o.id, o.order_no AS orderNo, b.name AS buyerName, o.ship_by AS shipBy, o.status, ${orderValueIdrSql('o')} AS valueIdr
       FROM sales_order o JOIN buyer b ON b.id = o.buyer_id
       WHERE o.${OPEN} AND o.ship_by >= @from AND o.ship_by <= @to ORDER BY o.ship_by, o.order_no LIMIT @limit`,
    )
    .all({ from, to, limit }) as DueOrder[];
}

export function hasAnyOrder(db: Db): boolean {
  return (db.prepare('SELECT EXISTS (SELECT 1 FROM sales_order) AS found').get() as { found: number }).found === 1;
}

/** Buyer and ship-by of a few orders by number (the plan's late lines name orders by number). */
export function ordersByNo(db: Db, orderNos: string[]): Map<string, { buyerName: string; shipBy: string }> {
  const find = db.prepare(
    'SELECT b.name AS buyerName, o.ship_by AS shipBy FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE o.order_no = ? COLLATE NOCASE',
  );
  const found = new Map<string, { buyerName: string; shipBy: string }>();
  for (const orderNo of new Set(orderNos)) {
    const row = find.get(orderNo) as { buyerName: string; shipBy: string } | undefined;
    if (row) found.set(orderNo, row);
  }
  return found;
}
