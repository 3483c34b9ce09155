import type { DashboardLate, DashboardPurchase, DashboardPurchases } from '../../../shared/api/dashboard';
import type { LastPlan, LateReason } from '../../../shared/api/planning';
import type { CallContext } from '../platform/app';
import { materialNames } from '../catalogue/material-queries';
import { ordersByNo } from './dashboard-queries';
import { addDays, dayNumber, isoDay, mondayOf } from '../planning/calendar';
import { openSuggestions } from '../purchasing/open-suggestions';
import type { Currency } from '../../../shared/money';

/** Lines listed on a card; the page behind the link has the rest. */
const FIRST = 5;

/** The saved plan's late lines: how many, why, and the first few with their buyer and ship-by date. */
export function dashboardLate(ctx: CallContext, plan: LastPlan): DashboardLate {
  const reasons = new Map<LateReason, { message: string; lines: number }>();
  let shortQty = 0;
  for (const line of plan.late) {
    shortQty += line.shortQty;
    const reason = reasons.get(line.reason);
    if (reason) reason.lines += 1;
    else reasons.set(line.reason, { message: line.message, lines: 1 });
  }
  const first = plan.late.slice(0, FIRST);
  const orders = ordersByNo(ctx.app.db, first.map((line) => line.orderNo));
  return {
    lines: plan.late.length,
    shortQty,
    byReason: [...reasons].map(([reason, value]) => ({ reason, ...value })).sort((a, b) => b.lines - a.lines),
    first: first.map((line) => ({ ...line, buyerName: orders.get(line.orderNo)?.buyerName ?? null, shipBy: orders.get(line.orderNo)?.shipBy ?? null })),
  };
}

/**
 * The plan's open purchase suggestions (openSuggestions: not yet on a purchase order) and of them
 * those to order by the end of this week or already too late as of today (the plan may be some
 * days old).
 */
export function dashboardPurchases(ctx: CallContext, today: string): DashboardPurchases | null {
  const view = openSuggestions(ctx, today);
  if (!view) return null;
  const weekEnd = addDays(isoDay(mondayOf(dayNumber(today))), 6);
  const materials = materialNames(ctx.app.db);
  const due = view.open.filter((suggestion) => suggestion.orderBy <= weekEnd);
  const lines: DashboardPurchase[] = due.map(({ isLate, ...suggestion }) => {
    const material = materials.get(suggestion.materialCode.toUpperCase());
    return {
      ...suggestion,
      late: isLate,
      materialName: material?.name ?? suggestion.materialCode,
      currency: material?.currency ?? 'IDR',
    };
  });
  const value = new Map<Currency, number>();
  for (const line of lines) if (line.cost > 0) value.set(line.currency, (value.get(line.currency) ?? 0) + line.cost);
  const first = [...lines]
    .sort((a, b) => Number(b.late) - Number(a.late) || a.orderBy.localeCompare(b.orderBy) || a.materialCode.localeCompare(b.materialCode))
    .slice(0, FIRST);
  return {
    open: view.open.length,
    openLate: view.open.filter((suggestion) => suggestion.isLate).length,
    weekEnd,
    lines: lines.length,
    lateLines: lines.filter((line) => line.late).length,
    value: [...value].map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => Number(b.currency === 'IDR') - Number(a.currency === 'IDR') || a.currency.localeCompare(b.currency)),
    unpricedLines: lines.filter((line) => line.cost <= 0).length,
    onPurchaseOrders: view.onPurchaseOrders,
    first,
  };
}
