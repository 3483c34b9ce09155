import { OPEN_ORDER_STATUSES, type Dashboard, type DashboardOrders } from '../../../shared/api/dashboard';
import type { CallContext } from '../platform/app';
import { dueOrderCounts, firstDueOrders, hasAnyOrder, openOrdersByStatus } from './dashboard-queries';
import { addDays } from '../planning/calendar';
import { lastPlan } from '../planning/service';
import { dashboardExports } from './exports-tile';
import { dashboardLoad } from './load-tile';
import { dashboardLate, dashboardPurchases } from './plan-tile';

/** Orders due this many days ahead are the ones to chase now. */
const DUE_DAYS = 14;
const FIRST_DUE = 5;

/** The order book at a glance: open orders by status, those due soon and those overdue. Null without any order. */
function dashboardOrders(ctx: CallContext, today: string): DashboardOrders | null {
  const { db } = ctx.app;
  if (!hasAnyOrder(db)) return null;
  const stored = openOrdersByStatus(db);
  const byStatus = OPEN_ORDER_STATUSES.map((status) => stored.find((row) => row.status === status) ?? { status, orders: 0, valueIdr: 0, unrated: 0 });
  const dueUntil = addDays(today, DUE_DAYS);
  return {
    byStatus,
    openOrders: byStatus.reduce((sum, row) => sum + row.orders, 0),
    openValueIdr: byStatus.reduce((sum, row) => sum + row.valueIdr, 0),
    unratedOrders: byStatus.reduce((sum, row) => sum + row.unrated, 0),
    dueUntil,
    ...dueOrderCounts(db, today, dueUntil),
    firstDue: firstDueOrders(db, today, dueUntil, FIRST_DUE),
  };
}

/**
 * Everything the start screen shows, in one call and one read transaction (so the cards agree
 * with each other), from the services and queries the other screens use.
 */
export function dashboard(ctx: CallContext, today: string): Dashboard {
  return ctx.app.db.transaction(() => {
    const plan = lastPlan(ctx);
    return {
      today,
      plan: plan ? { today: plan.today, runAt: plan.runAt } : null,
      exports: dashboardExports(ctx, today),
      load: dashboardLoad(ctx, today, plan !== null),
      late: plan ? dashboardLate(ctx, plan) : null,
      purchases: plan ? dashboardPurchases(ctx, today) : null,
      orders: dashboardOrders(ctx, today),
    };
  })();
}
