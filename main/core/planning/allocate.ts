import type { LateReason, ReasonKind } from '../../../shared/api/planning';
import { dayNumber, isoDay, weekStart } from './calendar';
import type { Scene } from './scene';
import { splitLine, takeLeftovers } from './split';
import type { KeptAssignment, LateResult, LineInfo, PlanAssignment, ProductInfo } from './types';
import { candidates, passes, placeShare, roomOf, windowOf, type Reach, type Room, type Window } from './window';

interface Output {
  assignments: PlanAssignment[];
  late: LateResult[];
  /**
   * Per category and labour minutes a piece, the latest deadline found with no room left at all.
   * Lines come in order of deadline and room only shrinks, so any such line due by then is short entirely.
   */
  fullUntil: Map<string, number>;
}

/** Earliest ship-by first; on the same day export first (a booked vessel does not wait). */
function byUrgency(a: LineInfo, b: LineInfo): number {
  if (a.shipBy !== b.shipBy) return a.shipBy < b.shipBy ? -1 : 1;
  if (a.isExport !== b.isExport) return a.isExport ? -1 : 1;
  return a.orderNo.localeCompare(b.orderNo) || a.lineNo - b.lineNo;
}

/** A reason before the figures of the finished plan are known (see reasons.ts). */
function reasonOf(kind: ReasonKind, product: ProductInfo, grade: 'A' | 'B' | null = null, fullUntil: string | null = null) {
  return { kind, sharePct: 0, loadPct: null, loadWeek: null, grade, fullUntil, byPieces: product.labourMinutes <= 0 };
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
    memberNo: unit?.memberNo ?? null,
    qty: kept.qty,
    minutes: kept.qty * product.labourMinutes,
    start: kept.start,
    end: kept.end,
    isPinned: kept.isPinned,
    status: kept.status,
    weeks: kept.weeks,
    reason: reasonOf(kept.status === 'planned' ? 'by-hand' : 'issued', product),
  };
}

/** What one workshop got of a line: pieces by week, and how (the first pass that gave it work). */
interface Placed {
  byWeek: Map<number, number>;
  kind: ReasonKind;
  grade: 'A' | 'B' | null;
}

/**
 * The groups a line is offered to, in turn: members' workshops, then — only for what they cannot
 * finish by the deadline — the others; or everyone at once where the centre does not serve
 * members first.
 */
function groupsOf(scene: Scene, open: number[]): { units: number[]; share: ReasonKind; rest: ReasonKind }[] {
  if (!scene.settings.membersFirst) return [{ units: open, share: 'shared', rest: 'shared' }];
  const members = open.filter((u) => scene.input.units[u].isMember);
  const others = open.filter((u) => !scene.input.units[u].isMember);
  return [
    { units: members, share: 'member-share', rest: 'member-rest' },
    { units: others, share: 'non-member', rest: 'non-member' },
  ];
}

/** Shares out `remaining` among the open workshops, group by group; returns what is still left. */
function shareOut(scene: Scene, line: LineInfo, window: Window, rooms: Map<number, Room>, remaining: number, placed: Map<number, Placed>): number {
  let left = remaining;
  const place = (shares: Map<number, number>, reach: Reach, kind: ReasonKind, grade: 'A' | 'B' | null) => {
    for (const [unit, share] of shares) {
      let entry = placed.get(unit);
      if (!entry) {
        entry = { byWeek: new Map(), kind, grade: line.isExport ? grade : null };
        placed.set(unit, entry);
      }
      left -= placeShare(scene, unit, share, window, reach, entry.byWeek);
      rooms.set(unit, roomOf(scene, unit, window));
    }
  };
  for (const group of groupsOf(scene, [...rooms.keys()])) {
    if (group.units.length === 0) continue;
    for (const pass of passes(scene, line, group.units)) {
      if (left > 0 && pass.units.length > 0) {
        place(splitLine(left, candidates(scene, rooms, pass.units, pass.reach), scene.settings.minLot), pass.reach, group.share, pass.grade);
      }
    }
    if (left > 0) place(takeLeftovers(left, candidates(scene, rooms, group.units, 'all')), 'all', group.rest, null);
    if (left <= 0) break;
  }
  return left;
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

  const fullKey = `${product.categoryCode}|${product.labourMinutes}`;
  if ((out.fullUntil.get(fullKey) ?? -Infinity) >= finishBy) return late('no-capacity', remaining);
  // A workshop holding pinned work of this line has what the manager gave it, exactly: no more of it.
  const pinnedUnits = new Set(kept.filter((k) => k.isPinned).map((k) => scene.unitIndex.get(k.unitId)));
  const window = windowOf(scene, product, finishBy);
  const rooms = new Map<number, Room>();
  for (const unit of eligible) {
    // Booked through the deadline's week: no room either side of the window's release.
    if (pinnedUnits.has(unit) || scene.book.firstOpen[unit] > window.last) continue;
    const room = roomOf(scene, unit, window);
    if (room.ready + room.earlier > 0) rooms.set(unit, room);
  }
  if (rooms.size === 0 && pinnedUnits.size === 0) out.fullUntil.set(fullKey, finishBy);
  const placed = new Map<number, Placed>();
  if (rooms.size > 0) remaining = shareOut(scene, line, window, rooms, remaining, placed);
  if (remaining > 0) late('no-capacity', remaining);

  for (const [unit, { byWeek, kind, grade }] of placed) {
    const used = [...byWeek.keys()].sort((a, b) => a - b);
    if (used.length === 0) continue;
    const lastDay = scene.calendar.firstMonday + used[used.length - 1] * 7 + 5;
    const qty = used.reduce((sum, w) => sum + (byWeek.get(w) ?? 0), 0);
    const info = scene.input.units[unit];
    out.assignments.push({
      keptId: null,
      orderLineId: line.orderLineId,
      orderNo: line.orderNo,
      sku: product.sku,
      productId: product.id,
      unitId: info.id,
      unitCode: info.unitCode,
      memberNo: info.memberNo,
      qty,
      minutes: qty * product.labourMinutes,
      start: weekStart(scene.calendar, used[0]),
      end: isoDay(Math.min(finishBy, lastDay)),
      isPinned: false,
      status: 'planned',
      weeks: used.map((w) => ({ weekStart: weekStart(scene.calendar, w), qty: byWeek.get(w) ?? 0 })),
      reason: reasonOf(kind, product, grade, kind === 'non-member' ? isoDay(finishBy) : null),
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
