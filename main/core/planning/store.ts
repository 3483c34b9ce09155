import { OPEN_ASSIGNMENT_STATUSES, type AssignmentReason, type AssignmentRow, type AssignmentStatus, type Fairness, type LastPlan, type LateLine } from '../../../shared/api/planning';
import type { Db } from '../platform/db/connection';
import { SPK_BASIS_SQL, SPK_RATE_SQL } from './piece-rate-rule';
import { readReason } from './reason-store';
import type { WeekQty } from './types';

/** Writes of the plan: assignments (SPK) with their weeks, and the record of each run. */

const ASSIGNMENT_SELECT = `
  SELECT a.id, a.order_line_id AS orderLineId, o.order_no AS orderNo, p.sku, u.unit_code AS unitCode, u.name AS unitName,
         a.qty, a.start_on AS start, a.due_on AS "end", a.is_pinned AS isPinned, a.status, ${SPK_RATE_SQL} AS pieceRate,
         ${SPK_BASIS_SQL} AS rateBasis, a.spk_no AS spkNo, a.issued_on AS issuedOn,
         a.delivered_qty AS deliveredQty, a.rejected_qty AS rejectedQty,
         a.qty * p.labour_minutes AS minutes, r.reason_json AS reason, ol.qty AS lineQty, p.labour_minutes AS labourMinutes,
         CASE WHEN m.removed_at IS NULL AND COALESCE((SELECT ms.status FROM member_status ms WHERE ms.member_id = m.id
           ORDER BY ms.valid_from DESC LIMIT 1), 'aktif') = 'aktif' THEN m.member_no END AS memberNo
  FROM work_assignment a
  JOIN order_line ol ON ol.id = a.order_line_id
  JOIN sales_order o ON o.id = ol.order_id
  JOIN product p ON p.id = ol.product_id
  JOIN business_unit u ON u.id = a.unit_id
  LEFT JOIN member m ON m.id = u.owner_member_id
  LEFT JOIN assignment_reason r ON r.assignment_id = a.id`;

type AssignmentDbRow = Omit<AssignmentRow, 'isPinned' | 'reason'> & { isPinned: number; reason: string | null; lineQty: number; labourMinutes: number };

/** Work placed before plans kept reasons (or by the demo's history) still says why it stays: issued, or set by hand. */
function keptReason(row: AssignmentDbRow): AssignmentReason {
  return {
    kind: row.status === 'planned' ? 'by-hand' : 'issued',
    sharePct: row.lineQty > 0 ? Math.round((row.qty / row.lineQty) * 100) : 0,
    loadPct: null,
    loadWeek: null,
    grade: null,
    fullUntil: null,
    byPieces: row.labourMinutes <= 0,
  };
}

function toRow(row: AssignmentDbRow): AssignmentRow {
  const { lineQty: _lineQty, labourMinutes: _labourMinutes, ...rest } = row;
  const stored = readReason(row.reason);
  const reason = stored ?? (row.status !== 'planned' || row.isPinned === 1 ? keptReason(row) : null);
  return { ...rest, isPinned: row.isPinned === 1, reason };
}

const OPEN_SQL = `(${OPEN_ASSIGNMENT_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * SPKs, open work first by start date, then finished and cancelled ones newest first: within the
 * limit a centre's open work is never crowded out by years of history, and the recent past follows.
 */
export function listAssignments(db: Db, filter: { orderNo?: string; unitCode?: string; status?: AssignmentStatus; open?: boolean; limit: number }): AssignmentRow[] {
  const rows = db
    .prepare(
      `${ASSIGNMENT_SELECT}
       WHERE (@orderNo IS NULL OR o.order_no = @orderNo COLLATE NOCASE)
         AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
         AND (@status IS NULL OR a.status = @status)
         AND (@open = 0 OR a.status IN ${OPEN_SQL})
       ORDER BY CASE WHEN a.status IN ${OPEN_SQL} THEN 0 ELSE 1 END, CASE WHEN a.status IN ${OPEN_SQL} THEN a.start_on END,
                a.start_on DESC, o.order_no, ol.line_no, u.unit_code
       LIMIT @limit`,
    )
    .all({ orderNo: filter.orderNo || null, unitCode: filter.unitCode || null, status: filter.status ?? null, open: filter.open ? 1 : 0, limit: filter.limit }) as AssignmentDbRow[];
  return rows.map(toRow);
}

export function getAssignment(db: Db, id: number): AssignmentRow | undefined {
  const row = db.prepare(`${ASSIGNMENT_SELECT} WHERE a.id = ?`).get(id) as AssignmentDbRow | undefined;
  return row ? toRow(row) : undefined;
}

export interface NewAssignment {
  orderLineId: number;
  unitId: number;
  qty: number;
  start: string;
  end: string;
  isPinned: boolean;
  pieceRate: number;
  weeks: WeekQty[];
}

/** Inserts assignments with their weeks; the caller holds the transaction. */
export function insertAssignments(db: Db, assignments: NewAssignment[], now: string): number[] {
  const insert = db.prepare(
    `INSERT INTO work_assignment (order_line_id, unit_id, qty, start_on, due_on, is_pinned, piece_rate, status, created_at, updated_at)
     VALUES (@orderLineId, @unitId, @qty, @start, @end, @isPinned, @pieceRate, 'planned', @now, @now)`,
  );
  const insertWeek = db.prepare('INSERT INTO assignment_week (assignment_id, week_start, qty) VALUES (?, ?, ?)');
  return assignments.map((a) => {
    const id = Number(insert.run({ ...a, isPinned: a.isPinned ? 1 : 0, now }).lastInsertRowid);
    for (const week of a.weeks) insertWeek.run(id, week.weekStart, week.qty);
    return id;
  });
}

/** The plan's own assignments: planned, unpinned, nothing delivered; the rest are commitments. */
const REPLACEABLE = `status = 'planned' AND is_pinned = 0 AND delivered_qty = 0
  AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.assignment_id = work_assignment.id)`;

/** Removes the plan's own assignments of one line; their weeks go with them (ON DELETE CASCADE). */
export function removePlannedAssignments(db: Db, orderLineId: number): number {
  return db.prepare(`DELETE FROM work_assignment WHERE ${REPLACEABLE} AND order_line_id = ?`).run(orderLineId).changes;
}

/** What makes two assignments the same; replacePlan builds the same text for the stored ones. */
function signature(a: { orderLineId: number; unitId: number; qty: number; start: string; end: string; weeks: WeekQty[] }): string {
  return `${a.orderLineId}|${a.unitId}|${a.qty}|${a.start}|${a.end}|${a.weeks.map((w) => `${w.weekStart}:${w.qty}`).join(',')}`;
}

/** The plan's own assignments in store, by signature. */
function storedBySignature(db: Db): Map<string, number[]> {
  const current = db
    .prepare(`SELECT id, order_line_id, unit_id, qty, start_on, due_on FROM work_assignment WHERE ${REPLACEABLE}`)
    .raw()
    .all() as [number, number, number, number, string, string][];
  // Weeks in key order (assignment, week), joined here: a correlated group_concat per row costs more.
  const weeksOf = new Map<number, string[]>();
  for (const [id, weekStart, qty] of db.prepare('SELECT assignment_id, week_start, qty FROM assignment_week').raw().all() as [number, string, number][]) {
    const list = weeksOf.get(id);
    if (list) list.push(`${weekStart}:${qty}`);
    else weeksOf.set(id, [`${weekStart}:${qty}`]);
  }
  const stale = new Map<string, number[]>();
  for (const [id, orderLineId, unitId, qty, start, end] of current) {
    const key = `${orderLineId}|${unitId}|${qty}|${start}|${end}|${(weeksOf.get(id) ?? []).join(',')}`;
    const ids = stale.get(key);
    if (ids) ids.push(id);
    else stale.set(key, [id]);
  }
  return stale;
}

/** The plan's own rows by signature as last written, per database, with the token they match. */
const lastWritten = new WeakMap<Db, { token: number; bySignature: Map<string, number[]> }>();

function planToken(db: Db): number {
  return db.prepare('SELECT token FROM plan_revision WHERE id = 1').pluck().get() as number;
}

/**
 * Replaces the plan's own assignments with a new plan, touching only what changed: a re-plan
 * mostly repeats itself, so unchanged assignments keep their rows (and ids) and the write is
 * small. What is stored is read back only when something else wrote to the plan's tables since
 * this process last replaced it (migration 008's token). The caller holds the transaction.
 */
export function replacePlan(db: Db, fresh: NewAssignment[], now: string): { kept: number; removed: number; added: number; ids: number[] } {
  const cached = lastWritten.get(db);
  lastWritten.delete(db);
  const stale = cached && cached.token === planToken(db) ? cached.bySignature : storedBySignature(db);
  const written = new Map<string, number[]>();
  const note = (key: string, id: number) => {
    const ids = written.get(key);
    if (ids) ids.push(id);
    else written.set(key, [id]);
  };
  const added: { assignment: NewAssignment; key: string; index: number }[] = [];
  const freshIds = new Array<number>(fresh.length);
  fresh.forEach((assignment, index) => {
    const key = signature(assignment);
    const id = stale.get(key)?.pop();
    if (id === undefined) added.push({ assignment, key, index });
    else {
      note(key, id);
      freshIds[index] = id;
    }
  });
  const remove = db.prepare('DELETE FROM work_assignment WHERE id = ?');
  let removed = 0;
  for (const ids of stale.values()) for (const id of ids) removed += remove.run(id).changes;
  const ids = insertAssignments(db, added.map((a) => a.assignment), now);
  added.forEach((a, i) => {
    note(a.key, ids[i]);
    freshIds[a.index] = ids[i];
  });
  lastWritten.set(db, { token: planToken(db), bySignature: written });
  return { kept: fresh.length - added.length, removed, added: added.length, ids: freshIds };
}

export function setPinned(db: Db, id: number, pinned: boolean, now: string): void {
  db.prepare('UPDATE work_assignment SET is_pinned = ?, updated_at = ? WHERE id = ?').run(pinned ? 1 : 0, now, id);
}

/** A saved run: late lines keep their reason code; the words are put in by whoever reads them. */
export interface SavedPlan extends Omit<LastPlan, 'late'> {
  late: Omit<LateLine, 'message'>[];
}

/**
 * A run saved before release 0.9 measured fairness as a bare coefficient, without the members'
 * lowest and highest load: it reads as no figures (the screen asks for a new run).
 */
function currentFairness(saved: Fairness | { measure: 'utilisation-cv'; weeks: number }): Fairness {
  if (saved.measure === 'member-load') return saved;
  return { measure: 'member-load', units: 0, withWork: 0, lowest: 0, highest: 0, mean: 0, cv: 0, maxMinRatio: null, weeks: saved.weeks };
}

export function recordPlanRun(db: Db, run: SavedPlan, actor: string): void {
  const { runAt, today, ...rest } = run;
  const summary = { ...rest, late: rest.late.map(({ orderNo, sku, shortQty, reason }) => ({ orderNo, sku, shortQty, reason })) };
  db.prepare('INSERT INTO plan_run (run_at, today, actor, summary_json) VALUES (?, ?, ?, ?)').run(runAt, today, actor, JSON.stringify(summary));
}

export function lastPlanRun(db: Db): SavedPlan | null {
  const row = db.prepare('SELECT run_at AS runAt, today, summary_json AS summary FROM plan_run ORDER BY id DESC LIMIT 1').get() as
    | { runAt: string; today: string; summary: string }
    | undefined;
  if (!row) return null;
  const summary = JSON.parse(row.summary) as Omit<SavedPlan, 'runAt' | 'today' | 'fairness' | 'byPieces'> & {
    fairness: Parameters<typeof currentFairness>[0];
    byPieces?: string[];
  };
  return { ...summary, fairness: currentFairness(summary.fairness), byPieces: summary.byPieces ?? [], runAt: row.runAt, today: row.today };
}

/** An order line with what it needs for a manual assignment. */
export interface OrderLineForHand {
  qty: number;
  shipBy: string;
  status: string;
  categoryCode: string;
  labourMinutes: number;
}

export function findOrderLine(db: Db, orderLineId: number): OrderLineForHand | undefined {
  return db
    .prepare(
      `SELECT ol.qty, o.ship_by AS shipBy, o.status, p.category_code AS categoryCode, p.labour_minutes AS labourMinutes
       FROM order_line ol JOIN sales_order o ON o.id = ol.order_id JOIN product p ON p.id = ol.product_id WHERE ol.id = ?`,
    )
    .get(orderLineId) as OrderLineForHand | undefined;
}

/**
 * Takes `take` pieces off a planned assignment, from its last weeks back (the work moved away is
 * the work furthest off); all of them removes it. The caller holds the transaction.
 */
export function shrinkAssignment(db: Db, id: number, take: number, now: string): void {
  const qty = db.prepare('SELECT qty FROM work_assignment WHERE id = ?').pluck().get(id) as number;
  if (qty <= take) {
    db.prepare('DELETE FROM work_assignment WHERE id = ?').run(id);
    return;
  }
  const weeks = db.prepare('SELECT week_start AS weekStart, qty FROM assignment_week WHERE assignment_id = ? ORDER BY week_start DESC').all(id) as WeekQty[];
  let left = take;
  for (const week of weeks) {
    if (left <= 0) break;
    const cut = Math.min(left, week.qty);
    if (cut === week.qty) db.prepare('DELETE FROM assignment_week WHERE assignment_id = ? AND week_start = ?').run(id, week.weekStart);
    else db.prepare('UPDATE assignment_week SET qty = qty - ? WHERE assignment_id = ? AND week_start = ?').run(cut, id, week.weekStart);
    left -= cut;
  }
  db.prepare(
    `UPDATE work_assignment SET qty = qty - @take, updated_at = @now,
       start_on = COALESCE((SELECT MIN(week_start) FROM assignment_week WHERE assignment_id = @id), start_on)
     WHERE id = @id`,
  ).run({ id, take, now });
}

/** Pins every planned assignment of a line: after a move by hand its split is the manager's, kept as it is. */
export function pinLine(db: Db, orderLineId: number, now: string): void {
  db.prepare("UPDATE work_assignment SET is_pinned = 1, updated_at = ? WHERE order_line_id = ? AND status = 'planned' AND is_pinned = 0").run(now, orderLineId);
}
