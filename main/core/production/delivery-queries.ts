import type { AssignmentStatus } from '../../../shared/api/planning';
import type { Delivery } from '../../../shared/api/production';
import type { Db } from '../platform/db/connection';

/** Deliveries of workshops against their work orders (SPK), and the progress kept on the SPK. */

export interface AssignmentProgress {
  id: number;
  orderNo: string;
  sku: string;
  unitCode: string;
  qty: number;
  status: AssignmentStatus;
  deliveredQty: number;
  rejectedQty: number;
}

export function assignmentProgress(db: Db, id: number): AssignmentProgress | undefined {
  return db
    .prepare(
      `SELECT a.id, o.order_no AS orderNo, p.sku, u.unit_code AS unitCode, a.qty, a.status, a.delivered_qty AS deliveredQty,
              a.rejected_qty AS rejectedQty
       FROM work_assignment a
       JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
       JOIN product p ON p.id = ol.product_id JOIN business_unit u ON u.id = a.unit_id
       WHERE a.id = ?`,
    )
    .get(id) as AssignmentProgress | undefined;
}

export function insertDelivery(db: Db, values: { assignmentId: number; deliveredOn: string; accepted: number; rejected: number; note: string | null }, now: string): number {
  const result = db
    .prepare(
      `INSERT INTO delivery (assignment_id, delivered_on, accepted, rejected, note, created_at)
       VALUES (@assignmentId, @deliveredOn, @accepted, @rejected, @note, @now)`,
    )
    .run({ ...values, now });
  return Number(result.lastInsertRowid);
}

/** delivered_qty counts every piece handed in (accepted + rejected); rejected_qty those QC refused. */
export function setAssignmentProgress(db: Db, id: number, progress: { deliveredQty: number; rejectedQty: number; status: AssignmentStatus }, now: string): void {
  db.prepare('UPDATE work_assignment SET delivered_qty = @deliveredQty, rejected_qty = @rejectedQty, status = @status, updated_at = @now WHERE id = @id').run({
    ...progress,
    id,
    now,
  });
}

export function setAssignmentStatus(db: Db, id: number, status: AssignmentStatus, now: string): void {
  db.prepare('UPDATE work_assignment SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id);
}

const DELIVERY_SELECT = `
  SELECT d.id, d.assignment_id AS assignmentId, o.order_no AS orderNo, p.sku, u.unit_code AS unitCode, d.delivered_on AS deliveredOn,
         d.accepted, d.rejected, d.note
  FROM delivery d
  JOIN work_assignment a ON a.id = d.assignment_id
  JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
  JOIN product p ON p.id = ol.product_id JOIN business_unit u ON u.id = a.unit_id`;

export function getDelivery(db: Db, id: number): Delivery | undefined {
  return db.prepare(`${DELIVERY_SELECT} WHERE d.id = ?`).get(id) as Delivery | undefined;
}

export interface DeliveryFilter {
  assignmentId: number | null;
  unitCode: string | null;
  from: string | null;
  to: string | null;
}

export function listDeliveries(db: Db, filter: DeliveryFilter): Delivery[] {
  return db
    .prepare(
      `${DELIVERY_SELECT}
       WHERE (@assignmentId IS NULL OR d.assignment_id = @assignmentId)
         AND (@unitCode IS NULL OR u.unit_code = @unitCode COLLATE NOCASE)
         AND (@from IS NULL OR d.delivered_on >= @from) AND (@to IS NULL OR d.delivered_on <= @to)
       ORDER BY d.delivered_on, d.id`,
    )
    .all(filter) as Delivery[];
}
