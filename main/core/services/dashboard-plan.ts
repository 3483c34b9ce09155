import type { DashboardLate, DashboardPurchase, DashboardPurchases } from '../../../shared/api/dashboard';
import type { LastPlan, LateReason } from '../../../shared/api/planning';
import type { CallContext } from '../app';
import { materialNames, ordersByNo, suppliersOrderedFromRun } from '../db/dashboard';
import { lastPlanRunId } from '../db/purchases';
import { addDays, dayNumber, isoDay, mondayOf } from '../planning/calendar';

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
 * The plan's purchase suggestions to order by the end of this week, or already too late as of
 * today (the plan may be some days old). Suggestions whose supplier already got a purchase order
 * from this plan are done and left out.
 */
export function dashboardPurchases(ctx: CallContext, plan: LastPlan, today: string): DashboardPurchases {
  const { db } = ctx.app;
  const weekEnd = addDays(isoDay(mondayOf(dayNumber(today))), 6);
  const run = lastPlanRunId(db);
  const ordered = run ? suppliersOrderedFromRun(db, run.id) : new Set<string>();
  const materials = materialNames(db);
  const due = plan.purchases.filter((suggestion) => suggestion.orderBy <= weekEnd);
  const open = due.filter((suggestion) => suggestion.supplierName === null || !ordered.has(suggestion.supplierName.toLowerCase()));
  const lines: DashboardPurchase[] = open.map((suggestion) => {
    const material = materials.get(suggestion.materialCode.toUpperCase());
    return {
      ...suggestion,
      late: suggestion.late || suggestion.orderBy < today,
      materialName: material?.name ?? suggestion.materialCode,
      currency: material?.currency ?? 'IDR',
    };
  });
  const value = new Map<string, number>();
  for (const line of lines) if (line.cost > 0) value.set(line.currency, (value.get(line.currency) ?? 0) + line.cost);
  const first = [...lines]
    .sort((a, b) => Number(b.late) - Number(a.late) || a.orderBy.localeCompare(b.orderBy) || a.materialCode.localeCompare(b.materialCode))
    .slice(0, FIRST);
  return {
    weekEnd,
    lines: lines.length,
    lateLines: lines.filter((line) => line.late).length,
    value: [...value].map(([currency, amount]) => ({ currency, amount }))
      .sort((a, b) => Number(b.currency === 'IDR') - Number(a.currency === 'IDR') || a.currency.localeCompare(b.currency)),
    unpricedLines: lines.filter((line) => line.cost <= 0).length,
    orderedLines: due.length - open.length,
    first,
  };
}
