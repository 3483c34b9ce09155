import type { FobGap } from '../domain/fob';
import type { ContainerType, ShipmentStatus } from '../domain/shipments';
import type { ExportMonthSource, ExportPerformance, ReportPeriod } from './exports';
import type { Currency, MinorUnits, Rupiah, UsdCents } from '../money';

/**
 * The shipments report (Laporan Pengapalan): shipments that left in a period — shipped or closed,
 * by the month of their PEB (else their ETD) — one by one, by destination country and by month.
 * Money as kept on each shipment: the order currency's minor units, USD cents, rupiah.
 */

/** One shipment that left, with the totals kept on it as packed and valued. */
export interface ShipmentReportLine {
  shipmentNo: string;
  buyerCode: string;
  buyerName: string;
  country: string;
  etd: string | null;
  pebNo: string | null;
  pebDate: string | null;
  /** `YYYY-MM` of the PEB date, else of the ETD: the month the report counts it in. */
  month: string;
  containerType: ContainerType | null;
  containerCount: number;
  cartons: number;
  volumeM3: number;
  grossKg: number;
  currency: Currency;
  /** Null: unknown (a cost its incoterm needs is not entered); `fobGaps` says what is missing. */
  fobValue: MinorUnits | null;
  /** US cents and rupiah. Null: unknown, left out of every sum, never counted as 0. */
  fobUsdCents: UsdCents | null;
  fobIdr: Rupiah | null;
  /** What the shipment lacks for an unknown FOB figure: costs its incoterm needs, or the rate of its date. Empty when both are known. */
  fobGaps: FobGap[];
  status: ShipmentStatus;
}

/** A shipment that left whose FOB in USD or in rupiah is unknown: left out of that sum, and named beside it. */
export interface ShipmentFobUnknown {
  shipmentNo: string;
  month: string;
  country: string;
  gaps: FobGap[];
  /** The sums it is left out of. */
  leftOutOf: ('fobUsdCents' | 'fobIdr')[];
}

export interface ShipmentsCountryLine {
  country: string;
  /** The country in the caller's language. */
  label: string;
  shipments: number;
  cartons: number;
  volumeM3: number;
  /** Sum of the known FOB values, US cents; null when none of its shipments' is known. */
  fobUsdCents: UsdCents | null;
  /** Its shipments whose FOB in USD is unknown, left out of `fobUsdCents`. */
  withoutFob: number;
  /** Of the period's known FOB in USD, in % to two decimals; null when either is unknown or the total is zero. */
  sharePct: number | null;
}

export interface ShipmentsMonthLine {
  month: string;
  label: string;
  shipments: number;
  cartons: number;
  volumeM3: number;
  /** Sums of the known FOB values (US cents, rupiah); null when none is known (no shipment, or none whose FOB is known). */
  fobUsdCents: UsdCents | null;
  fobIdr: Rupiah | null;
  /** Its shipments whose FOB in USD or rupiah is unknown, left out of those sums. */
  withoutFob: number;
  /**
   * The month's counted exports (the figure export performance shows): null when unknown; when
   * `source.source` is `history`, the month's exports are counted from export history, not from
   * the shipments listed here.
   */
  countedUsdCents: UsdCents | null;
  source: ExportMonthSource | null;
}

export interface ShipmentsReport {
  period: ReportPeriod;
  /** `fobUsdCents`/`fobIdr` sum the known values (null when none is known); `withoutFob` names the shipments they leave out. */
  /**
   * The period's totals. Without a shipment that left, the sums (cartons, m³, kg, FOB) are unknown,
   * null, never 0 (the centre may not have recorded its shipments); the counts are counts.
   */
  totals: { shipments: number; cartons: number | null; volumeM3: number | null; grossKg: number | null; fobUsdCents: UsdCents | null; fobIdr: Rupiah | null; countries: number; lines: number };
  /** Shipments that left with their FOB in USD or rupiah unknown, by date: left out of the FOB sums, never counted as 0. */
  withoutFob: ShipmentFobUnknown[];
  /** Booked and draft shipments whose ETD falls in the period: not left yet, so not counted above. */
  pending: { booked: number; draft: number };
  /** Months of the period without export data (knownExportMonths): no data, not zero exports. */
  missingMonths: string[];
  /**
   * The period's counted exports, equal to export performance's: total (null when unknown), months
   * with data, and the months with both sources (chosen or flagged "dua sumber").
   */
  exports: { usdCents: UsdCents | null; monthsWithData: number; monthSources: ExportMonthSource[] };
  byCountry: ShipmentsCountryLine[];
  /** Every month of the period; a month in `missingMonths` has zero shipments and null FOB, shown as "no data". */
  byMonth: ShipmentsMonthLine[];
  shipments: ShipmentReportLine[];
}

/** `SHP-2026-005 (ongkos angkut, asuransi)`: what a shipment left out of the FOB sums lacks. */
export function fobUnknownText(t: (key: string, params?: Record<string, unknown>) => string, gaps: readonly string[]): string {
  return t('reportShipments.fobUnknown', { what: gaps.map((gap) => t(`shipments.figures.gap.${gap}`)).join(', ') });
}

/** The sentence naming the shipments the FOB sums leave out; null when they leave out none. */
export function withoutFobText(
  t: (key: string, params?: Record<string, unknown>) => string,
  withoutFob: readonly Pick<ShipmentFobUnknown, 'shipmentNo' | 'gaps'>[],
  key = 'reportShipments.withoutFob',
): string | null {
  if (withoutFob.length === 0) return null;
  const list = withoutFob.map((s) => `${s.shipmentNo} (${s.gaps.map((gap) => t(`shipments.figures.gap.${gap}`)).join(', ')})`).join(', ');
  return t(key, { count: withoutFob.length, list });
}

/** Export performance's sentences for the shipments its two totals leave out (none: an empty list). */
export function performanceWithoutFobNotes(t: (key: string, params?: Record<string, unknown>) => string, withoutFob: ExportPerformance['withoutFob']): string[] {
  return [withoutFobText(t, withoutFob.current, 'exports.reports.withoutFob'), withoutFobText(t, withoutFob.previous, 'exports.reports.withoutFobPrevious')]
    .filter((note): note is string => note !== null);
}

/**
 * The months of `missingMonths` in which no shipment left: their rows read "no data". A missing
 * month in which shipments left with their FOB unknown keeps its counts (its FOB unknown, its
 * shipments named by `withoutFob`).
 */
export function monthsWithoutShipments(report: Pick<ShipmentsReport, 'missingMonths' | 'byMonth'>): string[] {
  const shipped = new Set(report.byMonth.filter((line) => line.shipments > 0).map((line) => line.month));
  return report.missingMonths.filter((month) => !shipped.has(month));
}
