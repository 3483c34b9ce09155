import type { AssignmentReason, AssignmentRow } from '../../../shared/api/planning';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { findUnitByCode } from '../registry/unit-queries';
import { dayNumber, isoDay, weekStart } from './calendar';
import { placeFrom } from './capacity';
import { loadCapacityInput } from './queries';
import { buildScene } from './scene';
import { writeReasons } from './reason-store';
import { planSettings } from './settings';
import { findOrderLine, getAssignment, insertAssignments, pinLine, removePlannedAssignments, setPinned, shrinkAssignment, type OrderLineForHand } from './store';
import { writeTransaction } from '../platform/db/write';

/** A manager's overrides: pin what the plan must keep, or give part of a line to a workshop by hand. */

function mustGet(ctx: CallContext, id: number): AssignmentRow {
  const row = getAssignment(ctx.app.db, id);
  if (!row) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return row;
}

export function pinAssignment(ctx: CallContext, id: number, pinned: boolean): AssignmentRow {
  const { db } = ctx.app;
  const now = ctx.app.now();
  writeTransaction(db, () => {
    const before = mustGet(ctx, id);
    setPinned(db, id, pinned, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'assignment', entityId: id, action: pinned ? 'pin' : 'unpin', before });
  });
  return mustGet(ctx, id);
}

function invalid(ctx: CallContext, field: string, key: string, params: Record<string, unknown>): AppError {
  const message = ctx.t(key, params);
  return new AppError('INVALID_INPUT', message, { fields: [{ field, message }] });
}

/** Where a move by hand takes its pieces from: a planned assignment of the same line, elsewhere. */
function takeFromSource(ctx: CallContext, args: HandArgs & { fromAssignmentId: number }, line: OrderLineForHand, targetId: number, now: string): void {
  const { db } = ctx.app;
  const source = mustGet(ctx, args.fromAssignmentId);
  if (source.orderLineId !== args.orderLineId) throw invalid(ctx, 'fromAssignmentId', 'plan.assign.notThisLine', {});
  if (source.status !== 'planned') {
    throw new AppError('LOCKED_RECORD', ctx.t('plan.assign.sourceIssued', { unit: source.unitCode }), {
      field: 'fromAssignmentId', entity: 'assignment', id: source.id, reason: 'status', status: source.status,
    });
  }
  if (args.qty > source.qty) throw invalid(ctx, 'qty', 'plan.assign.moreThanSource', { qty: source.qty, unit: source.unitCode });
  if (findUnitByCode(db, source.unitCode)?.id === targetId) throw invalid(ctx, 'unitCode', 'plan.assign.sameUnit', { unit: source.unitCode });
  shrinkAssignment(db, source.id, args.qty, now);
  pinLine(db, args.orderLineId, now);
  if (source.qty > args.qty) writeReasons(db, [{ id: source.id, reason: byHand(line, source.qty - args.qty) }]);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'assignment', entityId: source.id, action: 'move', before: source, after: { qty: source.qty - args.qty } });
}

function byHand(line: OrderLineForHand, qty: number): AssignmentReason {
  return { kind: 'by-hand', sharePct: Math.round((qty / line.qty) * 100), loadPct: null, loadWeek: null, grade: null, fullUntil: null, byPieces: line.labourMinutes <= 0 };
}

interface HandArgs {
  orderLineId: number;
  unitCode: string;
  qty: number;
  start: string;
  pieceRate?: number;
  fromAssignmentId?: number;
}

/**
 * Gives `qty` of an order line to one workshop, pinned, made from the week of `start` in the
 * pieces and people's time that pinned and issued work leaves free (the plan's own assignments
 * move at the next run). Two ways:
 * - a move (`fromAssignmentId`): the pieces come off that planned assignment (from its last weeks),
 *   and the line's split is pinned as the manager leaves it, so no re-plan splits it again (moving
 *   174 pieces away must not bring 206 back);
 * - otherwise the line's unpinned planned assignments are dropped so the line is never
 *   over-assigned, and the next plan fills what remains around the pinned quantity.
 */
export function assignByHand(ctx: CallContext, args: HandArgs): AssignmentRow {
  const { db } = ctx.app;
  const settings = planSettings(db);
  const today = ctx.app.today();
  const id = writeTransaction(db, () => {
    const line = findOrderLine(db, args.orderLineId);
    if (!line) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
    if (line.status !== 'confirmed' && line.status !== 'in-production') throw invalid(ctx, 'orderLineId', 'plan.assign.lineNotOpen', {});
    const found = findUnitByCode(db, args.unitCode);
    if (!found) throw invalid(ctx, 'unitCode', 'invalid.unknownUnit', { value: args.unitCode });
    const now = ctx.app.now();
    const { fromAssignmentId } = args;
    if (fromAssignmentId !== undefined) takeFromSource(ctx, { ...args, fromAssignmentId }, line, found.id, now);
    const capacity = loadCapacityInput(db, today, settings);
    const unitIndex = capacity.units.findIndex((u) => u.id === found.id);
    const unit = capacity.units[unitIndex];
    if (!unit.isActive) throw invalid(ctx, 'unitCode', 'plan.assign.unitInactive', { unit: unit.unitCode });
    if (!unit.categories.includes(line.categoryCode)) {
      throw invalid(ctx, 'unitCode', 'plan.assign.unitDoesNotMake', { unit: unit.unitCode, category: line.categoryCode });
    }
    if (fromAssignmentId === undefined) {
      const covered = capacity.kept.filter((k) => k.orderLineId === args.orderLineId).reduce((sum, k) => sum + k.countedQty, 0);
      if (args.qty > line.qty - covered) throw invalid(ctx, 'qty', 'plan.assign.tooMuch', { remaining: Math.max(0, line.qty - covered) });
      removePlannedAssignments(db, args.orderLineId);
    }

    const scene = buildScene({ ...capacity, products: [], lines: [], bom: new Map(), materials: [], openPurchases: [] }, settings);
    const startDay = Math.max(dayNumber(args.start), scene.today);
    const placed = placeFrom(scene.book, unitIndex, startDay, args.qty, line.labourMinutes);
    if (!placed) {
      throw invalid(ctx, 'qty', 'plan.assign.beyondHorizon', { unit: unit.unitCode, qty: args.qty, weeks: settings.horizonWeeks, start: args.start });
    }
    const weeks = [...placed.keys()].sort((a, b) => a - b);
    const [created] = insertAssignments(
      db,
      [
        {
          orderLineId: args.orderLineId,
          unitId: unit.id,
          qty: args.qty,
          start: weekStart(scene.calendar, weeks[0]),
          end: isoDay(scene.calendar.firstMonday + weeks[weeks.length - 1] * 7 + 5),
          isPinned: true,
          pieceRate: args.pieceRate ?? 0,
          weeks: weeks.map((w) => ({ weekStart: weekStart(scene.calendar, w), qty: placed.get(w) ?? 0 })),
        },
      ],
      now,
    );
    writeReasons(db, [{ id: created, reason: byHand(line, args.qty) }]);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'assignment', entityId: created, action: 'assign', after: args });
    return created;
  });
  return mustGet(ctx, id);
}
