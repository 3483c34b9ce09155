import { formatDateId } from '../../../shared/dates';
import type { AssignmentStatus } from '../../../shared/api/planning';
import { ASSIGNMENT_TRANSITIONS, type Delivery, type DeliveryValues } from '../../../shared/api/production';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { assignmentProgress, getDelivery, insertDelivery, listDeliveries, setAssignmentProgress, setAssignmentStatus, type AssignmentProgress, type DeliveryFilter } from './delivery-queries';
import { writeTransaction } from '../platform/db/write';
import { issueInTransaction, numberOnDelivery } from './spk';

function statusWord(ctx: CallContext, status: AssignmentStatus): string {
  return ctx.t(`plan.workbook.assignmentStatus.${status}`);
}

function assignmentOrFail(ctx: CallContext, id: number): AssignmentProgress {
  const assignment = assignmentProgress(ctx.app.db, id);
  if (!assignment) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'), { field: 'assignmentId' });
  return assignment;
}

/**
 * Records what a workshop handed in against its SPK, with the QC result. Pieces handed in
 * (accepted + rejected) may not pass the SPK's quantity; the first delivery makes the SPK
 * in-progress and the one that completes it makes it done.
 */
export function recordDelivery(ctx: CallContext, values: DeliveryValues): Delivery {
  const { db } = ctx.app;
  if (values.accepted + values.rejected <= 0) throw new AppError('INVALID_INPUT', ctx.t('errors.deliveryEmpty'), { field: 'accepted' });
  const today = ctx.app.today();
  if (values.deliveredOn > today) {
    const message = ctx.t('checks.deliveredInFuture', { date: formatDateId(values.deliveredOn), today: formatDateId(today) });
    throw new AppError('INVALID_INPUT', message, { fields: [{ field: 'deliveredOn', message }] });
  }
  const assignment = assignmentOrFail(ctx, values.assignmentId);
  const names = { order: assignment.orderNo, sku: assignment.sku, unit: assignment.unitCode };
  if (assignment.status === 'cancelled' || assignment.status === 'done') {
    throw new AppError('LOCKED_RECORD', ctx.t('errors.deliveryClosed', { ...names, status: statusWord(ctx, assignment.status) }), {
      field: 'assignmentId', entity: 'assignment', id: assignment.id, reason: 'status', status: assignment.status,
    });
  }
  const handedIn = values.accepted + values.rejected;
  const open = assignment.qty - assignment.deliveredQty;
  if (handedIn > open) {
    throw new AppError('OVER_RECEIPT', ctx.t('errors.deliveryExceedsOpen', { ...names, open, qty: handedIn }), { field: 'accepted', open, qty: handedIn });
  }
  const deliveredQty = assignment.deliveredQty + handedIn;
  const status: AssignmentStatus = deliveredQty >= assignment.qty ? 'done' : 'in-progress';
  const now = ctx.app.now();
  const id = writeTransaction(db, () => {
    // Pay for these pieces is fixed from the first one handed in: an SPK nobody issued is issued now.
    if (assignment.status === 'planned') numberOnDelivery(ctx, assignment.id);
    const deliveryId = insertDelivery(db, values, now);
    setAssignmentProgress(db, assignment.id, { deliveredQty, rejectedQty: assignment.rejectedQty + values.rejected, status }, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'assignment', entityId: assignment.id, action: 'delivery',
      before: { orderNo: assignment.orderNo, status: assignment.status, deliveredQty: assignment.deliveredQty },
      after: { orderNo: assignment.orderNo, ...values, status, deliveredQty },
    });
    return deliveryId;
  });
  const delivery = getDelivery(db, id);
  if (!delivery) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return delivery;
}

export function deliveryList(ctx: CallContext, filter: DeliveryFilter): Delivery[] {
  return listDeliveries(ctx.app.db, filter);
}

/** Moves an SPK along ASSIGNMENT_TRANSITIONS; the same status again changes nothing. */
export function setWorkStatus(ctx: CallContext, id: number, status: AssignmentStatus): { id: number; status: AssignmentStatus } {
  const { db } = ctx.app;
  const assignment = assignmentOrFail(ctx, id);
  if (assignment.status === status) return { id, status };
  if (!ASSIGNMENT_TRANSITIONS[assignment.status].includes(status)) {
    throw new AppError('BAD_TRANSITION', ctx.t('errors.assignmentTransition', { from: statusWord(ctx, assignment.status), to: statusWord(ctx, status) }), {
      field: 'status', entity: 'assignment', from: assignment.status, to: status, allowed: [...ASSIGNMENT_TRANSITIONS[assignment.status]],
    });
  }
  const now = ctx.app.now();
  // Issuing numbers the SPK and keeps its rate; it has its own audit entry.
  if (status === 'issued') {
    writeTransaction(db, () => issueInTransaction(ctx, [id]));
    return { id, status };
  }
  writeTransaction(db, () => {
    setAssignmentStatus(db, id, status, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'assignment', entityId: id, action: 'status',
      before: { orderNo: assignment.orderNo, status: assignment.status }, after: { orderNo: assignment.orderNo, status },
    });
  });
  return { id, status };
}
