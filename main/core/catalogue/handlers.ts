import type { supplyInputs } from '../../../shared/api/supply';
import type { AreaHandlers } from '../platform/handler-types';
import { bomForSku, replaceBom } from './bom';
import { listProducts } from './catalogue-queries';
import { productsMissingExportNames } from './export-names';
import { productWithBom, removeProduct, restoreProduct, saveProduct } from './products';

type CatalogueCall = Extract<keyof typeof supplyInputs, `products:${string}` | `bom:${string}`>;

/** Products and their bills of materials. */
export const catalogueHandlers = {
  'products:list': (args, ctx) => listProducts(ctx.app.db, args.includeRemoved),
  'products:get': (args, ctx) => productWithBom(ctx, args.id),
  'products:save': (args, ctx) => saveProduct(ctx, args),
  'products:remove': (args, ctx) => removeProduct(ctx, args.id),
  'products:restore': (args, ctx) => restoreProduct(ctx, args.id),
  'products:missingExportNames': (_args, ctx) => productsMissingExportNames(ctx.app.db),
  'bom:get': (args, ctx) => bomForSku(ctx, args.sku),
  'bom:save': (args, ctx) => replaceBom(ctx, args.sku, args.lines),
} satisfies AreaHandlers<CatalogueCall>;
