import { OPEN_ASSIGNMENT_STATUSES, type AssignmentRow, type AssignmentStatus, type LastPlan } from '../../../../shared/api/planning';
import type { ToBuyList } from '../../../../shared/api/purchasing';

/**
 * What the plan screen says about the last plan, in one place: its tiles and the members' spread
 * in words. The screen and the printed plan both take them from here, so paper and screen
 * cannot disagree.
 */

type Words = (key: string, params?: Record<string, unknown>) => string;
type Figure = (value: number) => string;

const OPEN = new Set<AssignmentStatus>(OPEN_ASSIGNMENT_STATUSES);

/** Work still to be made: what the SPK tile counts and the printed plan lists. */
export function isOpenWork(row: AssignmentRow): boolean {
  return OPEN.has(row.status);
}

/** The members' spread in words and figures: how many got work, the lowest, highest and mean load. */
export function spreadText(plan: LastPlan, fmt: Figure, t: Words): string {
  const { fairness } = plan;
  if (fairness.units === 0) return t('plan.fairnessNone');
  const pct = (share: number) => fmt(Math.round(share * 100));
  return t('plan.fairness', { withWork: fmt(fairness.withWork), units: fmt(fairness.units), lowest: pct(fairness.lowest), highest: pct(fairness.highest), mean: pct(fairness.mean) });
}

/** SKUs planned by pieces named on the summary; the rest are counted. */
const NAMED_SKUS = 8;

/** The SKUs planned by pieces only: the first few by name, then how many more. */
export function namedSkus(skus: string[], fmt: Figure): string {
  const named = skus.slice(0, NAMED_SKUS).join(', ');
  return skus.length > NAMED_SKUS ? `${named} … (+${fmt(skus.length - NAMED_SKUS)})` : named;
}

export interface PlanTile {
  key: 'lines' | 'assignments' | 'late' | 'purchases';
  value: string;
  label: string;
  isBad?: boolean;
}

/** Lines planned, open SPKs, late lines, and suggestions not yet on a PO (as purchasing, the dashboard and the materials report count them). */
export function planTiles(plan: LastPlan, openAssignments: number | null, toBuy: ToBuyList | null, fmt: Figure, t: Words): PlanTile[] {
  const toOrder = toBuy?.open ?? plan.purchases.length;
  const late = toBuy?.late ?? plan.purchases.filter((purchase) => purchase.late).length;
  return [
    { key: 'lines', value: fmt(plan.linesPlanned), label: t('ui.plan.linesPlanned') },
    { key: 'assignments', value: openAssignments === null ? '…' : fmt(openAssignments), label: t('ui.plan.assignments') },
    { key: 'late', value: fmt(plan.late.length), label: t('ui.plan.lateLines'), isBad: plan.late.length > 0 },
    { key: 'purchases', value: fmt(toOrder), label: t('ui.plan.purchases', { late: fmt(late) }), isBad: late > 0 },
  ];
}
