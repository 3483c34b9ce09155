import type { supplyInputs } from '../../../shared/api/supply';
import type { AreaHandlers } from '../platform/handler-types';
import { listBuyers } from './buyer-queries';
import { removeBuyer, restoreBuyer, saveBuyer } from './buyers';
import { orderPage } from './order-queries';
import { orderHistory, setOrderStatus } from './order-status';
import { orderDetail, saveOrder } from './orders';

type OrdersCall = Extract<keyof typeof supplyInputs, `buyers:${string}` | `orders:${string}`>; // `rates:*`: shipments/rate-handlers.ts

/** Buyers and their orders. */
export const ordersHandlers = {
  'buyers:list': (args, ctx) => listBuyers(ctx.app.db, args.includeRemoved),
  'buyers:save': (args, ctx) => saveBuyer(ctx, args),
  'buyers:remove': (args, ctx) => removeBuyer(ctx, args.id),
  'buyers:restore': (args, ctx) => restoreBuyer(ctx, args.id),
  'orders:page': (args, ctx) => orderPage(ctx.app.db, args),
  'orders:get': (args, ctx) => orderDetail(ctx, args.id),
  'orders:save': (args, ctx) => saveOrder(ctx, args),
  'orders:setStatus': (args, ctx) => setOrderStatus(ctx, args.id, args.status, args.reason),
  'orders:history': (args, ctx) => orderHistory(ctx, args.id),
} satisfies AreaHandlers<OrdersCall>;
