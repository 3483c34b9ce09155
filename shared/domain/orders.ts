import { z } from 'zod';
import { COUNTRIES } from '../countries';
import { currencyField } from './catalogue';
import { BOUNDS, idField, isoDateField, optionalText, rateField, requiredText, unitPriceField } from './fields';

export const BUYER_KINDS = ['export', 'domestic', 'marketplace', 'government'] as const;
export const INCOTERMS = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;

export const buyerInput = z.object({
  id: idField.optional(),
  buyerCode: requiredText(40),
  name: requiredText(160),
  country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v in COUNTRIES, { error: 'invalid.country' }),
  kind: z.enum(BUYER_KINDS, { error: 'invalid.buyerKind' }),
  currency: currencyField,
  incoterm: z.enum(INCOTERMS, { error: 'invalid.incoterm' }).nullish().transform((v) => v ?? null),
});
export type BuyerInput = z.input<typeof buyerInput>;
export type BuyerValues = z.output<typeof buyerInput>;
export interface Buyer extends Omit<BuyerValues, 'id'> {
  id: number;
  openOrders: number;
}

export const ORDER_STATUSES = ['draft', 'confirmed', 'in-production', 'ready', 'shipped', 'closed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Which status may follow which: a shipped order is not confirmed again. */
export const ORDER_TRANSITIONS: Record<OrderStatus, OrderStatus[]> = {
  draft: ['confirmed', 'cancelled'],
  confirmed: ['draft', 'in-production', 'cancelled'],
  'in-production': ['ready', 'cancelled'],
  ready: ['shipped', 'in-production'],
  shipped: ['closed'],
  closed: [],
  cancelled: ['draft'],
};

export const orderLineInput = z.object({
  sku: requiredText(40),
  qty: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).positive({ error: 'invalid.notPositive' }).max(BOUNDS.pieces, { error: 'invalid.tooLarge' }),
  /** Per unit, in the order currency's minor unit. */
  unitPrice: unitPriceField,
});

/** A buyer's order with its lines; ship-by is the date the goods must leave the centre. */
export const orderInput = z
  .object({
    id: idField.optional(),
    orderNo: requiredText(40),
    buyerCode: requiredText(40),
    orderDate: isoDateField,
    shipBy: isoDateField,
    currency: currencyField,
    /** Rupiah per unit of the currency on the order date; required for other currencies. */
    idrRate: rateField.nullish().transform((v) => v ?? null),
    status: z.enum(ORDER_STATUSES, { error: 'invalid.orderStatus' }).default('draft'),
    note: optionalText(400),
    lines: z.array(orderLineInput).min(1, { error: 'invalid.noLines' }).max(500),
  })
  .superRefine((o, ctx) => {
    if (o.shipBy < o.orderDate) ctx.addIssue({ code: 'custom', path: ['shipBy'], message: 'invalid.shipBeforeOrder' });
  });
export type OrderInput = z.input<typeof orderInput>;
export type OrderValues = z.output<typeof orderInput>;

export interface OrderSummary {
  id: number;
  orderNo: string;
  buyerCode: string;
  buyerName: string;
  country: string;
  orderDate: string;
  shipBy: string;
  currency: string;
  status: OrderStatus;
  lines: number;
  qty: number;
  /** In the order currency's minor unit. */
  value: number;
}

export interface OrderLine {
  id: number;
  lineNo: number;
  sku: string;
  productName: string;
  qty: number;
  unitPrice: number;
}

export interface Order extends Omit<OrderValues, 'id' | 'lines'> {
  id: number;
  buyerName: string;
  lines: OrderLine[];
}

export const exchangeRateInput = z.object({
  currency: currencyField,
  validOn: isoDateField,
  idrPerUnit: rateField,
  source: optionalText(120),
});
export type ExchangeRate = z.output<typeof exchangeRateInput>;
