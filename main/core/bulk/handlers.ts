import type { bulkInputs } from '../../../shared/api/bulk';
import type { AreaHandlers } from '../platform/handler-types';
import { issueManySpks, setManyOrderStatuses, setManyPurchaseStatuses, setManyShipmentStatuses } from './actions';
import { nextNumber } from './numbers';

/** Bulk actions over selected rows, and the next number of each series. */
export const bulkHandlers = {
  'spk:issueMany': (args, ctx) => issueManySpks(ctx, args.ids),
  'orders:setStatusMany': (args, ctx) => setManyOrderStatuses(ctx, args.ids, args.status, args.reason),
  'purchases:setStatusMany': (args, ctx) => setManyPurchaseStatuses(ctx, args.ids, args.status),
  'shipments:setStatusMany': (args, ctx) => setManyShipmentStatuses(ctx, args.ids, args.status),
  'numbers:next': (args, ctx) => ({ no: nextNumber(ctx, args.kind, args.on ?? ctx.app.today()) }),
} satisfies AreaHandlers<keyof typeof bulkInputs>;
