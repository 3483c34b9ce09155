import type { RoadmapValues } from '../../../shared/api/roadmap';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';

/**
 * The rules a roadmap must keep before anything of it is written: a period that runs forward, a
 * baseline in or before it, every target inside the period, every hand actual in the roadmap's
 * years and not in the future, each KPI once. Messages name the KPI and the year at fault.
 */

export const MAX_PERIOD_YEARS = 30;
/** How far before the period a baseline may lie: the grid shows every year from it. */
export const MAX_BASELINE_LEAD = 10;

/** A KPI as checked: its name for the messages, and the values it will hold after the save. */
export interface CheckedKpi {
  label: string;
  targets: { year: number }[];
  actuals: { year: number }[];
}

function fail(ctx: CallContext, key: string, params: Record<string, unknown>, field: string): never {
  throw new AppError('INVALID_INPUT', ctx.t(`roadmap.errors.${key}`, params), { field });
}

export function checkPeriod(ctx: CallContext, values: Pick<RoadmapValues, 'startYear' | 'endYear' | 'baselineYear'>): void {
  const { startYear: start, endYear: end, baselineYear: baseline } = values;
  if (end < start) fail(ctx, 'endBeforeStart', { start, end }, 'endYear');
  if (end - start + 1 > MAX_PERIOD_YEARS) fail(ctx, 'periodTooLong', { max: MAX_PERIOD_YEARS }, 'endYear');
  if (baseline > end) fail(ctx, 'baselineAfter', { baseline, start, end }, 'baselineYear');
  if (baseline < start - MAX_BASELINE_LEAD) fail(ctx, 'baselineTooEarly', { baseline, earliest: start - MAX_BASELINE_LEAD }, 'baselineYear');
}

/** A target's year must lie in the period. */
export function checkTargetYear(ctx: CallContext, period: Pick<RoadmapValues, 'startYear' | 'endYear'>, label: string, year: number, field: string): void {
  if (year < period.startYear || year > period.endYear) fail(ctx, 'targetOutside', { kpi: label, year, start: period.startYear, end: period.endYear }, field);
}

/** A hand actual's year must be one of the roadmap's years and not after this one. */
export function checkActualYear(ctx: CallContext, period: Pick<RoadmapValues, 'startYear' | 'endYear' | 'baselineYear'>, label: string, year: number, field: string): void {
  const first = Math.min(period.startYear, period.baselineYear);
  if (year < first || year > period.endYear) fail(ctx, 'actualOutside', { kpi: label, year, first, end: period.endYear }, field);
  if (year > Number(ctx.app.today().slice(0, 4))) fail(ctx, 'actualFuture', { kpi: label, year }, field);
}

export function checkKpis(ctx: CallContext, values: RoadmapValues, kpis: CheckedKpi[]): void {
  const seen = new Set<string>();
  values.kpis.forEach((kpi, index) => {
    if (kpi.standard === null && !kpi.name) fail(ctx, 'ownNameRequired', { row: index + 1 }, `kpis.${index}.name`);
    const identity = kpi.standard ?? `own:${(kpi.name ?? '').toLocaleLowerCase('id')}`;
    if (seen.has(identity)) fail(ctx, 'kpiTwice', { kpi: kpis[index].label }, `kpis.${index}`);
    seen.add(identity);
  });
  kpis.forEach((kpi, index) => {
    for (const [kind, entries] of [['targets', kpi.targets], ['actuals', kpi.actuals]] as const) {
      const years = new Set<number>();
      entries.forEach((entry, at) => {
        const field = `kpis.${index}.${kind}.${at}.year`;
        if (kind === 'targets') checkTargetYear(ctx, values, kpi.label, entry.year, field);
        else checkActualYear(ctx, values, kpi.label, entry.year, field);
        if (years.has(entry.year)) fail(ctx, kind === 'targets' ? 'targetTwice' : 'actualTwice', { kpi: kpi.label, year: entry.year }, field);
        years.add(entry.year);
      });
    }
  });
}
