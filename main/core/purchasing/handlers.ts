import type { productionInputs } from '../../../shared/api/production';
import type { purchasingInputs } from '../../../shared/api/purchasing';
import type { AreaHandlers } from '../platform/handler-types';
import { purchaseDetail, purchaseList, purchasesFromPlan, receivePurchase, savePurchase, setPurchaseOrderStatus } from './purchases';
import { purchasesWorkbook } from './purchases-workbook';
import { toBuyList } from './to-buy';
import { outbox } from '../platform/files/outbox';

// The purchase orders' calls are declared with production's in the contract; they are answered here.
type PurchasingCall = keyof typeof purchasingInputs | Extract<keyof typeof productionInputs, `purchases:${string}` | 'files:purchases'>;

/** Purchase orders from the plan's suggestions to their receipt into stock, and what to buy by when. */
export const purchasingHandlers = {
  'purchases:toBuy': (_args, ctx) => toBuyList(ctx),
  'purchases:list': (args, ctx) => purchaseList(ctx, args.status ?? null),
  'purchases:get': (args, ctx) => purchaseDetail(ctx, args.id),
  'purchases:save': (args, ctx) => savePurchase(ctx, args),
  'purchases:fromPlan': (args, ctx) => purchasesFromPlan(ctx, args.orderDate ?? ctx.app.today(), args.supplier?.trim() || null),
  'purchases:setStatus': (args, ctx) => setPurchaseOrderStatus(ctx, args.id, args.status),
  'purchases:receive': (args, ctx) => receivePurchase(ctx, args.id, args.receivedOn, args.lines),
  'files:purchases': async (args, ctx) => {
    const { fileName, data } = await purchasesWorkbook(ctx, args.statuses ?? []);
    return outbox().put(fileName, data);
  },
} satisfies AreaHandlers<PurchasingCall>;
