import type { supplyInputs } from '../../../shared/api/supply';
import type { AreaHandlers } from '../platform/handler-types';
import { listBuyers } from './buyer-queries';
import { listProducts } from '../catalogue/catalogue-queries';
import { listMaterials } from '../catalogue/material-queries';
import { orderPage } from './order-queries';
import { listMovements } from '../stock/stock-queries';
import { bomForSku, replaceBom } from '../catalogue/bom';
import { removeBuyer, restoreBuyer, saveBuyer } from './buyers';
import { removeMaterial, restoreMaterial, saveMaterial } from '../catalogue/materials';
import { orderDetail, saveOrder } from './orders';
import { orderHistory, setOrderStatus } from './order-status';
import { productsMissingExportNames } from '../catalogue/export-names';
import { productWithBom, removeProduct, restoreProduct, saveProduct } from '../catalogue/products';
import { ratesFor, saveRate } from './rates';
import { balancesAsOf, saveMovement, workshopHoldings } from '../stock/stock';

/** The supply-chain calls: catalogue and BOM, materials and stock, buyers, orders and rates. */
export const supplyHandlers = {
  'products:list': (args, ctx) => listProducts(ctx.app.db, args.includeRemoved),
  'products:get': (args, ctx) => productWithBom(ctx, args.id),
  'products:save': (args, ctx) => saveProduct(ctx, args),
  'products:remove': (args, ctx) => removeProduct(ctx, args.id),
  'products:restore': (args, ctx) => restoreProduct(ctx, args.id),
  'products:missingExportNames': (_args, ctx) => productsMissingExportNames(ctx.app.db),
  'bom:get': (args, ctx) => bomForSku(ctx, args.sku),
  'bom:save': (args, ctx) => replaceBom(ctx, args.sku, args.lines),
  'materials:list': (args, ctx) => listMaterials(ctx.app.db, ctx.app.today(), args.includeRemoved),
  'materials:save': (args, ctx) => saveMaterial(ctx, args),
  'materials:remove': (args, ctx) => removeMaterial(ctx, args.id),
  'materials:restore': (args, ctx) => restoreMaterial(ctx, args.id),
  'stock:record': (args, ctx) => saveMovement(ctx, args),
  'stock:movements': (args, ctx) => listMovements(ctx.app.db, args),
  'stock:balances': (args, ctx) => balancesAsOf(ctx, args.asOf ?? ctx.app.today()),
  'stock:workshops': (args, ctx) => workshopHoldings(ctx, args.unitCode ?? null),
  'buyers:list': (args, ctx) => listBuyers(ctx.app.db, args.includeRemoved),
  'buyers:save': (args, ctx) => saveBuyer(ctx, args),
  'buyers:remove': (args, ctx) => removeBuyer(ctx, args.id),
  'buyers:restore': (args, ctx) => restoreBuyer(ctx, args.id),
  'orders:page': (args, ctx) => orderPage(ctx.app.db, args),
  'orders:get': (args, ctx) => orderDetail(ctx, args.id),
  'orders:save': (args, ctx) => saveOrder(ctx, args),
  'orders:setStatus': (args, ctx) => setOrderStatus(ctx, args.id, args.status, args.reason),
  'orders:history': (args, ctx) => orderHistory(ctx, args.id),
  'rates:list': (args, ctx) => ratesFor(ctx, args.currency ?? null),
  'rates:save': (args, ctx) => saveRate(ctx, args),
} satisfies AreaHandlers<keyof typeof supplyInputs>;
