import { shiftMonth } from '../../../shared/api/exports';
import type { GapAhead, GapLine, KpiProgress } from '../../../shared/api/roadmap';
import { sumOf, usdCents, type UsdCents } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { exportFacts, knownExportMonths } from '../shipments/export-fact-queries';
import { registrySummary } from '../registry/registry-queries';

/**
 * The gap ahead: what the centre needs to meet the export target at today's productivity.
 * Productivity is the exports of the last twelve whole months per worker (per active unit, per
 * piece of monthly capacity) as the registry stands today; what is needed is the target divided
 * by it, i.e. today's figure × target ÷ exports of the twelve months, rounded up to whole ones.
 */

/** Integer ceiling of a × b ÷ c, exact for the counts and cents involved. */
function scaledUp(a: number, b: number, c: number): number {
  return Math.floor((a * b + c - 1) / c);
}

/** Next year's export target; when the roadmap ends this year (or has none ahead), this year's. */
function aimedTarget(kpis: KpiProgress[], currentYear: number): { year: number; usd: UsdCents } | null {
  const cells = kpis.find((kpi) => kpi.standard === 'export-usd')?.years ?? [];
  const withTarget = cells.filter((cell): cell is typeof cell & { target: number } => cell.target !== null);
  const chosen = withTarget.find((cell) => cell.year > currentYear) ?? withTarget.find((cell) => cell.year === currentYear);
  return chosen ? { year: chosen.year, usd: usdCents(chosen.target) } : null;
}

export function gapAhead(ctx: CallContext, kpis: KpiProgress[], today: string): GapAhead {
  const { db } = ctx.app;
  const basisTo = shiftMonth(today.slice(0, 7), -1);
  const basisFrom = shiftMonth(basisTo, -11);
  const facts = exportFacts(db, basisFrom, basisTo);
  const basisUsdCents = sumOf(facts.map((fact) => fact.fobUsdCents));
  const monthsWithData = knownExportMonths(db, basisFrom, basisTo, today.slice(0, 7)).size;
  const target = aimedTarget(kpis, Number(today.slice(0, 4)));
  const frame = { targetYear: target?.year ?? null, targetUsdCents: target?.usd ?? null, basisFrom, basisTo, basisUsdCents, monthsWithData };
  if (!target) return { ...frame, lines: [], reason: 'no-target' };
  const exportsLine: GapLine = { key: 'exports', now: basisUsdCents, needed: target.usd, gap: target.usd - basisUsdCents, exportsPerOne: null };
  if (basisUsdCents === 0) return { ...frame, lines: [exportsLine], reason: 'no-exports' };
  const registry = registrySummary(db, today);
  const resource = (key: GapLine['key'], now: number): GapLine => {
    const needed = now > 0 ? scaledUp(now, target.usd, basisUsdCents) : null;
    return { key, now, needed, gap: needed === null ? null : needed - now, exportsPerOne: now > 0 ? Math.round(basisUsdCents / now) : null };
  };
  return {
    ...frame,
    lines: [exportsLine, resource('workers', registry.workers), resource('active-units', registry.activeUnits), resource('capacity', registry.monthlyCapacity)],
    reason: null,
  };
}
