import type { ReportPeriod } from './exports';
import type { Rupiah } from '../money';

/**
 * The materials report: stock at the period's end, what the workshops consumed (issues less
 * returns) and what came in during the period, purchase orders still open, and the last plan's
 * purchase suggestions. Quantities in the material's own unit; values in rupiah, null where the
 * material has no cost or its currency no rate (unknown, not zero).
 */

export interface MaterialLine {
  materialCode: string;
  name: string;
  category: string;
  uom: string;
  /** Cost per unit in rupiah; null without a cost or a rate. */
  unitCostIdr: Rupiah | null;
  /** Why the values are unknown: no cost entered, or no rupiah rate for its currency by the report's day. */
  costMissing: 'cost' | 'rate' | null;
  onHand: number;
  stockValueIdr: Rupiah | null;
  issued: number;
  returned: number;
  /** issued − returned. */
  consumed: number;
  consumedValueIdr: Rupiah | null;
  /** Receipts into stock in the period. */
  received: number;
  receivedValueIdr: Rupiah | null;
  /** Quantity on purchase orders dated in the period (not cancelled). */
  ordered: number;
  reorderPoint: number;
  safetyStock: number;
  isBelowReorder: boolean;
  isBelowSafety: boolean;
}

export interface OpenPurchaseLine {
  poNo: string;
  supplier: string;
  orderDate: string;
  expectedOn: string;
  status: string;
  materialCode: string;
  materialName: string;
  uom: string;
  openQty: number;
  valueIdr: Rupiah | null;
  /** Expected before the report's day and not yet in. */
  isLate: boolean;
}

export interface SuggestionLine {
  materialCode: string;
  materialName: string;
  qty: number;
  uom: string;
  supplierName: string | null;
  needBy: string;
  orderBy: string;
  late: boolean;
  valueIdr: Rupiah | null;
}

export interface MaterialsReport {
  period: ReportPeriod;
  asOf: string;
  totals: { stockValueIdr: Rupiah; consumedValueIdr: Rupiah; receivedValueIdr: Rupiah; openValueIdr: Rupiah; suggestionsValueIdr: Rupiah };
  /** Materials without a cost or a rate: their values are left out of the totals. */
  unvalued: string[];
  belowReorder: number;
  belowSafety: number;
  /** True when the ledger has no movement at all up to the report's day. */
  hasStock: boolean;
  materials: MaterialLine[];
  openPurchases: OpenPurchaseLine[];
  /**
   * The last plan's day and its suggestions not yet on a purchase order (late as of today), and
   * how many of its suggestions are on one already; null before any plan was run.
   */
  plan: { today: string; runAt: string; lines: SuggestionLine[]; onPurchaseOrders: number } | null;
}
