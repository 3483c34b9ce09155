import type { PurchaseSuggestion } from '../../../shared/api/planning';
import type { CallContext } from '../platform/app';
import { lastPlanRunId, materialsOrderedSince } from './purchase-queries';
import { lastPlanRun } from '../planning/store';

/**
 * "Open suggestions": the one definition the plan screen, the purchasing screen, the PO message,
 * the dashboard and the materials report all count with.
 *
 * The last plan run's purchase suggestions, less those already on a purchase order: a suggestion
 * is on a PO when a purchase order that is not cancelled — pooled from that run, or written by
 * hand since it ran — holds its material. Cancelling the PO (or removing the material from a
 * draft) puts the suggestion back. A suggestion is late when the plan said so or its order-by
 * day has passed since.
 */

export interface OpenSuggestion extends PurchaseSuggestion {
  isLate: boolean;
}

export interface OpenSuggestions {
  run: { id: number; today: string; runAt: string };
  /** All suggestions of the run. */
  total: number;
  open: OpenSuggestion[];
  /** Suggestions of the run already on a purchase order, and those orders' numbers. */
  onPurchaseOrders: number;
  purchaseOrders: string[];
}

/** Null before the first plan run. */
export function openSuggestions(ctx: CallContext, today: string = ctx.app.today()): OpenSuggestions | null {
  const { db } = ctx.app;
  const run = lastPlanRunId(db);
  const plan = lastPlanRun(db);
  if (!run || !plan) return null;
  const ordered = materialsOrderedSince(db, run);
  const covered = new Set(ordered.map((row) => row.materialCode));
  const open: OpenSuggestion[] = [];
  let onPurchaseOrders = 0;
  for (const suggestion of plan.purchases) {
    if (covered.has(suggestion.materialCode.toUpperCase())) onPurchaseOrders += 1;
    else open.push({ ...suggestion, isLate: suggestion.late || suggestion.orderBy < today });
  }
  return { run, total: plan.purchases.length, open, onPurchaseOrders, purchaseOrders: [...new Set(ordered.map((row) => row.poNo))] };
}
