import type { LastPlan, LateReason, PlanLoad, PlanResult, PromiseResult } from '../../../shared/api/planning';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { addDays, dayNumber, isoDay, mondayOf, weekIndex } from './calendar';
import { consume } from './capacity';
import { promiseOn, runEngine, type EngineResult } from './engine';
import { loadTable } from './fairness';
import { loadCapacityInput, loadPlanInput, loadWeeks } from './queries';
import { buildScene } from './scene';
import { writeReasons } from './reason-store';
import { planSettings } from './settings';
import { lastPlanRun, recordPlanRun, replacePlan } from './store';
import { DEFAULT_SETTINGS, type PlanSettings } from './types';
import { writeTransaction } from '../platform/db/write';

/**
 * Words for late reasons in the caller's language, translated once per reason: a full centre has
 * thousands of late lines and only five reasons.
 */
function lateWords(ctx: CallContext, settings: PlanSettings): (reason: LateReason) => string {
  const words = new Map<LateReason, string>();
  return (reason) => {
    let text = words.get(reason);
    if (text === undefined) {
      text = ctx.t(`plan.late.${reason}`, { days: settings.qcDays });
      words.set(reason, text);
    }
    return text;
  };
}

function toResult(ctx: CallContext, today: string, plan: EngineResult, linesPlanned: number, settings: PlanSettings): PlanResult {
  const word = lateWords(ctx, settings);
  return {
    today,
    assignments: plan.assignments.map((a) => ({
      orderNo: a.orderNo,
      sku: a.sku,
      unitCode: a.unitCode,
      memberNo: a.memberNo,
      qty: a.qty,
      minutes: a.minutes,
      start: a.start,
      end: a.end,
      isPinned: a.isPinned,
      status: a.status,
      reason: a.reason,
    })),
    late: plan.late.map((l) => ({
      orderNo: l.orderNo,
      sku: l.sku,
      shortQty: l.shortQty,
      reason: l.reason,
      message: word(l.reason),
    })),
    purchases: plan.purchases,
    suppliers: plan.suppliers,
    fairness: plan.fairness,
    linesPlanned,
    byPieces: plan.byPieces,
  };
}

/**
 * Plans every open order line as of `today` and saves it: the plan's previous assignments are
 * replaced, pinned and issued ones kept. Reading, planning and saving share one transaction, so
 * the plan never mixes two states of the orders. This is the figure the benchmark times.
 */
export function runPlan(ctx: CallContext, today: string = ctx.app.today(), settings: PlanSettings = planSettings(ctx.app.db)): PlanResult {
  const { db } = ctx.app;
  const now = ctx.app.now();
  return writeTransaction(db, () => {
    const input = loadPlanInput(db, today, settings);
    const plan = runEngine(input, settings);
    const result = toResult(ctx, today, plan, input.lines.length, settings);
    const fresh = plan.assignments.filter((a) => a.keptId === null).map((a) => ({ ...a, pieceRate: 0 }));
    const { ids, ...changes } = replacePlan(db, fresh, now);
    writeReasons(db, fresh.map((a, i) => ({ id: ids[i], reason: a.reason })));
    const { late, purchases, suppliers, fairness, linesPlanned, byPieces } = result;
    recordPlanRun(db, { today, runAt: now, late, purchases, suppliers, fairness, linesPlanned, byPieces }, ctx.app.actor);
    recordAudit(db, {
      at: now,
      actor: ctx.app.actor,
      entity: 'plan',
      entityId: null,
      action: 'run',
      after: { today, ...changes, late: result.late.length, purchases: result.purchases.length, fairness: result.fairness },
    });
    return result;
  });
}

/** The last run as saved, its late reasons worded in the caller's language (not the one it ran in). */
export function lastPlan(ctx: CallContext, settings: PlanSettings = DEFAULT_SETTINGS): LastPlan | null {
  const run = lastPlanRun(ctx.app.db);
  if (!run) return null;
  const word = lateWords(ctx, settings);
  return { ...run, late: run.late.map((line) => ({ ...line, message: word(line.reason) })) };
}

/** The earliest ship date for a prospective order on top of today's plan; nothing is saved. */
export function promiseOrder(ctx: CallContext, lines: { sku: string; qty: number }[], today: string = ctx.app.today(), settings: PlanSettings = planSettings(ctx.app.db)): PromiseResult {
  const plan = runEngine(loadPlanInput(ctx.app.db, today, settings), settings);
  const outcome = promiseOn(plan, lines);
  if (outcome.shipDate !== null) return { shipDate: outcome.shipDate };
  return {
    shipDate: null,
    reason: outcome.reason,
    message: ctx.t(`plan.promise.${outcome.reason}`, { sku: outcome.sku, weeks: settings.horizonWeeks }),
  };
}

/** The saved plan's load per workshop and week beside what each one offers, in pieces and people's time, for the heat map. */
export function planLoad(ctx: CallContext, from: string, weeks: number): PlanLoad {
  const monday = isoDay(mondayOf(dayNumber(from)));
  const settings = { ...planSettings(ctx.app.db), horizonWeeks: weeks };
  const capacity = loadCapacityInput(ctx.app.db, monday, settings);
  const scene = buildScene({ ...capacity, kept: [], products: [], lines: [], bom: new Map(), materials: [], openPurchases: [] }, settings);
  for (const row of loadWeeks(ctx.app.db, monday, addDays(monday, weeks * 7))) {
    const unit = scene.unitIndex.get(row.unitId);
    // The stored pieces and minutes of each week, whatever products they are of.
    if (unit !== undefined) consume(scene.book, unit, weekIndex(scene.calendar, dayNumber(row.weekStart)), row.qty, row.qty > 0 ? row.minutes / row.qty : 0);
  }
  const table = loadTable(scene, 0, weeks);
  const units = new Map(capacity.units.map((u) => [u.unitCode, u]));
  return {
    weeks: table.weeks,
    units: table.load.map((row) => {
      const unit = units.get(row.unitCode);
      return { ...row, name: unit?.name ?? '', grade: unit?.grade ?? null, memberNo: unit?.memberNo ?? null };
    }),
  };
}
