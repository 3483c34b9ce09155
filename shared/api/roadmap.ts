import { z } from 'zod';
import { idField, isoDateField, optionalText, requiredText } from '../domain/fields';
import type { UsdCents } from '../money';

/**
 * The revitalisation roadmap: a period, a baseline year, KPIs with yearly targets, actuals from
 * the data (or typed by hand where the data has none) and milestones.
 *
 * Every KPI value is an integer count of the KPI's smallest step (`decimals`): export value in US
 * cents (2), production value in rupiah (0), units, workers and members as counts (0), a centre's
 * own KPIs in hundredths (2), so that no money travels as a floating-point number.
 */

/** The KPIs the app can measure from its own data. */
export const STANDARD_KPIS = ['export-usd', 'production-idr', 'active-units', 'workers', 'members'] as const;
export type StandardKpi = (typeof STANDARD_KPIS)[number];
export const KPI_DIRECTIONS = ['up', 'down'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
/** `flow`: summed over the year (exports, visitors); `level`: as it stands at the year's end (units, workers). */
export const KPI_MEASURES = ['flow', 'level'] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];
export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
/** `no-target`: nothing to judge that year (the baseline year, a year without a target). */
export type KpiStatus = 'achieved' | 'on-track' | 'behind' | 'no-data' | 'no-target';

/** How the standard KPIs are counted: their step, their measure; direction is always up. */
export const STANDARD_KPI_SHAPE: Record<StandardKpi, { decimals: number; measure: KpiMeasure }> = {
  'export-usd': { decimals: 2, measure: 'flow' },
  'production-idr': { decimals: 0, measure: 'flow' },
  'active-units': { decimals: 0, measure: 'level' },
  workers: { decimals: 0, measure: 'level' },
  members: { decimals: 0, measure: 'level' },
};
/** A centre's own KPI is kept in hundredths: `12,5 %`, `244.974` visitors. */
export const OWN_KPI_DECIMALS = 2;

const year = z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(1970, { error: 'invalid.exportYear' }).max(2100, { error: 'invalid.exportYear' });
const kpiValue = z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(0, { error: 'invalid.negative' }).max(1e15, { error: 'invalid.tooLarge' });

export const yearValue = z.object({ year, value: kpiValue });
const monthsCovered = z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(1, { error: 'invalid.tooSmall' }).max(12, { error: 'invalid.tooLarge' });
/** `monthsCovered`: a flow's hand figure that covers only part of its year (visitors January–October: 10). */
export const handActual = yearValue.extend({ note: optionalText(300), monthsCovered: monthsCovered.nullish().transform((v) => v ?? null) });

export const roadmapKpiInput = z.object({
  id: idField.optional(),
  /** A standard KPI, or null for one of the centre's own. */
  standard: z.enum(STANDARD_KPIS).nullable(),
  /** Own KPIs only (standard ones are named by the app in the reader's language). */
  name: optionalText(80),
  unit: optionalText(20),
  direction: z.enum(KPI_DIRECTIONS).default('up'),
  measure: z.enum(KPI_MEASURES).default('level'),
  /** Left out: the KPI keeps its stored targets (they are still checked against the period). */
  targets: z.array(yearValue).max(60).optional(),
  /** Actuals typed by hand; left out: the stored ones are kept. */
  actuals: z.array(handActual).max(60).optional(),
});
export type RoadmapKpiInput = z.input<typeof roadmapKpiInput>;
export type RoadmapKpiValues = z.output<typeof roadmapKpiInput>;

export const roadmapInput = z.object({
  name: requiredText(160),
  startYear: year,
  endYear: year,
  baselineYear: year,
  kpis: z.array(roadmapKpiInput).min(1, { error: 'invalid.required' }).max(20),
});
export type RoadmapInput = z.input<typeof roadmapInput>;
export type RoadmapValues = z.output<typeof roadmapInput>;

export const milestoneInput = z.object({
  id: idField.optional(),
  title: requiredText(200),
  dueOn: isoDateField,
  status: z.enum(MILESTONE_STATUSES),
  note: optionalText(500),
});
export type MilestoneInput = z.input<typeof milestoneInput>;
export type MilestoneValues = z.output<typeof milestoneInput>;

export const roadmapInputs = {
  /** The roadmap with its progress; `year` picks the headline's year (default: this year). */
  'roadmap:get': z.object({ year: year.optional() }),
  /** Header, KPIs, and (where given) their targets and hand actuals: all or nothing. */
  'roadmap:save': roadmapInput,
  /** One target or one hand actual; `value: null` clears it. */
  'roadmap:setCell': z.object({
    kpiId: idField, year, kind: z.enum(['target', 'actual']), value: kpiValue.nullable(), note: optionalText(300), monthsCovered: monthsCovered.nullish().transform((v) => v ?? null),
  }),
  /** Targets of every year after the baseline, growing `pct` % a year from the baseline actual. */
  'roadmap:growTargets': z.object({ kpiId: idField, pct: z.number({ error: 'invalid.notNumber' }).min(-50, { error: 'invalid.tooLarge' }).max(100, { error: 'invalid.tooLarge' }) }),
  'roadmap:saveMilestone': milestoneInput,
  'roadmap:removeMilestone': z.object({ id: idField }),
  'roadmap:restoreMilestone': z.object({ id: idField }),
};

/** One KPI in one year. Values in the KPI's steps; null where unknown, never zero in its place. */
export interface KpiYear {
  year: number;
  target: number | null;
  /** What counts: the hand value where one was typed, else the data's. */
  actual: number | null;
  source: 'data' | 'hand' | null;
  /** What the data says, also where a hand value overrides it. */
  dataValue: number | null;
  note: string | null;
  /** Export value only: months of the year with export facts (of those passed). */
  monthsWithData: number | null;
  /**
   * A flow in the current year: the months its actual covers (a hand value's typed months, the
   * data's months with data), against which share of the target it is judged; null otherwise.
   */
  monthsCovered: number | null;
  /** Production value: orders without a rupiah rate whose accepted pieces are not valued (the figure is partial). */
  unpricedOrders: string[];
  /** Actual ÷ target in % (target ÷ actual for a KPI that should fall), two decimals. */
  pctOfTarget: number | null;
  status: KpiStatus;
}

export interface KpiProgress {
  id: number;
  standard: StandardKpi | null;
  /** The KPI's name in the reader's language. */
  label: string;
  /** Own KPIs: the stored name. */
  name: string | null;
  unit: string;
  /** Own KPIs: the stored unit (empty for none). */
  ownUnit: string | null;
  direction: KpiDirection;
  measure: KpiMeasure;
  decimals: number;
  /** One per year of the view, the baseline year first. */
  years: KpiYear[];
}

export interface Milestone extends MilestoneValues {
  id: number;
  /** Due date passed while not done. */
  isOverdue: boolean;
  updatedAt: string;
}

/** One line of "the gap ahead": what the centre has now and needs for the export target. */
export interface GapLine {
  key: 'exports' | 'workers' | 'active-units' | 'capacity';
  now: number;
  needed: number | null;
  gap: number | null;
  /** The exports one of them makes in a year (USD cents), where it divides. */
  exportsPerOne: number | null;
}

export interface GapAhead {
  /** The year whose export target is aimed at: next year's, or this year's when the roadmap ends. */
  targetYear: number | null;
  /** US cents, as the basis below. */
  targetUsdCents: UsdCents | null;
  /** The twelve whole months the productivity is measured over (`YYYY-MM`). */
  basisFrom: string;
  basisTo: string;
  basisUsdCents: UsdCents;
  monthsWithData: number;
  lines: GapLine[];
  /** Why there is no figure: no export target ahead, or no exports in the twelve months. */
  reason: 'no-target' | 'no-exports' | null;
}

export interface RoadmapHeadline {
  year: number;
  kpis: number;
  achieved: number;
  onTrack: number;
  behind: number;
  noData: number;
  /** US cents. */
  exportTargetUsd: UsdCents | null;
  exportActualUsd: UsdCents | null;
}

export interface RoadmapView {
  id: number;
  name: string;
  startYear: number;
  endYear: number;
  baselineYear: number;
  updatedAt: string;
  today: string;
  currentYear: number;
  /** Whole months of the current year passed: what "on track" pro-rates a flow target by. */
  monthsPassed: number;
  /** From the baseline (or the start, whichever is earlier) to the end. */
  years: number[];
  kpis: KpiProgress[];
  milestones: Milestone[];
  gap: GapAhead;
  headline: RoadmapHeadline;
}

export interface RoadmapOutputs {
  'roadmap:get': RoadmapView | null;
  'roadmap:save': RoadmapView;
  'roadmap:setCell': RoadmapView;
  'roadmap:growTargets': RoadmapView;
  'roadmap:saveMilestone': Milestone;
  'roadmap:removeMilestone': Milestone;
  'roadmap:restoreMilestone': Milestone;
}
