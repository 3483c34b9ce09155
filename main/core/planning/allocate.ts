import type { LateReason } from '../../../shared/api/planning';
import { dayNumber, isoDay, weekStart } from './calendar';
import type { Scene } from './scene';
import { splitLine, takeLeftovers } from './split';
import type { KeptAssignment, LateResult, LineInfo, PlanAssignment, ProductInfo } from './types';
import { candidates, passes, placeShare, roomOf, windowOf, type Reach, type Room } from './window';

interface Output {
  assignments: PlanAssignment[];
  late: LateResult[];
  /**
   * Per category, the latest deadline found with no room left at all. Lines come in order of
   * deadline and room only shrinks, so any line of that category due by then is short entirely.
   */
  fullUntil: Map<string, number>;
}

/** Earliest ship-by first; on the same day export first (a booked vessel does not wait). */
function byUrgency(a: LineInfo, b: LineInfo): number {
  if (a.shipBy !== b.shipBy) return a.shipBy < b.shipBy ? -1 : 1;
  if (a.isExport !== b.isExport) return a.isExport ? -1 : 1;
  return a.orderNo.localeCompare(b.orderNo) || a.lineNo - b.lineNo;
}

function keptOutput(scene: Scene, line: LineInfo, product: ProductInfo, kept: KeptAssignment): PlanAssignment {
  const unit = scene.input.units[scene.unitIndex.get(kept.unitId) ?? -1];
  return {
    keptId: kept.id,
    orderLineId: line.orderLineId,
    orderNo: line.orderNo,
    sku: product.sku,
    productId: product.id,
    unitId: kept.unitId,
    unitCode: unit?.unitCode ?? String(kept.unitId),
    qty: kept.qty,
    start: kept.start,
    end: kept.end,
    isPinned: kept.isPinned,
    status: kept.status,
    weeks: kept.weeks,
  };
}

/** Places one line; writes its assignments and, when it cannot be finished in time, why. */
function planLine(scene: Scene, line: LineInfo, kept: KeptAssignment[], out: Output): void {
  const product = scene.products.get(line.productId);
  if (!product) return;
  const finishBy = dayNumber(line.shipBy) - scene.settings.qcDays;
  const late = (reason: LateReason, shortQty: number): void => {
    out.late.push({ orderLineId: line.orderLineId, orderNo: line.orderNo, sku: product.sku, shortQty, reason });
  };
  for (const k of kept) out.assignments.push(keptOutput(scene, line, product, k));
  const lateKept = kept.filter((k) => k.status !== 'done' && dayNumber(k.end) > finishBy).reduce((sum, k) => sum + k.countedQty, 0);
  if (lateKept > 0) late('assigned-late', lateKept);
  let remaining = line.qty - kept.reduce((sum, k) => sum + k.countedQty, 0);
  if (remaining <= 0) return;
  const eligible = scene.makers.get(product.categoryCode) ?? [];
  if (eligible.length === 0) return late('no-unit', remaining);
  if (dayNumber(line.shipBy) < scene.today) return late('ship-by-passed', remaining);
  if (finishBy < scene.today) return late('no-time', remaining);

  if ((out.fullUntil.get(product.categoryCode) ?? -Infinity) >= finishBy) return late('no-capacity', remaining);
  const window = windowOf(scene, product, finishBy);
  const rooms = new Map<number, Room>();
  for (const unit of eligible) {
    // Booked through the deadline's week: no room either side of the window's release.
    if (scene.book.firstOpen[unit] > window.last) continue;
    const room = roomOf(scene, unit, window);
    if (room.ready + room.earlier > 0) rooms.set(unit, room);
  }
  if (rooms.size === 0) out.fullUntil.set(product.categoryCode, finishBy);
  const open = [...rooms.keys()];
  const placed = new Map<number, Map<number, number>>();
  const place = (shares: Map<number, number>, reach: Reach) => {
    for (const [unit, share] of shares) {
      const byWeek = placed.get(unit) ?? new Map<number, number>();
      remaining -= placeShare(scene, unit, share, window, reach, byWeek);
      placed.set(unit, byWeek);
      rooms.set(unit, roomOf(scene, unit, window));
    }
  };
  if (open.length > 0) {
    for (const [units, reach] of passes(scene, line, open)) {
      if (remaining > 0 && units.length > 0) place(splitLine(remaining, candidates(scene, rooms, units, reach), scene.settings.minLot), reach);
    }
    if (remaining > 0) place(takeLeftovers(remaining, candidates(scene, rooms, open, 'all')), 'all');
  }
  if (remaining > 0) late('no-capacity', remaining);

  for (const [unit, byWeek] of placed) {
    const used = [...byWeek.keys()].sort((a, b) => a - b);
    if (used.length === 0) continue;
    const lastDay = scene.calendar.firstMonday + used[used.length - 1] * 7 + 5;
    out.assignments.push({
      keptId: null,
      orderLineId: line.orderLineId,
      orderNo: line.orderNo,
      sku: product.sku,
      productId: product.id,
      unitId: scene.input.units[unit].id,
      unitCode: scene.input.units[unit].unitCode,
      qty: used.reduce((sum, w) => sum + (byWeek.get(w) ?? 0), 0),
      start: weekStart(scene.calendar, used[0]),
      end: isoDay(Math.min(finishBy, lastDay)),
      isPinned: false,
      status: 'planned',
      weeks: used.map((w) => ({ weekStart: weekStart(scene.calendar, w), qty: byWeek.get(w) ?? 0 })),
    });
  }
}

/** Allocates every open line in order of urgency around the kept assignments already in the book. */
export function allocate(scene: Scene): Pick<Output, 'assignments' | 'late'> {
  const keptByLine = new Map<number, KeptAssignment[]>();
  for (const kept of scene.input.kept) {
    const list = keptByLine.get(kept.orderLineId) ?? [];
    list.push(kept);
    keptByLine.set(kept.orderLineId, list);
  }
  const out: Output = { assignments: [], late: [], fullUntil: new Map() };
  for (const line of [...scene.input.lines].sort(byUrgency)) planLine(scene, line, keptByLine.get(line.orderLineId) ?? [], out);
  return out;
}
