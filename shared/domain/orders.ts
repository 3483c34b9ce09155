import { z } from 'zod';
import { COUNTRIES } from '../countries';
import { currencyField } from './catalogue';
import { BOUNDS, emailField, idField, isoDateField, optionalText, rateField, requiredText, unitPriceField } from './fields';
import type { Currency, MinorUnits, Rupiah } from '../money';

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
  // What export papers print of the buyer (issue 12); all optional, a domestic buyer needs few.
  /** Street lines, one a line. */
  address: optionalText(400),
  city: optionalText(120),
  postcode: optionalText(20),
  /** The person who handles the orders. */
  contact: optionalText(120),
  email: emailField,
  phone: optionalText(40),
  /** Name and address, free text, as printed under "Notify party". */
  notifyParty: optionalText(600),
  /** As written on the papers: "T/T 30 % deposit, 70 % against copy of B/L", "L/C at sight". */
  paymentTerms: optionalText(200),
  /** The named place of the incoterm: "Tanjung Perak, Surabaya" makes "FOB Tanjung Perak, Surabaya". */
  incotermPlace: optionalText(120),
  portOfDischarge: optionalText(120),
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

/**
 * Statuses whose goods are being made: the plan plans their lines and their SPKs stay open. An
 * order that moves to any other status leaves production, and its open SPKs are closed with it.
 */
export const PRODUCING_STATUSES = ['confirmed', 'in-production'] as const satisfies readonly OrderStatus[];

/** A manager's written reason for calling an order ready before deliveries cover it. */
export const READY_REASON_MIN = 10;

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
    /**
     * Rupiah per unit of the currency; empty: the recorded rate of the order date, else none yet —
     * the order is taken, its rupiah worth unknown until a rate for its date is recorded.
     */
    idrRate: rateField.nullish().transform((v) => v ?? null),
    status: z.enum(ORDER_STATUSES, { error: 'invalid.orderStatus' }).default('draft'),
    note: optionalText(400),
    /** The buyer's own purchase-order number and date, printed on the papers as "Buyer's PO No.". */
    buyerPo: optionalText(60),
    buyerPoDate: isoDateField.nullish().transform((v) => v ?? null),
    /**
     * Left out (undefined) on a new order: the buyer's payment terms are taken; given, even empty
     * (null), it is kept as given, so that an exported order comes back as it was.
     */
    paymentTerms: z.undefined().or(optionalText(200)),
    lines: z.array(orderLineInput).min(1, { error: 'invalid.noLines' }).max(500),
    /**
     * Saves lines that are unusual but possible (a free line, months of the centre's capacity);
     * without it such a save answers NEEDS_CONFIRM, which the form shows before it asks again.
     */
    confirm: z.boolean().optional(),
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
  currency: Currency;
  status: OrderStatus;
  lines: number;
  qty: number;
  /** In the order currency's minor unit. */
  value: MinorUnits;
  /** In rupiah; null while a foreign-currency order has no rate ("belum ada kurs"). */
  valueIdr: Rupiah | null;
}

export interface OrderLine {
  id: number;
  lineNo: number;
  sku: string;
  productName: string;
  qty: number;
  unitPrice: number;
  /** Pieces of this line the workshops have handed in and QC accepted (all its SPKs). */
  acceptedQty: number;
}

export interface Order extends Omit<OrderValues, 'id' | 'lines' | 'paymentTerms'> {
  id: number;
  paymentTerms: string | null;
  buyerName: string;
  /** The lines' worth in rupiah; null while a foreign-currency order has no rate ("belum ada kurs"). */
  valueIdr: Rupiah | null;
  /** The manager's reason when the order was called ready before deliveries covered it, else null. */
  readyReason: string | null;
  lines: OrderLine[];
}

/** An order line whose accepted deliveries do not yet cover it. */
export interface ShortLine {
  lineNo: number;
  sku: string;
  ordered: number;
  accepted: number;
}

/**
 * The lines accepted deliveries do not yet cover: empty when the order is made and may be called
 * ready to ship (the one test of "ready", used by the service and shown on the screen).
 */
export function shortLinesOf(lines: readonly Pick<OrderLine, 'lineNo' | 'sku' | 'qty' | 'acceptedQty'>[]): ShortLine[] {
  return lines.filter((line) => line.acceptedQty < line.qty).map((line) => ({ lineNo: line.lineNo, sku: line.sku, ordered: line.qty, accepted: line.acceptedQty }));
}

/** An open SPK closed because its order left production: cancelled, or closed short after deliveries. */
export interface ClosedWork {
  assignmentId: number;
  spkNo: string | null;
  unitCode: string;
  unitName: string;
  sku: string;
  qty: number;
  deliveredQty: number;
  wasStatus: 'planned' | 'issued' | 'in-progress';
  closedAs: 'cancelled' | 'done';
}

/** The order after a status step, with the SPKs the step closed (the notice lists them). */
export interface OrderStatusChange extends Order {
  closedWork: ClosedWork[];
}

/** One entry of an order's history, from the audit log. */
export interface OrderEvent {
  at: string;
  actor: string;
  action: string;
  from: OrderStatus | null;
  to: OrderStatus | null;
  /** The written reason of a forced "ready". */
  reason: string | null;
  /** What was missing when "ready" was forced. */
  short: ShortLine[];
  closedWork: number;
}

export const exchangeRateInput = z.object({
  currency: currencyField,
  validOn: isoDateField,
  idrPerUnit: rateField,
  source: optionalText(120),
});
export type ExchangeRate = z.output<typeof exchangeRateInput>;
