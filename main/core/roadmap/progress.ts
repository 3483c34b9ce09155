import type { KpiProgress, KpiYear, Milestone, RoadmapHeadline, RoadmapView } from '../../../shared/api/roadmap';
import { usdCents } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { currentRoadmap, listHandActuals, listKpis, listTargets, type StoredKpi, type StoredRoadmap, type YearEntry } from './roadmap-queries';
import { listMilestones, type StoredMilestone } from './milestone-queries';
import { gapAhead } from './gap';
import { measuredActuals, type Measured, type MeasuredActuals } from './measured';
import { kpiStatus, pctOfTarget } from './status';

/** The roadmap as the manager reads it: each KPI year by year against its target, the milestones, the gap ahead. */

export function roadmapYears(roadmap: Pick<StoredRoadmap, 'startYear' | 'endYear' | 'baselineYear'>): number[] {
  const years: number[] = [];
  for (let year = Math.min(roadmap.baselineYear, roadmap.startYear); year <= roadmap.endYear; year++) years.push(year);
  return years;
}

/** The KPI's name and unit in the reader's language (own KPIs as the centre named them). */
export function kpiWords(ctx: CallContext, kpi: Pick<StoredKpi, 'standard' | 'name' | 'unit'>): { label: string; unit: string } {
  if (kpi.standard) return { label: ctx.t(`roadmap.kpi.${kpi.standard}`), unit: ctx.t(`roadmap.unit.${kpi.standard}`) };
  return { label: kpi.name ?? '', unit: kpi.unit ?? '' };
}

function byKpi(entries: YearEntry[]): Map<number, Map<number, YearEntry>> {
  const map = new Map<number, Map<number, YearEntry>>();
  for (const entry of entries) map.set(entry.kpiId, (map.get(entry.kpiId) ?? new Map<number, YearEntry>()).set(entry.year, entry));
  return map;
}

interface Clock {
  currentYear: number;
  monthsPassed: number;
}

function kpiProgress(ctx: CallContext, kpi: StoredKpi, years: number[], targets: Map<number, YearEntry>, hands: Map<number, YearEntry>, measured: MeasuredActuals, clock: Clock): KpiProgress {
  const data: Map<number, Measured> = kpi.standard ? measured[kpi.standard] : new Map<number, Measured>();
  const cells: KpiYear[] = [];
  for (const year of years) {
    const target = targets.get(year)?.value ?? null;
    const hand = hands.get(year);
    const measuredYear = data.get(year);
    const actual = hand?.value ?? measuredYear?.value ?? null;
    const before = cells[cells.length - 1];
    // A flow's current year is judged on the months its figure covers: a hand value's typed months, else the data's months with data.
    const covered = hand ? (hand.monthsCovered ?? null) : (measuredYear?.monthsWithData ?? null);
    const monthsCovered = kpi.measure === 'flow' && year === clock.currentYear && actual !== null && covered !== null
      ? (hand ? covered : Math.min(covered, clock.monthsPassed))
      : null;
    const status = kpiStatus({
      target, actual, direction: kpi.direction, measure: kpi.measure, year, ...clock, monthsCovered,
      previous: before ? (before.actual ?? before.target) : null,
    });
    cells.push({
      year, target, actual, source: hand ? 'hand' : measuredYear ? 'data' : null, dataValue: measuredYear?.value ?? null, note: hand?.note ?? null,
      monthsWithData: kpi.standard === 'export-usd' && year <= clock.currentYear ? (measuredYear?.monthsWithData ?? 0) : null,
      monthsCovered,
      unpricedOrders: hand ? [] : (measuredYear?.unpricedOrders ?? []),
      pctOfTarget: pctOfTarget(target, actual, kpi.direction), status,
    });
  }
  const words = kpiWords(ctx, kpi);
  return {
    id: kpi.id, standard: kpi.standard, label: words.label, unit: words.unit, name: kpi.name, ownUnit: kpi.standard ? null : kpi.unit,
    direction: kpi.direction, measure: kpi.measure, decimals: kpi.decimals, years: cells,
  };
}

function headline(kpis: KpiProgress[], year: number): RoadmapHeadline {
  const cells = kpis.map((kpi) => kpi.years.find((cell) => cell.year === year));
  const count = (status: KpiYear['status']) => cells.filter((cell) => cell?.status === status).length;
  const exports = kpis.find((kpi) => kpi.standard === 'export-usd')?.years.find((cell) => cell.year === year);
  // The export KPI's steps are US cents (STANDARD_KPI_SHAPE).
  const [target, actual] = [exports?.target ?? null, exports?.actual ?? null];
  return {
    year, kpis: kpis.length, achieved: count('achieved'), onTrack: count('on-track'), behind: count('behind'), noData: count('no-data'),
    exportTargetUsd: target === null ? null : usdCents(target), exportActualUsd: actual === null ? null : usdCents(actual),
  };
}

export function shownMilestone(row: StoredMilestone, today: string): Milestone {
  const { roadmapId: _roadmap, removedAt: _removed, ...visible } = row;
  return { ...visible, isOverdue: row.dueOn < today && (row.status === 'planned' || row.status === 'in-progress') };
}

export function roadmapView(ctx: CallContext, headlineYear?: number): RoadmapView | null {
  const { db } = ctx.app;
  const roadmap = currentRoadmap(db);
  if (!roadmap) return null;
  const today = ctx.app.today();
  const clock = { currentYear: Number(today.slice(0, 4)), monthsPassed: Number(today.slice(5, 7)) - 1 };
  const years = roadmapYears(roadmap);
  const measured = measuredActuals(db, years[0], roadmap.endYear, today);
  const targets = byKpi(listTargets(db, roadmap.id));
  const hands = byKpi(listHandActuals(db, roadmap.id));
  const none = new Map<number, YearEntry>();
  const kpis = listKpis(db, roadmap.id).map((kpi) => kpiProgress(ctx, kpi, years, targets.get(kpi.id) ?? none, hands.get(kpi.id) ?? none, measured, clock));
  return {
    ...roadmap, today, ...clock, years, kpis,
    milestones: listMilestones(db, roadmap.id).map((row) => shownMilestone(row, today)),
    gap: gapAhead(ctx, kpis, today),
    headline: headline(kpis, headlineYear ?? clock.currentYear),
  };
}
