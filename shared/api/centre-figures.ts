import type { ReportPeriod } from './exports';
import type { Currency, Rupiah } from '../money';

/**
 * The centre's figures as every report shows them (main/core/reports/figures): one definition
 * each, null where the data does not reach (unknown, never zero). Pieces are whole numbers,
 * money whole rupiah rounded once.
 */

export interface RegistryFigures {
  asOf: string;
  /** Members aktif at `asOf`. */
  members: number | null;
  units: number | null;
  activeUnits: number | null;
  dormantUnits: number | null;
  /** Workers of the active units. */
  workers: number | null;
  /** The registered monthly capacity of the active units (pieces a month), not the capacity offered. */
  registeredMonthlyCapacity: number | null;
}

export interface UnpricedOrder {
  orderNo: string;
  currency: Currency;
  /** Accepted pieces of the order in the period whose value is unknown. */
  accepted: number;
}

export interface CentreFigures {
  period: ReportPeriod;
  /** The last day the figures reach: the period's end, or today in the current month. */
  asOf: string;
  months: string[];
  /** Months with something handed in to QC; the others are named in `missingMonths`. */
  monthsWithData: string[];
  missingMonths: string[];
  /** Pieces handed in (accepted + rejected). */
  producedQty: number | null;
  acceptedQty: number | null;
  rejectedQty: number | null;
  /** Accepted pieces at their order lines' prices in rupiah; partial when `unpricedOrders` is not empty. */
  productionValueIdr: Rupiah | null;
  unpricedOrders: UnpricedOrder[];
  /** Pieces offered to the cooperative in the months with production data, cut by the production calendar. */
  capacity: number | null;
  /** producedQty ÷ capacity in %, two decimals. */
  utilisationPct: number | null;
  registry: RegistryFigures;
}
