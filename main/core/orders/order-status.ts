import { ASSIGNMENT_TRANSITIONS } from '../../../shared/api/production';
import {
  ORDER_TRANSITIONS, PRODUCING_STATUSES, READY_REASON_MIN, shortLinesOf, type ClosedWork, type Order, type OrderStatus, type OrderStatusChange,
  type OrderEvent, type ShortLine,
} from '../../../shared/domain/orders';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { closeWork, openWorkOf, orderEvents, setReadyReason } from './order-work-queries';
import { getOrderHeader, listOrderLines, updateOrderStatus } from './order-queries';
import { writeTransaction } from '../platform/db/write';
import { formatQuantity } from '../../../shared/units';

/**
 * The order workflow's rules beyond the table of steps (ORDER_TRANSITIONS): an order is ready to
 * ship only when accepted deliveries cover every line, unless a manager writes why it is ready
 * anyway; and an order that leaves production (cancelled, set back, ready, shipped) takes its
 * open SPKs with it, each one cancelled — or closed short where work was already handed in —
 * and named in the answer, so no SPK is ever dropped without a word.
 */

const PRODUCING = new Set<OrderStatus>(PRODUCING_STATUSES);

export function orderWithLines(ctx: CallContext, id: number): Order {
  const header = getOrderHeader(ctx.app.db, id);
  if (!header) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return { ...header, lines: listOrderLines(ctx.app.db, id) };
}

export function checkTransition(ctx: CallContext, from: OrderStatus, to: OrderStatus): void {
  if (from !== to && !ORDER_TRANSITIONS[from].includes(to)) {
    throw new AppError('BAD_TRANSITION', ctx.t('invalid.statusTransition', { from: ctx.t(`ui.orderStatus.${from}`), to: ctx.t(`ui.orderStatus.${to}`) }), {
      field: 'status', entity: 'order', from, to, allowed: [...ORDER_TRANSITIONS[from]],
    });
  }
}

function shortWords(ctx: CallContext, short: ShortLine[]): string {
  return short
    .map((line) => ctx.t('orders.ready.shortLine', {
      sku: line.sku, accepted: formatQuantity(ctx.locale, line.accepted), ordered: formatQuantity(ctx.locale, line.ordered), missing: formatQuantity(ctx.locale, line.ordered - line.accepted),
    }))
    .join('; ');
}

/**
 * The ready test: what is still missing, and the reason that stands in for it. Refuses a ready
 * order that deliveries do not cover unless a reason of at least READY_REASON_MIN characters is given.
 */
export function readyTest(ctx: CallContext, order: Order, reason: string | null): { short: ShortLine[]; reason: string | null } {
  const short = shortLinesOf(order.lines);
  if (short.length === 0) return { short, reason: null };
  if (reason === null) {
    throw new AppError('INVALID_INPUT', ctx.t('orders.ready.notCovered', { orderNo: order.orderNo, missing: shortWords(ctx, short) }), { field: 'status', short });
  }
  if (reason.length < READY_REASON_MIN) {
    throw new AppError('INVALID_INPUT', ctx.t('orders.ready.reasonTooShort', { min: READY_REASON_MIN }), { field: 'reason' });
  }
  return { short, reason };
}

/**
 * Closes the open SPKs of an order that left production, each along its own workflow: planned
 * and issued ones are cancelled, one with work handed in is closed short (done) so what was
 * delivered stays paid. The caller holds the transaction.
 */
export function closeOpenWork(ctx: CallContext, order: { id: number; orderNo: string }, now: string): ClosedWork[] {
  const { db } = ctx.app;
  return openWorkOf(db, order.id).map((work) => {
    const closedAs: ClosedWork['closedAs'] = ASSIGNMENT_TRANSITIONS[work.wasStatus].includes('cancelled') ? 'cancelled' : 'done';
    closeWork(db, work.assignmentId, closedAs, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'assignment', entityId: work.assignmentId, action: 'status',
      before: { orderNo: order.orderNo, status: work.wasStatus }, after: { orderNo: order.orderNo, status: closedAs, because: 'order-left-production' },
    });
    return { ...work, closedAs };
  });
}

/**
 * What a status step does besides the status itself; the caller has checked the step and holds
 * the transaction. Returns the SPKs it closed and what the audit entry records of the step.
 */
export function applyStatusStep(ctx: CallContext, order: Order, to: OrderStatus, reason: string | null, now: string): { closedWork: ClosedWork[]; audit: Record<string, unknown> } {
  const { db } = ctx.app;
  const audit: Record<string, unknown> = {};
  if (to === 'ready') {
    const ready = readyTest(ctx, order, reason);
    setReadyReason(db, order.id, ready.reason);
    if (ready.reason !== null) Object.assign(audit, { reason: ready.reason, short: ready.short });
  } else if (PRODUCING.has(to)) {
    setReadyReason(db, order.id, null);
  }
  const closedWork = PRODUCING.has(to) ? [] : closeOpenWork(ctx, order, now);
  if (closedWork.length > 0) audit.closedWork = closedWork.map((work) => work.assignmentId);
  return { closedWork, audit };
}

/**
 * Moves an order along its workflow; the same status again changes nothing. `reason` is the
 * manager's written reason for a ready order that deliveries do not cover yet.
 */
export function setOrderStatus(ctx: CallContext, id: number, status: OrderStatus, reason: string | null = null): OrderStatusChange {
  const { db } = ctx.app;
  const order = orderWithLines(ctx, id);
  if (order.status === status) return { ...order, closedWork: [] };
  checkTransition(ctx, order.status, status);
  const now = ctx.app.now();
  const closedWork = writeTransaction(db, () => {
    const step = applyStatusStep(ctx, order, status, reason, now);
    updateOrderStatus(db, id, status, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'order', entityId: id, action: 'status',
      before: { orderNo: order.orderNo, status: order.status }, after: { orderNo: order.orderNo, status, ...step.audit },
    });
    return step.closedWork;
  });
  return { ...orderWithLines(ctx, id), closedWork };
}

export function orderHistory(ctx: CallContext, id: number): OrderEvent[] {
  if (!getOrderHeader(ctx.app.db, id)) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return orderEvents(ctx.app.db, id);
}
