import { monthsOf, type ReportPeriod } from '../../../../shared/api/exports';
import type { ShipmentFobUnknown, ShipmentReportLine, ShipmentsCountryLine, ShipmentsMonthLine, ShipmentsReport } from '../../../../shared/api/report-shipments';
import { COUNTRIES } from '../../../../shared/countries';
import { rupiah, sumOf, usdCents, type Rupiah, type UsdCents } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { detailLinesPerYear, pendingShipments, shipmentsThatLeft } from './queries';
import { periodExports } from '../export-performance/figures';
import { monthLabel } from '../../../../shared/month-labels';

/**
 * Laporan Pengapalan: the shipments that left in a period, by destination and by month, summed
 * from the totals kept on each shipment. m³ and kg to three decimals, as the packing list keeps them.
 */

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function sharePct(part: number | null, total: number | null): number | null {
  return part === null || total === null || total === 0 ? null : Math.round((part / total) * 10_000) / 100;
}

interface Sums {
  shipments: number;
  cartons: number;
  volumeM3: number;
  grossKg: number;
  /** Sums of the known values (whole cents, whole rupiah); null when none is known, never 0. */
  fobUsdCents: UsdCents | null;
  fobIdr: Rupiah | null;
  /** Shipments whose FOB in USD or rupiah is unknown, left out of those sums. */
  withoutFob: number;
}

/** Adds the known values; an unknown one is left out (and counted), a sum of nothing known stays null. */
function addKnown<Amount extends UsdCents | Rupiah>(sum: Amount | null, value: Amount | null): Amount | null {
  return value === null ? sum : sum === null ? value : sumOf([sum, value]);
}

function sumUp(lines: ShipmentReportLine[]): Sums {
  const sums: Sums = { shipments: lines.length, cartons: 0, volumeM3: 0, grossKg: 0, fobUsdCents: null, fobIdr: null, withoutFob: 0 };
  for (const line of lines) {
    sums.cartons += line.cartons;
    sums.volumeM3 += line.volumeM3;
    sums.grossKg += line.grossKg;
    sums.fobUsdCents = addKnown(sums.fobUsdCents, line.fobUsdCents);
    sums.fobIdr = addKnown(sums.fobIdr, line.fobIdr);
    if (line.fobUsdCents === null || line.fobIdr === null) sums.withoutFob += 1;
  }
  return { ...sums, volumeM3: round3(sums.volumeM3), grossKg: round3(sums.grossKg) };
}

function fobUnknown(lines: ShipmentReportLine[]): ShipmentFobUnknown[] {
  return lines
    .filter((line) => line.fobUsdCents === null || line.fobIdr === null)
    .map((line) => ({
      shipmentNo: line.shipmentNo, month: line.month, country: line.country, gaps: line.fobGaps,
      leftOutOf: [...(line.fobUsdCents === null ? ['fobUsdCents' as const] : []), ...(line.fobIdr === null ? ['fobIdr' as const] : [])],
    }));
}

function groupBy(lines: ShipmentReportLine[], keyOf: (line: ShipmentReportLine) => string): Map<string, ShipmentReportLine[]> {
  const groups = new Map<string, ShipmentReportLine[]>();
  for (const line of lines) {
    const key = keyOf(line);
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  return groups;
}

export function shipmentsReport(ctx: CallContext, period: ReportPeriod): ShipmentsReport {
  const { db } = ctx.app;
  const shipments = shipmentsThatLeft(db, period.from, period.to);
  const { shipments: count, cartons, volumeM3, grossKg, fobUsdCents, fobIdr } = sumUp(shipments);
  // Without a shipment that left, the sums are unknown (null), not zero: the one place this is decided.
  const known = (value: number) => (count > 0 ? value : null);
  const totals = { shipments: count, cartons: known(cartons), volumeM3: known(volumeM3), grossKg: known(grossKg), fobUsdCents, fobIdr };
  const byCountry: ShipmentsCountryLine[] = [...groupBy(shipments, (line) => line.country)]
    .map(([country, lines]) => {
      const sums = sumUp(lines);
      return {
        country, label: COUNTRIES[country]?.[ctx.locale] ?? country,
        shipments: sums.shipments, cartons: sums.cartons, volumeM3: sums.volumeM3, fobUsdCents: sums.fobUsdCents,
        withoutFob: lines.filter((line) => line.fobUsdCents === null).length, sharePct: sharePct(sums.fobUsdCents, totals.fobUsdCents),
      };
    })
    // Largest known FOB first; a country with none known last.
    .sort((a, b) => (b.fobUsdCents ?? -1) - (a.fobUsdCents ?? -1) || a.country.localeCompare(b.country));
  const perMonth = groupBy(shipments, (line) => line.month);
  // The counted exports of each month, from export performance's own computation.
  const figures = periodExports(ctx, period);
  const counted = new Map<string, UsdCents>();
  for (const fact of figures.current) counted.set(fact.month, usdCents((counted.get(fact.month) ?? 0) + fact.fobUsdCents));
  const byMonth: ShipmentsMonthLine[] = monthsOf(period.from, period.to).map((month) => {
    const sums = sumUp(perMonth.get(month) ?? []);
    // A known month no shipment left in shipped nothing: its FOB is a zero, as its counted exports are.
    const shippedNothing = sums.shipments === 0 && figures.isKnown(month);
    return {
      month, label: monthLabel(ctx, month), shipments: sums.shipments, cartons: sums.cartons, volumeM3: sums.volumeM3,
      fobUsdCents: shippedNothing ? usdCents(0) : sums.fobUsdCents, fobIdr: shippedNothing ? rupiah(0) : sums.fobIdr,
      withoutFob: sums.withoutFob, countedUsdCents: figures.isKnown(month) ? (counted.get(month) ?? usdCents(0)) : null, source: figures.sourceOf.get(month) ?? null,
    };
  });
  const pending = pendingShipments(db, period.from, period.to);
  const lines = [...detailLinesPerYear(db, period.from, period.to).values()].reduce((sum, count) => sum + count, 0);
  return {
    period,
    totals: { ...totals, countries: byCountry.length, lines },
    withoutFob: fobUnknown(shipments),
    pending: {
      booked: pending.find((row) => row.status === 'booked')?.count ?? 0,
      draft: pending.find((row) => row.status === 'draft')?.count ?? 0,
    },
    // One definition of the months with data (knownExportMonths), as every export report.
    missingMonths: figures.missingMonths,
    exports: { usdCents: figures.currentUsdCents, monthsWithData: figures.monthsWithData.current, monthSources: figures.monthSources.filter((m) => m.month >= period.from) },
    byCountry,
    byMonth,
    shipments,
  };
}
