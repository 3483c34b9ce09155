import { monthsOf, type ReportPeriod } from '../../../shared/api/exports';
import type { ShipmentReportLine, ShipmentsCountryLine, ShipmentsMonthLine, ShipmentsReport } from '../../../shared/api/report-shipments';
import { COUNTRIES } from '../../../shared/countries';
import type { CallContext } from '../app';
import { detailLinesPerYear, pendingShipments, shipmentsThatLeft } from '../db/report-shipments';
import { periodExports } from './export-performance-figures';
import { monthLabel } from './period';

/**
 * Laporan Pengapalan: the shipments that left in a period, by destination and by month, summed
 * from the totals kept on each shipment. m³ and kg to three decimals, as the packing list keeps them.
 */

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function sharePct(part: number, total: number): number | null {
  return total === 0 ? null : Math.round((part / total) * 10_000) / 100;
}

interface Sums {
  shipments: number;
  cartons: number;
  volumeM3: number;
  grossKg: number;
  fobUsd: number;
  fobIdr: number;
}

function sumUp(lines: ShipmentReportLine[]): Sums {
  const sums = { shipments: lines.length, cartons: 0, volumeM3: 0, grossKg: 0, fobUsd: 0, fobIdr: 0 };
  for (const line of lines) {
    sums.cartons += line.cartons;
    sums.volumeM3 += line.volumeM3;
    sums.grossKg += line.grossKg;
    sums.fobUsd += line.fobUsd;
    sums.fobIdr += line.fobIdr;
  }
  return { ...sums, volumeM3: round3(sums.volumeM3), grossKg: round3(sums.grossKg) };
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
  const totals = sumUp(shipments);
  const byCountry: ShipmentsCountryLine[] = [...groupBy(shipments, (line) => line.country)]
    .map(([country, lines]) => {
      const sums = sumUp(lines);
      return {
        country, label: COUNTRIES[country]?.[ctx.locale] ?? country,
        shipments: sums.shipments, cartons: sums.cartons, volumeM3: sums.volumeM3, fobUsd: sums.fobUsd, sharePct: sharePct(sums.fobUsd, totals.fobUsd),
      };
    })
    .sort((a, b) => b.fobUsd - a.fobUsd || a.country.localeCompare(b.country));
  const perMonth = groupBy(shipments, (line) => line.month);
  // The counted exports of each month, from export performance's own computation.
  const figures = periodExports(ctx, period);
  const counted = new Map<string, number>();
  for (const fact of figures.current) counted.set(fact.month, (counted.get(fact.month) ?? 0) + fact.fobUsd);
  const byMonth: ShipmentsMonthLine[] = monthsOf(period.from, period.to).map((month) => {
    const sums = sumUp(perMonth.get(month) ?? []);
    return {
      month, label: monthLabel(ctx, month), shipments: sums.shipments, cartons: sums.cartons, volumeM3: sums.volumeM3, fobUsd: sums.fobUsd, fobIdr: sums.fobIdr,
      countedUsd: figures.isKnown(month) ? (counted.get(month) ?? 0) : null, source: figures.sourceOf.get(month) ?? null,
    };
  });
  const pending = pendingShipments(db, period.from, period.to);
  const lines = [...detailLinesPerYear(db, period.from, period.to).values()].reduce((sum, count) => sum + count, 0);
  return {
    period,
    totals: { ...totals, countries: byCountry.length, lines },
    pending: {
      booked: pending.find((row) => row.status === 'booked')?.count ?? 0,
      draft: pending.find((row) => row.status === 'draft')?.count ?? 0,
    },
    // One definition of the months with data (knownExportMonths), as every export report.
    missingMonths: figures.missingMonths,
    exports: { usd: figures.currentUsd, monthsWithData: figures.monthsWithData.current, monthSources: figures.monthSources.filter((m) => m.month >= period.from) },
    byCountry,
    byMonth,
    shipments,
  };
}
