import { z } from 'zod';
import type { PurchaseSuggestion } from './planning';
import type { Currency } from '../money';

/**
 * What to buy by when: the last plan's purchase suggestions not yet on a purchase order, by
 * supplier. The same "open suggestions" the plan, the dashboard and the materials report count.
 */

export interface ToBuyLine extends PurchaseSuggestion {
  materialName: string;
  /** The currency of `cost` (the material's). */
  currency: Currency;
  /** Late by the plan, or its order-by day has passed since. */
  isLate: boolean;
}

/** One supplier's open suggestions, earliest order-by first: what one purchase order would hold. */
export interface ToBuySupplier {
  /** Null: materials without a supplier, to be ordered by hand. */
  supplierName: string | null;
  /** The earliest order-by day of its lines. */
  orderBy: string;
  lines: ToBuyLine[];
  lateLines: number;
  /** Costs per currency in minor units; lines without a cost are counted in `unpricedLines`. */
  cost: { currency: Currency; amount: number }[];
  unpricedLines: number;
}

export interface ToBuyList {
  /** The plan run the suggestions come from. */
  planToday: string;
  runAt: string;
  /** All suggestions of that plan, those still open, late among them, and those already on a PO. */
  suggestions: number;
  open: number;
  late: number;
  onPurchaseOrders: number;
  /** The purchase orders that took suggestions of this plan. */
  purchaseOrders: string[];
  /** Earliest order-by first; materials without a supplier last. */
  suppliers: ToBuySupplier[];
}

export const purchasingInputs = {
  /** The list to buy by when; null before the first plan. */
  'purchases:toBuy': z.object({}),
};

export interface PurchasingOutputs {
  'purchases:toBuy': ToBuyList | null;
}
