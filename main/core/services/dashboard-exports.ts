import type { DashboardExports, ExportMonth, ExportTarget } from '../../../shared/api/dashboard';
import { shiftMonth, type PerformanceLine } from '../../../shared/api/exports';
import type { CallContext } from '../app';
import { exportFacts, knownExportMonths } from '../db/export-facts';
import { exportTargetFor } from '../db/roadmap';
import { exportPerformance, growthPct } from '../reports/export-performance';

/** Destinations and categories drawn one by one; the rest are one slice. */
const TOP = 5;

/** The roadmap's export target for the year (USD cents) and how much of it is reached; null without one, and the screen says so. */
function targetOf(ctx: CallContext, year: number, currentUsd: number): ExportTarget | null {
  const yearUsd = exportTargetFor(ctx.app.db, year);
  if (yearUsd === null || yearUsd <= 0) return null;
  return { yearUsd, achievedPct: Math.round((currentUsd / yearUsd) * 10_000) / 100 };
}

/** The first few lines as they are, the rest summed into one `other` line. */
function topAndRest(lines: PerformanceLine[], label: string, total: number): PerformanceLine[] {
  const drawn = lines.filter((line) => line.currentUsd > 0).slice(0, TOP);
  const rest = lines.filter((line) => !drawn.includes(line));
  if (rest.length === 0) return drawn;
  const currentUsd = rest.reduce((sum, line) => sum + line.currentUsd, 0);
  const previousUsd = rest.reduce((sum, line) => sum + line.previousUsd, 0);
  const other: PerformanceLine = {
    key: 'other', label, currentUsd, previousUsd, growthPct: growthPct(currentUsd, previousUsd),
    sharePct: total === 0 ? null : Math.round((currentUsd / total) * 10_000) / 100, currentKnown: true, previousKnown: true,
  };
  return [...drawn, other];
}

/**
 * This year so far against the same months last year. "So far" ends at the last month with any
 * export fact: the month under way usually has none yet, and comparing it as zero against a full
 * month a year ago would show a fall that did not happen. Null when neither year has facts.
 */
export function dashboardExports(ctx: CallContext, today: string): DashboardExports | null {
  const year = Number(today.slice(0, 4));
  const facts = exportFacts(ctx.app.db, `${year - 1}-01`, today.slice(0, 7));
  if (facts.length === 0) return null;
  const byMonth = new Map<string, number>();
  for (const fact of facts) byMonth.set(fact.month, (byMonth.get(fact.month) ?? 0) + fact.fobUsd);
  // A known month without exports is a zero bar; an unknown one is a gap.
  const known = knownExportMonths(ctx.app.db, `${year - 1}-01`, today.slice(0, 7), today.slice(0, 7));
  const usdOf = (month: string) => byMonth.get(month) ?? (known.has(month) ? 0 : null);
  const months: ExportMonth[] = Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    return { month: i + 1, currentUsd: usdOf(`${year}-${month}`), previousUsd: usdOf(`${year - 1}-${month}`) };
  });
  const lastYear = months.filter((m) => m.previousUsd !== null);
  const lastYearUsd = lastYear.length === 0 ? null : lastYear.reduce((sum, m) => sum + (m.previousUsd ?? 0), 0);
  const thisYear = [...byMonth.keys()].filter((month) => month.startsWith(`${year}-`)).sort();
  const lastMonth = thisYear.at(-1);
  if (lastMonth === undefined) {
    return {
      year, period: null, currentUsd: 0, previousUsd: 0, growthPct: null, missingMonths: [], lastYearUsd,
      target: targetOf(ctx, year, 0), byMonth: months, byCountry: [], byCategory: [],
    };
  }
  const period = { from: `${year}-01`, to: lastMonth, previousFrom: `${year - 1}-01`, previousTo: shiftMonth(lastMonth, -12) };
  const report = exportPerformance(ctx, period);
  const other = ctx.t('dashboard.exports.other');
  return {
    year,
    period,
    currentUsd: report.currentUsd,
    previousUsd: report.previousUsd,
    growthPct: report.growthPct,
    missingMonths: report.missingMonths,
    lastYearUsd,
    target: targetOf(ctx, year, report.currentUsd),
    byMonth: months,
    byCountry: topAndRest(report.byCountry, other, report.currentUsd),
    byCategory: topAndRest(report.byCategory, other, report.currentUsd),
  };
}
