import type { ContainerType, ShipmentStatus } from '../domain/shipments';
import type { ExportMonthSource, ReportPeriod } from './exports';

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
  currency: string;
  fobValue: number;
  fobUsd: number;
  fobIdr: number;
  status: ShipmentStatus;
}

export interface ShipmentsCountryLine {
  country: string;
  /** The country in the caller's language. */
  label: string;
  shipments: number;
  cartons: number;
  volumeM3: number;
  fobUsd: number;
  /** Of the period's FOB in USD, in % to two decimals; null when the period's total is zero. */
  sharePct: number | null;
}

export interface ShipmentsMonthLine {
  month: string;
  label: string;
  shipments: number;
  cartons: number;
  volumeM3: number;
  fobUsd: number;
  fobIdr: number;
  /**
   * The month's counted exports (the figure export performance shows): null when unknown; when
   * `source.source` is `history`, the month's exports are counted from export history, not from
   * the shipments listed here.
   */
  countedUsd: number | null;
  source: ExportMonthSource | null;
}

export interface ShipmentsReport {
  period: ReportPeriod;
  totals: { shipments: number; cartons: number; volumeM3: number; grossKg: number; fobUsd: number; fobIdr: number; countries: number; lines: number };
  /** Booked and draft shipments whose ETD falls in the period: not left yet, so not counted above. */
  pending: { booked: number; draft: number };
  /** Months of the period without export data (knownExportMonths): no data, not zero exports. */
  missingMonths: string[];
  /**
   * The period's counted exports, equal to export performance's: total (null when unknown), months
   * with data, and the months with both sources (chosen or flagged "dua sumber").
   */
  exports: { usd: number | null; monthsWithData: number; monthSources: ExportMonthSource[] };
  byCountry: ShipmentsCountryLine[];
  /** Every month of the period; a month in `missingMonths` has zeros that the screens show as "no data". */
  byMonth: ShipmentsMonthLine[];
  shipments: ShipmentReportLine[];
}
