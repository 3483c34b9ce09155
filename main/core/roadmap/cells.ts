import type { CallArgs } from '../../../shared/api/contract';
import type { RoadmapView } from '../../../shared/api/roadmap';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { listKpis, putYearValue, touchRoadmap, type StoredKpi, type StoredRoadmap } from './roadmap-queries';
import { checkActualYear, checkTargetYear } from './check';
import { kpiWords } from './progress';
import { mustRoadmap, mustView } from './roadmap';
import { writeTransaction } from '../platform/db/write';

/** Editing the grid one cell at a time, and the "grow X % a year from the baseline" target generator. */

function mustKpi(ctx: CallContext, roadmap: StoredRoadmap, kpiId: number): StoredKpi {
  const kpi = listKpis(ctx.app.db, roadmap.id).find((candidate) => candidate.id === kpiId);
  if (!kpi) throw new AppError('NOT_FOUND', ctx.t('roadmap.errors.unknownKpi', { id: kpiId }));
  return kpi;
}

export function setRoadmapCell(ctx: CallContext, args: CallArgs<'roadmap:setCell'>): RoadmapView {
  const { db } = ctx.app;
  writeTransaction(db, () => {
    const roadmap = mustRoadmap(ctx);
    const kpi = mustKpi(ctx, roadmap, args.kpiId);
    const label = kpiWords(ctx, kpi).label;
    if (args.kind === 'target') checkTargetYear(ctx, roadmap, label, args.year, 'year');
    else checkActualYear(ctx, roadmap, label, args.year, 'year');
    const now = ctx.app.now();
    putYearValue(db, args.kind, kpi.id, args.year, args.value, args.note, args.kind === 'actual' ? args.monthsCovered : null);
    touchRoadmap(db, roadmap.id, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'roadmap', entityId: roadmap.id, action: args.kind,
      after: { name: `${label} ${args.year}`, kpiId: kpi.id, year: args.year, value: args.value, note: args.note },
    });
  });
  return mustView(ctx);
}

/** Target of year y = baseline actual × (1 + pct/100)^(y − baseline year), for every period year after the baseline. */
export function growthTarget(baseline: number, pct: number, years: number): number {
  return Math.round(baseline * Math.pow(1 + pct / 100, years));
}

export function growRoadmapTargets(ctx: CallContext, args: CallArgs<'roadmap:growTargets'>): RoadmapView {
  const { db } = ctx.app;
  const view = mustView(ctx);
  const kpi = view.kpis.find((candidate) => candidate.id === args.kpiId);
  if (!kpi) throw new AppError('NOT_FOUND', ctx.t('roadmap.errors.unknownKpi', { id: args.kpiId }));
  const baseline = kpi.years.find((cell) => cell.year === view.baselineYear)?.actual ?? null;
  if (baseline === null) throw new AppError('INVALID_INPUT', ctx.t('roadmap.errors.baselineNoData', { kpi: kpi.label, year: view.baselineYear }), { field: 'kpiId' });
  const years = view.years.filter((year) => year > view.baselineYear && year >= view.startYear);
  if (years.length === 0) throw new AppError('INVALID_INPUT', ctx.t('roadmap.errors.nothingAfterBaseline', { year: view.baselineYear }), { field: 'kpiId' });
  writeTransaction(db, () => {
    const now = ctx.app.now();
    for (const year of years) putYearValue(db, 'target', kpi.id, year, growthTarget(baseline, args.pct, year - view.baselineYear), null);
    touchRoadmap(db, view.id, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'roadmap', entityId: view.id, action: 'grow-targets',
      after: { name: kpi.label, kpiId: kpi.id, pct: args.pct, baseline, years },
    });
  });
  return mustView(ctx);
}
