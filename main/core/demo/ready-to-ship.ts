import type { Db } from '../platform/db/connection';
import { addDays } from './random';

interface Candidate {
  id: number;
  country: string;
  orderDate: string;
  shipBy: string;
  status: string;
}

/**
 * Export work a user can ship from the demo on its first day: the two export orders of buyers in
 * different countries due soonest (one to seven weeks ahead, ordered at least three weeks ago)
 * are ready — made, handed in and checked, not yet on any shipment (a few days overdue where the
 * book has nothing due sooner) — and the next one due three weeks or more ahead is in production. The order book's dates are kept; only the status moves on. Returns the ids of
 * the ready orders, which the demo's own shipments leave for the user.
 */
export function keepExportWorkOpen(db: Db, today: string, now: string): Set<number> {
  const exportOrders = db.prepare(
    `SELECT o.id, b.country, o.order_date AS orderDate, o.ship_by AS shipBy, o.status
     FROM sales_order o JOIN buyer b ON b.id = o.buyer_id
     WHERE b.kind = 'export' AND o.status NOT IN ('cancelled', 'draft') AND o.ship_by BETWEEN @from AND @to
     ORDER BY o.ship_by, o.id`,
  );
  const drafts = db.prepare(
    `SELECT o.id, b.country, o.order_date AS orderDate, o.ship_by AS shipBy, o.status
     FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE b.kind = 'export' AND o.status = 'draft' AND o.ship_by >= @from ORDER BY o.ship_by, o.id`,
  );
  const ready: Candidate[] = [];
  // Due soon first; a thin book may only have orders a few days overdue, finished but not yet gone.
  for (const [from, to] of [[7, 49], [-10, 49]] as const) {
    for (const order of exportOrders.all({ from: addDays(today, from), to: addDays(today, to) }) as Candidate[]) {
      const isNew = !ready.some((r) => r.id === order.id || r.country === order.country);
      if (ready.length < 2 && isNew && order.orderDate <= addDays(today, -21)) ready.push(order);
    }
  }
  // An order just placed may be started at once: drafts count here, confirmed in the same stroke.
  const later = [...(exportOrders.all({ from: addDays(today, 21), to: addDays(today, 120) }) as Candidate[]), ...(drafts.all({ from: addDays(today, 21) }) as Candidate[])];
  const making = later.find((order) => !ready.some((r) => r.id === order.id) && order.orderDate <= addDays(today, -3));
  const update = db.prepare('UPDATE sales_order SET status = ?, updated_at = ? WHERE id = ?');
  for (const order of ready) update.run('ready', now, order.id);
  if (making && making.status !== 'ready') update.run('in-production', now, making.id);
  return new Set(ready.map((order) => order.id));
}
