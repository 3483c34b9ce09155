import type { supplyInputs } from '../../../shared/api/supply';
import type { AreaHandlers } from '../platform/handler-types';
import { listMaterials } from '../catalogue/material-queries';
import { removeMaterial, restoreMaterial, saveMaterial } from '../catalogue/materials';
import { listMovements } from './stock-queries';
import { balancesAsOf, saveMovement, workshopHoldings } from './stock';

type StockCall = Extract<keyof typeof supplyInputs, `materials:${string}` | `stock:${string}`>;

/** Materials and the stock ledger, the cooperative's store and what workshops hold. */
export const stockHandlers = {
  'materials:list': (args, ctx) => listMaterials(ctx.app.db, ctx.app.today(), args.includeRemoved),
  'materials:save': (args, ctx) => saveMaterial(ctx, args),
  'materials:remove': (args, ctx) => removeMaterial(ctx, args.id),
  'materials:restore': (args, ctx) => restoreMaterial(ctx, args.id),
  'stock:record': (args, ctx) => saveMovement(ctx, args),
  'stock:movements': (args, ctx) => listMovements(ctx.app.db, args),
  'stock:balances': (args, ctx) => balancesAsOf(ctx, args.asOf ?? ctx.app.today()),
  'stock:workshops': (args, ctx) => workshopHoldings(ctx, args.unitCode ?? null),
} satisfies AreaHandlers<StockCall>;
