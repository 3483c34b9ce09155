import { z } from 'zod';
import type { CentreFigures } from './centre-figures';
import { monthField, type ReportPeriod } from './exports';
import type { MaterialsReport } from './report-materials';
import type { Rupiah } from '../money';

/**
 * The production report: work assigned to the workshops (SPK weeks) and delivered against it,
 * per month and per workshop. Pieces are whole numbers; money is rupiah.
 */

/** One line of the report: a month, a workshop, or a workshop in a month. */
export interface ProductionLine {
  /** `2026-03`, `UU-0001`, or `UU-0001|2026-03`. */
  key: string;
  month: string | null;
  unitCode: string | null;
  unitName: string | null;
  /** Pieces of SPKs not cancelled in the weeks starting in the month(s). */
  assigned: number;
  /** Pieces offered to the cooperative in those weeks (reports/figures/capacity.ts), in months with production data only (0 in the others). */
  capacity: number;
  /** Pieces handed in (accepted + rejected). */
  delivered: number;
  accepted: number;
  rejected: number;
  /** Accepted pieces × the order line's price in rupiah at the order's rate. */
  valueIdr: Rupiah;
  /** False for a month without any delivery: no production data rather than zero. */
  hasData: boolean;
}

export interface ProductionReport {
  period: ReportPeriod;
  /** The last day the figures reach: the period's end, or today in the current month. */
  asOf: string;
  total: ProductionLine;
  /** The centre's figures of the period, as every other report shows them. */
  figures: CentreFigures;
  /** Rejected ÷ delivered in % (two decimals); null when nothing was delivered. */
  rejectPct: number | null;
  /** Delivered ÷ capacity over the months with production data, in % (figures.utilisationPct). */
  utilisationPct: number | null;
  /** Accepted pieces of orders without a rupiah rate: their value is not counted. */
  unpricedAccepted: number;
  /** Months without any delivery (figures.missingMonths). */
  missingMonths: string[];
  byMonth: ProductionLine[];
  /** Workshops with capacity or work in the period, by unit code. */
  byUnit: ProductionLine[];
}

/** The workbook's detail (workshop × month), kept off the screen's call. */
export interface ProductionReportFull extends ProductionReport {
  detail: ProductionLine[];
}

const period = z.object({ from: monthField.optional(), to: monthField.optional() });

/** The production and materials reports on screen; absent months: the centre's year to date. */
export const productionReportInputs = {
  'reports:production': period,
  'reports:materials': period,
};

export interface ProductionReportOutputs {
  'reports:production': ProductionReport;
  'reports:materials': MaterialsReport;
}
