import type { Fairness, PurchaseSuggestion, SupplierPool } from '../../../shared/api/planning';
import { allocate } from './allocate';
import { fairnessOf, lastPlanWeek, loadTable } from './fairness';
import { planMaterials } from './mrp';
import { promiseShipDate, type PromiseOutcome } from './promise';
import { finishReasons } from './reasons';
import { buildScene, type Scene } from './scene';
import { DEFAULT_SETTINGS, type LateResult, type PlanAssignment, type PlanInput, type PlanSettings, type UnitWeekLoad } from './types';

export interface EngineResult {
  assignments: PlanAssignment[];
  late: LateResult[];
  purchases: PurchaseSuggestion[];
  suppliers: SupplierPool[];
  fairness: Fairness;
  /** SKUs of open lines whose product has no labour minutes: planned by pieces only. */
  byPieces: string[];
  weeks: string[];
  load: UnitWeekLoad[];
  /** For a promise on top of this plan. */
  scene: Scene;
  uncommitted: Map<number, number>;
}

/** The last week holding any work, so the heat map shows kept work beyond the open lines too. */
function lastLoadedWeek(scene: Scene): number {
  const { used } = scene.book;
  const weeks = scene.calendar.weeks;
  let last = -1;
  for (let i = 0; i < used.length; i++) if (used[i] > 0) last = Math.max(last, i % weeks);
  return last;
}

/**
 * The whole plan from plain data: allocation of open lines to workshops, then the material plan
 * of what it assigned (planned work only: issued SPKs took their materials when issued).
 */
export function runEngine(input: PlanInput, settings: PlanSettings = DEFAULT_SETTINGS): EngineResult {
  const scene = buildScene(input, settings);
  const { assignments, late } = allocate(scene);
  finishReasons(scene, assignments);
  const byPieces = new Set<string>();
  for (const line of input.lines) {
    const product = scene.products.get(line.productId);
    if (product && product.labourMinutes <= 0) byPieces.add(product.sku);
  }
  const requirements = assignments.filter((a) => a.status === 'planned').map((a) => ({ productId: a.productId, qty: a.qty, start: a.start }));
  const materials = planMaterials(input.today, requirements, input.bom, input.materials, input.openPurchases);
  const table = loadTable(scene, 0, Math.max(lastPlanWeek(scene), lastLoadedWeek(scene)) + 1);
  return {
    assignments,
    late,
    purchases: materials.purchases,
    suppliers: materials.suppliers,
    fairness: fairnessOf(scene),
    byPieces: [...byPieces].sort(),
    weeks: table.weeks,
    load: table.load,
    scene,
    uncommitted: materials.uncommitted,
  };
}

/** A promise for a prospective order against the plan as it stands; the plan is not changed. */
export function promiseOn(plan: EngineResult, lines: { sku: string; qty: number }[]): PromiseOutcome {
  return promiseShipDate(plan.scene, plan.uncommitted, lines);
}
