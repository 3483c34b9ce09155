import { monthsOf, shiftMonth, type ExportMonthSource, type ExportShipmentWithoutFob, type PartialMonth, type ReportPeriod } from '../../../../shared/api/exports';
import { sumOf, type UsdCents } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { exportFacts, exportMonthSources, knownExportMonths, type ExportFact } from '../../shipments/export-fact-queries';
import { shipmentsWithoutFob } from '../../shipments/shipment-fact-queries';

/**
 * A period's export figures, the one computation behind export performance, the shipments
 * report's counted exports and the dashboard: the facts of both periods (the earlier one cut to
 * the same days where the period runs into this month), their totals — null where no month of a
 * period has export data, never 0 — growth, the months with data and those missing, and the
 * month sources of every month that has both.
 */
export interface PeriodExports {
  current: ExportFact[];
  previous: ExportFact[];
  currentUsdCents: UsdCents | null;
  previousUsdCents: UsdCents | null;
  growthPct: number | null;
  isKnown(month: string): boolean;
  monthsWithData: { current: number; previous: number };
  missingMonths: string[];
  missingPreviousMonths: string[];
  /** Every month of either period with both sources (chosen or flagged "dua sumber"). */
  monthSources: ExportMonthSource[];
  /** Source of each month of either period that has a figure. */
  sourceOf: Map<string, ExportMonthSource>;
  /** Shipments of months counted from shipments whose FOB is unknown: left out of the totals, to be named beside them. */
  withoutFob: { current: ExportShipmentWithoutFob[]; previous: ExportShipmentWithoutFob[] };
}

/** Growth in % to two decimals; null where the earlier period had nothing (growth from zero is no figure). */
export function growthPct(current: number, previous: number): number | null {
  return previous === 0 ? null : Math.round(((current - previous) / previous) * 10_000) / 100;
}

/** The comparison's cut: the month under way a year earlier, through the same day. */
export function previousCut(period: ReportPeriod): PartialMonth | null {
  return period.partialMonth ? { month: shiftMonth(period.partialMonth.month, -12), throughDay: period.partialMonth.throughDay } : null;
}

function total(facts: ExportFact[], knownMonths: number): UsdCents | null {
  return knownMonths === 0 ? null : sumOf(facts.map((fact) => fact.fobUsdCents));
}

export function periodExports(ctx: CallContext, period: ReportPeriod): PeriodExports {
  const { db } = ctx.app;
  const thisMonth = ctx.app.today().slice(0, 7);
  const cut = previousCut(period);
  const current = exportFacts(db, period.from, period.to);
  const previous = exportFacts(db, period.previousFrom, period.previousTo, cut);
  const known = new Set([
    ...knownExportMonths(db, period.from, period.to, thisMonth),
    ...knownExportMonths(db, period.previousFrom, period.previousTo, thisMonth, cut),
  ]);
  const months = monthsOf(period.from, period.to);
  const previousMonths = monthsOf(period.previousFrom, period.previousTo);
  const missingMonths = months.filter((month) => !known.has(month));
  const missingPreviousMonths = previousMonths.filter((month) => !known.has(month));
  const monthsWithData = { current: months.length - missingMonths.length, previous: previousMonths.length - missingPreviousMonths.length };
  const currentUsdCents = total(current, monthsWithData.current);
  const previousUsdCents = total(previous, monthsWithData.previous);
  const sources = [...exportMonthSources(db, period.previousFrom, period.previousTo, cut), ...exportMonthSources(db, period.from, period.to)];
  const sourceOf = new Map(sources.map((month) => [month.month, month]));
  // A month counted from its export history does not miss the shipments whose FOB is unknown.
  const leftOut = (from: string, to: string): ExportShipmentWithoutFob[] =>
    shipmentsWithoutFob(db, from, to)
      .filter((shipment) => sourceOf.get(shipment.month)?.source !== 'history')
      .map(({ shipmentNo, month, gaps }) => ({ shipmentNo, month, gaps }));
  return {
    current, previous, currentUsdCents, previousUsdCents,
    growthPct: currentUsdCents === null || previousUsdCents === null ? null : growthPct(currentUsdCents, previousUsdCents),
    isKnown: (month) => known.has(month),
    monthsWithData, missingMonths, missingPreviousMonths,
    monthSources: sources.filter((month) => month.twoSources),
    sourceOf,
    withoutFob: { current: leftOut(period.from, period.to), previous: leftOut(period.previousFrom, period.previousTo) },
  };
}
