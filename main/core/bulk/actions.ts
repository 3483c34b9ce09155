import type { AssignmentStatus } from '../../../shared/api/planning';
import type { PurchaseStatus } from '../../../shared/api/production';
import type { BulkResult } from '../../../shared/api/bulk';
import type { OrderStatus } from '../../../shared/domain/orders';
import type { ShipmentStatus } from '../../../shared/domain/shipments';
import type { CallContext } from '../platform/app';
import type { Db } from '../platform/db/connection';
import { setWorkStatus } from '../production/deliveries';
import { setOrderStatus } from '../orders/order-status';
import { setPurchaseOrderStatus } from '../purchasing/purchases';
import { moveShipment } from '../shipments/shipments';
import { runBulk, type BulkRow } from './run';

/**
 * The bulk actions: each row goes through the very service its own button calls, so it is
 * checked by the same rules (workflow steps, the ready test, a shipment's papers).
 */

function rowOf<S extends string>(db: Db, sql: string, id: number): BulkRow<S> | undefined {
  return db.prepare(sql).get(id) as BulkRow<S> | undefined;
}

/** An SPK not yet numbered is known by its order and workshop. */
const SPK_ROW = `SELECT COALESCE(a.spk_no, o.order_no || ' · ' || u.unit_code) AS no, a.status, a.spk_no AS spkNo
  FROM work_assignment a JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id
  JOIN business_unit u ON u.id = a.unit_id WHERE a.id = ?`;

/** Issues each selected planned SPK as its own "Terbitkan" button does; one already issued is named, not issued twice. */
export function issueManySpks(ctx: CallContext, ids: readonly number[]): BulkResult {
  const { db } = ctx.app;
  return runBulk<AssignmentStatus>(ctx, ids, {
    find: (id) => rowOf(db, SPK_ROW, id),
    skip: (row) => (row.status === 'issued' || row.status === 'in-progress' ? ctx.t('bulk.alreadyIssued', { spkNo: row.no }) : null),
    act: (id) => {
      setWorkStatus(ctx, id, 'issued');
      return (rowOf<AssignmentStatus>(db, SPK_ROW, id) ?? { no: String(id) }).no;
    },
  });
}

export function setManyOrderStatuses(ctx: CallContext, ids: readonly number[], status: OrderStatus, reason: string | null): BulkResult {
  return runBulk<OrderStatus>(ctx, ids, {
    find: (id) => rowOf(ctx.app.db, 'SELECT order_no AS no, status FROM sales_order WHERE id = ?', id),
    skip: (row) => (row.status === status ? ctx.t('bulk.already', { status: ctx.t(`ui.orderStatus.${status}`) }) : null),
    act: (id) => setOrderStatus(ctx, id, status, reason).orderNo,
  });
}

export function setManyPurchaseStatuses(ctx: CallContext, ids: readonly number[], status: PurchaseStatus): BulkResult {
  return runBulk<PurchaseStatus>(ctx, ids, {
    find: (id) => rowOf(ctx.app.db, 'SELECT po_no AS no, status FROM purchase_order WHERE id = ?', id),
    skip: (row) => (row.status === status ? ctx.t('bulk.already', { status: ctx.t(`plan.workbook.purchaseStatus.${status}`) }) : null),
    act: (id) => setPurchaseOrderStatus(ctx, id, status).poNo,
  });
}

export function setManyShipmentStatuses(ctx: CallContext, ids: readonly number[], status: ShipmentStatus): BulkResult {
  return runBulk<ShipmentStatus>(ctx, ids, {
    find: (id) => rowOf(ctx.app.db, 'SELECT shipment_no AS no, status FROM shipment WHERE id = ?', id),
    skip: (row) => (row.status === status ? ctx.t('bulk.already', { status: ctx.t(`shipments.status.${status}`) }) : null),
    act: (id) => moveShipment(ctx, { id, status, pebNo: null, pebDate: null, blNo: null, qcReason: null }).shipmentNo,
  });
}
