import type { Db } from '../platform/db/connection';
import { dateOfDay, dayNumber } from './calendar';
import { deliveriesOf, type DemoSpk } from './production-deliveries';
import { addDays, type Random } from './random';
import { spreadOver, WorkshopRoom } from './spk-room';

/**
 * The demo's production since the cooperative began running its store and work orders through
 * the app (the stock ledger's opening day): every order line that went into production after
 * that day was given to workshops on SPKs, as the plan would place it (members' workshops first,
 * never more in a week than the workshop's pieces and people's hours allow), and what was due before
 * today was handed in, mostly in full, some late, with a few percent rejected at QC.
 */

/** A workshop that worked all through the ledger's year, with what it can take on. */
export interface SpkWorkshop {
  id: number;
  categories: readonly string[];
  grade: string | null;
  /** Pieces a week: offered monthly capacity × 12 ÷ 52, the plan's own rule (the year's least). */
  weekly: number;
  /** Labour minutes a week in the offered share: workers × 40 hours × 60 × offered ÷ capacity (the year's least). */
  minutes: number;
  /** Owned by an active member: served first, as the plan serves them. */
  isMember: boolean;
}

interface LineRow {
  orderLineId: number;
  orderId: number;
  status: string;
  orderDate: string;
  shipBy: string;
  qty: number;
  productId: number;
  category: string;
  isExport: number;
  labourMinutes: number;
}

/** QC rejects a grade usually has (DOMAIN: 1–4 %): better workshops reject less. */
const REJECT_RATE: Record<string, number> = { A: 0.01, B: 0.02, C: 0.035 };
/** Goods are finished a week before they leave: QC and packing at the cooperative. */
const QC_DAYS = 7;

function mondayOf(date: string): string {
  const day = dayNumber(date);
  return dateOfDay(day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7));
}

/** Workshops that make a category, heavier ones drawn more often (fair share by capacity). */
class WorkshopPool {
  private readonly byCategory = new Map<string, { list: SpkWorkshop[]; cumulative: number[]; everyone: SpkWorkshop[] }>();
  constructor(private readonly workshops: readonly SpkWorkshop[]) {}

  private poolOf(category: string, isExport: boolean, membersOnly: boolean) {
    const key = `${category}|${isExport}|${membersOnly}`;
    let pool = this.byCategory.get(key);
    if (!pool) {
      const makers = this.workshops.filter((w) => w.weekly > 0 && w.categories.includes(category) && (w.isMember || !membersOnly));
      // Export work goes to grade A and B first, as the plan places it.
      const preferred = isExport ? makers.filter((w) => w.grade === 'A' || w.grade === 'B') : makers;
      const list = preferred.length > 0 ? preferred : makers;
      let sum = 0;
      pool = { list, cumulative: list.map((w) => (sum += w.weekly)), everyone: [...list, ...makers.filter((w) => !list.includes(w))] };
      this.byCategory.set(key, pool);
    }
    return pool;
  }

  draw(random: Random, category: string, isExport: boolean, membersOnly: boolean): SpkWorkshop | null {
    const pool = this.poolOf(category, isExport, membersOnly);
    if (pool.list.length === 0) return null;
    const target = random.next() * pool.cumulative[pool.cumulative.length - 1];
    let low = 0;
    let high = pool.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pool.cumulative[mid] <= target) low = mid + 1;
      else high = mid;
    }
    return pool.list[low];
  }

  /** Every maker of the category, the preferred grades first: where a busy month looks when the draws found no room. */
  everyone(category: string, isExport: boolean, membersOnly: boolean): readonly SpkWorkshop[] {
    return this.poolOf(category, isExport, membersOnly).everyone;
  }
}

/** Lines of orders that went into production, with a production window starting on or after `from`. */
function producedLines(db: Db, from: string): LineRow[] {
  return db
    .prepare(
      `SELECT l.id AS orderLineId, o.id AS orderId, o.status, o.order_date AS orderDate, o.ship_by AS shipBy, l.qty,
              l.product_id AS productId, p.category_code AS category, b.kind = 'export' AS isExport, p.labour_minutes AS labourMinutes
       FROM sales_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id JOIN buyer b ON b.id = o.buyer_id
       WHERE o.status IN ('in-production', 'ready', 'shipped', 'closed') AND o.ship_by >= @earliest
       ORDER BY o.ship_by, o.id, l.line_no`,
    )
    .all({ earliest: addDays(from, QC_DAYS + 14) }) as LineRow[];
}

/**
 * A workshop with room for (part of) a line in its weeks: members' workshops first, one no
 * active member owns only when no member has room. A few draws by capacity first; in a busy
 * month, when they find none, the maker with the most room left (as a planner would look down
 * the list).
 */
function findRoom(
  pool: WorkshopPool, room: WorkshopRoom, random: Random, line: LineRow, weeks: string[], least: number, indexOf: Map<SpkWorkshop, number>, scan: boolean,
) {
  for (const membersOnly of [true, false]) {
    for (let attempt = 0; attempt < 8; attempt++) {
      const workshop = pool.draw(random, line.category, line.isExport === 1, membersOnly);
      if (!workshop) break;
      const index = indexOf.get(workshop) ?? -1;
      const free = room.free(index, weeks, line.labourMinutes);
      if (free.reduce((a, b) => a + b, 0) >= least) return { workshop, index, free };
    }
    let best: { workshop: SpkWorkshop; index: number; free: number[]; total: number } | null = null;
    for (const workshop of scan ? pool.everyone(line.category, line.isExport === 1, membersOnly) : []) {
      const index = indexOf.get(workshop) ?? -1;
      const free = room.free(index, weeks, line.labourMinutes);
      const total = free.reduce((a, b) => a + b, 0);
      if (total >= least && (best === null || total > best.total)) best = { workshop, index, free, total };
    }
    if (best) return { workshop: best.workshop, index: best.index, free: best.free };
  }
  return null;
}

export interface ProductionCounts {
  assignments: number;
  deliveries: number;
  /** Every SPK written, for the store's issues of material. */
  spks: DemoSpk[];
}

/**
 * Writes SPKs with their weeks and the deliveries against them, in the caller's transaction,
 * with prepared statements only (the stress scale writes hundreds of thousands). One SPK a line
 * at the stress scale; at the demo scale a line is split among workshops by their capacity.
 */
export function writeProduction(
  db: Db, random: Random, input: { workshops: readonly SpkWorkshop[]; from: string; today: string; now: string; isStress: boolean },
): ProductionCounts {
  const { from, today, now } = input;
  const pool = new WorkshopPool(input.workshops);
  const lines = producedLines(db, from);
  const room = new WorkshopRoom(db, input.workshops, from, lines.at(-1)?.shipBy ?? today);
  const indexOf = new Map(input.workshops.map((workshop, index) => [workshop, index]));
  const insertSpk = db.prepare(
    `INSERT INTO work_assignment (order_line_id, unit_id, qty, start_on, due_on, is_pinned, piece_rate, status, delivered_qty, rejected_qty, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?)`,
  );
  const insertWeek = db.prepare('INSERT INTO assignment_week (assignment_id, week_start, qty) VALUES (?, ?, ?)');
  const insertDelivery = db.prepare('INSERT INTO delivery (assignment_id, delivered_on, accepted, rejected, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const spks: DemoSpk[] = [];
  let deliveries = 0;
  for (const line of lines) {
    const due = addDays(line.shipBy, -QC_DAYS);
    // Five weeks of work at most, never before the order and never starting after today.
    let start = [addDays(line.orderDate, 3), addDays(due, -35)].sort().at(-1) ?? due;
    if (start > today) start = today;
    if (start < from) continue;
    const end = due < start ? start : due;
    const weeks: string[] = [];
    for (let week = mondayOf(start); week <= end; week = addDays(week, 7)) weeks.push(week);
    // Work in production that should be finished by now is often short: a workshop dropped out and
    // the rest waits for the next plan, which finds it late.
    const isShort = line.status === 'in-production' && due < addDays(today, 7) && random.chance(0.5);
    let remaining = isShort ? Math.round(line.qty * (0.6 + random.next() * 0.2)) : line.qty;
    const placed: { workshop: SpkWorkshop; share: number; rejects: number; byWeek: number[]; index: number }[] = [];
    while (remaining > 0) {
      // The stress scale only needs volume: it skips the planner's look down the list.
      const found = findRoom(pool, room, random, line, weeks, Math.min(10, remaining), indexOf, !input.isStress);
      // No workshop has room left in these weeks: the rest waits for the plan, which finds it late.
      if (!found) break;
      const { workshop, free } = found;
      const roomLeft = free.reduce((a, b) => a + b, 0);
      // Half to nine tenths of the workshop's weeks; the rest of the line to others.
      const fits = Math.max(10, Math.round(workshop.weekly * weeks.length * (0.5 + random.next() * 0.4)));
      // Rejects are made again within the SPK: it holds the accepted share plus them, all in the room it has.
      const rate = (REJECT_RATE[workshop.grade ?? 'C'] ?? 0.035) * (0.5 + random.next());
      const share = Math.min(input.isStress || remaining - fits < 10 ? remaining : fits, Math.floor(roomLeft / (1 + rate)));
      if (share <= 0) break;
      remaining -= share;
      const rejects = Math.min(Math.round(share * rate), roomLeft - share);
      const byWeek = spreadOver(share + rejects, free);
      room.take(found.index, weeks, byWeek, line.labourMinutes);
      placed.push({ workshop, share, rejects, byWeek, index: found.index });
    }
    // A line that left (or is ready) was made whole: one the workshops had no room for in its weeks
    // was made outside the cooperative's SPKs (a member's own stock), so it gets none.
    if (remaining > 0 && line.status !== 'in-production') {
      for (const p of placed) room.take(p.index, weeks, p.byWeek.map((qty) => -qty), line.labourMinutes);
      continue;
    }
    for (const { workshop, share, rejects, byWeek } of placed) {
      const spk: DemoSpk = {
        id: 0, unitId: workshop.id, productId: line.productId, qty: share + rejects, rejects, start, due: end, shipBy: line.shipBy,
        isFinished: line.status !== 'in-production', deliveredQty: 0, lastDelivery: null,
      };
      const handedIn = deliveriesOf(random, spk, today, input.isStress);
      spk.deliveredQty = handedIn.reduce((sum, d) => sum + d.accepted + d.rejected, 0);
      spk.lastDelivery = handedIn.at(-1)?.on ?? null;
      const rejected = handedIn.reduce((sum, d) => sum + d.rejected, 0);
      const status = spk.deliveredQty >= spk.qty ? 'done' : spk.deliveredQty > 0 ? 'in-progress' : 'issued';
      spk.id = Number(insertSpk.run(line.orderLineId, workshop.id, spk.qty, start, end, status, spk.deliveredQty, rejected, now, now).lastInsertRowid);
      weeks.forEach((week, i) => {
        if (byWeek[i] > 0) insertWeek.run(spk.id, week, byWeek[i]);
      });
      for (const d of handedIn) insertDelivery.run(spk.id, d.on, d.accepted, d.rejected, d.note, now);
      deliveries += handedIn.length;
      spks.push(spk);
    }
  }
  return { assignments: spks.length, deliveries, spks };
}

/**
 * Moves orders on as the app would: an order in production whose every line has been handed in
 * and accepted in full is ready to ship.
 */
export function markFinishedOrders(db: Db, now: string): number {
  return db
    .prepare(
      `UPDATE sales_order SET status = 'ready', updated_at = @now WHERE status = 'in-production' AND NOT EXISTS (
         SELECT 1 FROM order_line l WHERE l.order_id = sales_order.id AND l.qty > (
           SELECT COALESCE(SUM(a.delivered_qty - a.rejected_qty), 0) FROM work_assignment a WHERE a.order_line_id = l.id AND a.status <> 'cancelled'))`,
    )
    .run({ now }).changes;
}
