import { monthsOf, shiftMonth, type ExportPerformance, type PerformanceLine, type ReportPeriod } from '../../../../shared/api/exports';
import { COUNTRIES } from '../../../../shared/countries';
import { usdCents, type UsdCents } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { listCategories } from '../../platform/db/centre';
import type { ExportFact } from '../../shipments/export-fact-queries';
import { currentRoadmap, exportTargetFor } from '../../roadmap/roadmap-queries';
import { growthPct, periodExports } from './figures';
import { monthLabel } from '../../../../shared/month-labels';

export { growthPct };

/**
 * Export performance: a period against the same months one year earlier, in total and by month,
 * destination, category and HS code. Sums stay in cents; percentages are rounded to two decimals.
 */

function sharePct(part: number, total: number): number | null {
  return total === 0 ? null : Math.round((part / total) * 10_000) / 100;
}

function sumBy(facts: ExportFact[], keyOf: (fact: ExportFact) => string): Map<string, UsdCents> {
  const sums = new Map<string, UsdCents>();
  for (const fact of facts) sums.set(keyOf(fact), usdCents((sums.get(keyOf(fact)) ?? 0) + fact.fobUsdCents));
  return sums;
}

function line(key: string, label: string, current: UsdCents, previous: UsdCents, total: number): PerformanceLine {
  return {
    key, label, currentUsdCents: current, previousUsdCents: previous, growthPct: growthPct(current, previous), sharePct: sharePct(current, total),
    currentKnown: true, previousKnown: true,
  };
}

/** An unknown month (knownExportMonths) gives no growth from or to it and no share of it. */
function monthLine(ctx: CallContext, month: string, now: Map<string, UsdCents>, before: Map<string, UsdCents>, isKnown: (month: string) => boolean, total: number): PerformanceLine {
  const earlier = shiftMonth(month, -12);
  const known = line(month, monthLabel(ctx, month), now.get(month) ?? usdCents(0), before.get(earlier) ?? usdCents(0), total);
  const currentKnown = isKnown(month);
  const previousKnown = isKnown(earlier);
  return {
    ...known, currentKnown, previousKnown,
    growthPct: currentKnown && previousKnown ? known.growthPct : null,
    sharePct: currentKnown ? known.sharePct : null,
  };
}

/** Every key either period has, largest this period first (then largest last year, then by key). */
function breakdown(current: ExportFact[], previous: ExportFact[], keyOf: (fact: ExportFact) => string, labelOf: (key: string) => string, total: number): PerformanceLine[] {
  const now = sumBy(current, keyOf);
  const before = sumBy(previous, keyOf);
  const keys = [...new Set([...now.keys(), ...before.keys()])];
  return keys
    .map((key) => line(key, labelOf(key), now.get(key) ?? usdCents(0), before.get(key) ?? usdCents(0), total))
    .sort((a, b) => b.currentUsdCents - a.currentUsdCents || b.previousUsdCents - a.previousUsdCents || a.key.localeCompare(b.key));
}

/** The roadmap's export target for the year the period ends in, and how much of it the period reached; null without one (unknown, not zero). */
function roadmapTarget(db: CallContext['app']['db'], to: string, currentUsdCents: UsdCents | null): ExportPerformance['target'] {
  const usd = exportTargetFor(db, Number(to.slice(0, 4)));
  return usd === null ? null : { usd, pct: usd === 0 ? 0 : Math.round(((currentUsdCents ?? 0) / usd) * 10_000) / 100 };
}

export function exportPerformance(ctx: CallContext, period: ReportPeriod): ExportPerformance {
  const { db } = ctx.app;
  const figures = periodExports(ctx, period);
  const { current, previous, currentUsdCents, previousUsdCents, isKnown } = figures;
  const totalUsd = currentUsdCents ?? 0;
  const byMonthNow = sumBy(current, (fact) => fact.month);
  const byMonthBefore = sumBy(previous, (fact) => fact.month);
  const months = monthsOf(period.from, period.to);
  const categoryNames = new Map(listCategories(db).map((category) => [category.code, ctx.locale === 'en' ? category.nameEn : category.nameId]));
  return {
    period,
    currentUsdCents,
    previousUsdCents,
    growthPct: figures.growthPct,
    monthsWithData: figures.monthsWithData,
    monthSources: figures.monthSources,
    target: roadmapTarget(db, period.to, currentUsdCents),
    hasRoadmap: currentRoadmap(db) !== undefined,
    missingMonths: figures.missingMonths,
    missingPreviousMonths: figures.missingPreviousMonths,
    withoutFob: figures.withoutFob,
    facts: current.length + previous.length,
    byMonth: months.map((month) => {
      const source = figures.sourceOf.get(month);
      return { ...monthLine(ctx, month, byMonthNow, byMonthBefore, isKnown, totalUsd), ...(source ? { source } : {}) };
    }),
    byCountry: breakdown(current, previous, (fact) => fact.country, (code) => COUNTRIES[code]?.[ctx.locale] ?? code, totalUsd),
    byCategory: breakdown(current, previous, (fact) => fact.category, (code) => categoryNames.get(code) ?? code, totalUsd),
    byHsCode: breakdown(current, previous, (fact) => fact.hsCode, (code) => code, totalUsd),
  };
}
