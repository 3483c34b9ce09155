import { z } from 'zod';
import { bomLineInput, currencyField, productBomInput, productInput, type BomLine, type Product } from '../domain/catalogue';
import { idField, isoDateField, optionalText } from '../domain/fields';
import { materialInput, MOVEMENT_KINDS, stockMovementInput, type Material, type StockBalance, type StockMovement, type WorkshopMaterialBalance } from '../domain/materials';
import {
  buyerInput, exchangeRateInput, orderInput, ORDER_STATUSES, type Buyer, type ExchangeRate, type Order, type OrderEvent, type OrderStatusChange, type OrderSummary,
} from '../domain/orders';

const byId = z.object({ id: idField });
const listing = z.object({ includeRemoved: z.boolean().optional() });

/** Calls of the supply-chain area: catalogue and BOM, materials and stock, buyers and orders. */
export const supplyInputs = {
  'products:list': listing,
  'products:get': byId,
  'products:save': productInput,
  'products:remove': byId,
  'products:restore': byId,
  /** Products on export orders without an English name: their papers cannot be printed yet. */
  'products:missingExportNames': z.object({}),
  'bom:get': z.object({ sku: z.string().min(1) }),
  /** Replaces the whole bill of materials of one product. */
  'bom:save': productBomInput,
  'materials:list': listing,
  'materials:save': materialInput,
  'materials:remove': byId,
  'materials:restore': byId,
  'stock:record': stockMovementInput,
  'stock:movements': z.object({
    materialCode: z.string().max(40).optional(),
    kind: z.enum(MOVEMENT_KINDS).optional(),
    from: isoDateField.optional(),
    to: isoDateField.optional(),
    limit: z.number().int().min(1).max(10_000).default(1000),
  }),
  'stock:balances': z.object({ asOf: isoDateField.optional() }),
  'stock:workshops': z.object({ unitCode: z.string().max(40).optional() }),
  'buyers:list': listing,
  'buyers:save': buyerInput,
  'buyers:remove': byId,
  'buyers:restore': byId,
  /** One page of orders for a virtualised grid, filtered and sorted in SQL. */
  'orders:page': z.object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
    sort: z.enum(['orderNo', 'orderDate', 'shipBy', 'buyerName', 'status', 'value']).default('shipBy'),
    descending: z.boolean().default(false),
    status: z.array(z.enum(ORDER_STATUSES)).max(20, { error: 'guard.tooManyItems' }).optional(),
    buyerCode: z.string().max(40).optional(),
    search: z.string().max(80).optional(),
    shipByFrom: isoDateField.optional(),
    shipByTo: isoDateField.optional(),
  }),
  'orders:get': byId,
  'orders:save': orderInput,
  /**
   * One step of the workflow. "ready" needs accepted deliveries covering every line, or a manager's
   * written `reason` (kept on the order and in the audit log); leaving production closes the open SPKs.
   */
  'orders:setStatus': z.object({ id: idField, status: z.enum(ORDER_STATUSES), reason: optionalText(400) }),
  /** The order's history from the audit log, newest first: status steps with their reasons. */
  'orders:history': byId,
  'rates:list': z.object({ currency: z.string().max(40).transform((code) => code.toUpperCase()).pipe(currencyField).optional() }),
  'rates:save': exchangeRateInput,
};

export interface SupplyOutputs {
  'products:list': Product[];
  'products:get': Product & { bom: BomLine[] };
  'products:save': Product;
  'products:remove': Product;
  'products:restore': Product;
  'products:missingExportNames': { id: number; sku: string; name: string }[];
  'bom:get': BomLine[];
  'bom:save': BomLine[];
  'materials:list': Material[];
  'materials:save': Material;
  'materials:remove': Material;
  'materials:restore': Material;
  'stock:record': StockMovement;
  'stock:movements': StockMovement[];
  'stock:balances': StockBalance[];
  'stock:workshops': WorkshopMaterialBalance[];
  'buyers:list': Buyer[];
  'buyers:save': Buyer;
  'buyers:remove': Buyer;
  'buyers:restore': Buyer;
  'orders:page': { rows: OrderSummary[]; total: number };
  'orders:get': Order;
  'orders:save': Order;
  'orders:setStatus': OrderStatusChange;
  'orders:history': OrderEvent[];
  'rates:list': ExchangeRate[];
  'rates:save': ExchangeRate;
}

export { bomLineInput };
