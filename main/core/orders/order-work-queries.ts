import type { ClosedWork, OrderEvent, OrderStatus, ShortLine } from '../../../shared/domain/orders';
import type { Db } from '../platform/db/connection';

/**
 * An order's work as the order workflow sees it: the SPKs still open when the order leaves
 * production, the manager's reason for a forced "ready", and the order's history. (What QC
 * accepted per line comes with the lines, `listOrderLines`.)
 */

type OpenWorkRow = Omit<ClosedWork, 'closedAs'>;

/** SPKs of an order not done and not cancelled, in line and workshop order. */
export function openWorkOf(db: Db, orderId: number): OpenWorkRow[] {
  return db
    .prepare(
      `SELECT a.id AS assignmentId, a.spk_no AS spkNo, u.unit_code AS unitCode, u.name AS unitName, p.sku, a.qty,
              a.delivered_qty AS deliveredQty, a.status AS wasStatus
       FROM work_assignment a JOIN order_line l ON l.id = a.order_line_id JOIN product p ON p.id = l.product_id
       JOIN business_unit u ON u.id = a.unit_id
       WHERE l.order_id = ? AND a.status IN ('planned', 'issued', 'in-progress')
       ORDER BY l.line_no, u.unit_code, a.start_on, a.id`,
    )
    .all(orderId) as OpenWorkRow[];
}

export function closeWork(db: Db, assignmentId: number, status: ClosedWork['closedAs'], now: string): void {
  db.prepare('UPDATE work_assignment SET status = ?, updated_at = ? WHERE id = ?').run(status, now, assignmentId);
}

/** The manager's reason for a ready order that deliveries did not cover; null clears it. */
export function setReadyReason(db: Db, orderId: number, reason: string | null): void {
  db.prepare('UPDATE sales_order SET ready_reason = ? WHERE id = ?').run(reason, orderId);
}

interface AuditRow {
  at: string;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
}

interface StatusSnapshot {
  status?: OrderStatus;
  reason?: string | null;
  short?: ShortLine[];
  closedWork?: unknown[];
}

/** An order's history from the audit log, newest first: creation, edits, status steps with their reasons. */
export function orderEvents(db: Db, orderId: number, limit = 200): OrderEvent[] {
  const rows = db
    .prepare(
      `SELECT at, actor, action, before_json AS before, after_json AS after FROM audit_log
       WHERE entity = 'order' AND entity_id = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(orderId, limit) as AuditRow[];
  return rows.map((row) => {
    const before = (row.before ? JSON.parse(row.before) : {}) as StatusSnapshot;
    const after = (row.after ? JSON.parse(row.after) : {}) as StatusSnapshot;
    return {
      at: row.at,
      actor: row.actor,
      action: row.action,
      from: before.status ?? null,
      to: after.status ?? null,
      reason: after.reason ?? null,
      short: after.short ?? [],
      closedWork: after.closedWork?.length ?? 0,
    };
  });
}
