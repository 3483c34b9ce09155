import type { DashboardExports, ExportMonth, ExportTarget } from '../../../shared/api/dashboard';
import { monthsOf, type PerformanceLine } from '../../../shared/api/exports';
import { sumOf, usdCents, type UsdCents } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { exportFacts, knownExportMonths } from '../shipments/export-fact-queries';
import { exportTargetFor } from '../roadmap/roadmap-queries';
import { exportPerformance, growthPct } from '../reports/export-performance/report';
import { defaultPeriod } from '../reports/period';

/** Destinations and categories drawn one by one; the rest are one slice. */
const TOP = 5;

/** The roadmap's export target for the year (USD cents) and how much of it is reached; null without one, and the screen says so. */
function targetOf(ctx: CallContext, year: number, currentUsdCents: UsdCents | null): ExportTarget | null {
  const yearUsdCents = exportTargetFor(ctx.app.db, year);
  if (yearUsdCents === null || yearUsdCents <= 0) return null;
  return { yearUsdCents, achievedPct: Math.round(((currentUsdCents ?? 0) / yearUsdCents) * 10_000) / 100 };
}

/** The first few lines as they are, the rest summed into one `other` line. */
function topAndRest(lines: PerformanceLine[], label: string, total: number): PerformanceLine[] {
  const drawn = lines.filter((line) => line.currentUsdCents > 0).slice(0, TOP);
  const rest = lines.filter((line) => !drawn.includes(line));
  if (rest.length === 0) return drawn;
  const currentUsdCents = sumOf(rest.map((line) => line.currentUsdCents));
  const previousUsdCents = sumOf(rest.map((line) => line.previousUsdCents));
  const other: PerformanceLine = {
    key: 'other', label, currentUsdCents, previousUsdCents, growthPct: growthPct(currentUsdCents, previousUsdCents),
    sharePct: total === 0 ? null : Math.round((currentUsdCents / total) * 10_000) / 100, currentKnown: true, previousKnown: true,
  };
  return [...drawn, other];
}

/**
 * The export cards: the default report period (January to the last complete month, in January
 * the whole previous year: reports/period.ts) against the same months a year earlier, computed by
 * export performance itself, so the dashboard and the report show the same figures. Null when
 * neither year has any export data.
 */
export function dashboardExports(ctx: CallContext, today: string): DashboardExports | null {
  const period = defaultPeriod(today);
  const year = Number(period.to.slice(0, 4));
  const { db } = ctx.app;
  const thisMonth = today.slice(0, 7);
  const known = knownExportMonths(db, `${year - 1}-01`, period.to, thisMonth);
  if (known.size === 0 && exportFacts(db, `${year - 1}-01`, `${year}-12`).length === 0) return null;
  const byMonth = new Map<string, UsdCents>();
  for (const fact of exportFacts(db, `${year - 1}-01`, period.to)) byMonth.set(fact.month, usdCents((byMonth.get(fact.month) ?? 0) + fact.fobUsdCents));
  // A known month without exports is a zero bar; an unknown one, or one after the period, is a gap.
  const usdOf = (month: string) => (month > period.to ? null : (byMonth.get(month) ?? (known.has(month) ? usdCents(0) : null)));
  const months: ExportMonth[] = Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    return { month: i + 1, currentUsdCents: usdOf(`${year}-${month}`), previousUsdCents: usdOf(`${year - 1}-${month}`) };
  });
  const lastYear = monthsOf(`${year - 1}-01`, `${year - 1}-12`).filter((month) => known.has(month));
  const lastYearUsdCents = lastYear.length === 0 ? null : sumOf(lastYear.map((month) => byMonth.get(month) ?? usdCents(0)));
  const report = exportPerformance(ctx, period);
  const other = ctx.t('dashboard.exports.other');
  return {
    year,
    period,
    currentUsdCents: report.currentUsdCents,
    previousUsdCents: report.previousUsdCents,
    growthPct: report.growthPct,
    missingMonths: report.missingMonths,
    missingPreviousMonths: report.missingPreviousMonths,
    monthsWithData: report.monthsWithData,
    monthSources: report.monthSources,
    withoutFob: { current: report.withoutFob.current.length, previous: report.withoutFob.previous.length },
    lastYearUsdCents,
    target: targetOf(ctx, year, report.currentUsdCents),
    byMonth: months,
    byCountry: topAndRest(report.byCountry, other, report.currentUsdCents ?? 0),
    byCategory: topAndRest(report.byCategory, other, report.currentUsdCents ?? 0),
  };
}
