import { OWN_KPI_DECIMALS, STANDARD_KPI_SHAPE, type RoadmapKpiValues, type RoadmapValues, type RoadmapView } from '../../../shared/api/roadmap';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import {
  currentRoadmap, deleteKpi, insertKpi, insertRoadmap, listHandActuals, listKpis, listTargets, replaceYearValues, updateKpi, updateRoadmap,
  type StoredKpi, type StoredRoadmap, type YearEntry,
} from './roadmap-queries';
import { checkKpis, checkPeriod } from './check';
import { kpiWords, roadmapView } from './progress';
import { writeTransaction } from '../platform/db/write';

/** Saving the roadmap's definition: header, KPIs, targets and hand actuals, all or nothing. */

export function mustRoadmap(ctx: CallContext): StoredRoadmap {
  const roadmap = currentRoadmap(ctx.app.db);
  if (!roadmap) throw new AppError('NOT_FOUND', ctx.t('roadmap.errors.noRoadmap'));
  return roadmap;
}

/** The roadmap with its progress (the headline of `year`, this year by default); refused when there is none. */
export function mustView(ctx: CallContext, year?: number): RoadmapView {
  const view = roadmapView(ctx, year);
  if (!view) throw new AppError('NOT_FOUND', ctx.t('roadmap.errors.noRoadmap'));
  return view;
}

/** The row an input KPI updates: by id, else the same standard KPI, else an own KPI of the same name. */
function matchKpi(ctx: CallContext, kpi: RoadmapKpiValues, stored: StoredKpi[]): StoredKpi | null {
  if (kpi.id !== undefined) {
    const found = stored.find((candidate) => candidate.id === kpi.id);
    if (!found) throw new AppError('NOT_FOUND', ctx.t('roadmap.errors.unknownKpi', { id: kpi.id }));
    return found;
  }
  const name = kpi.name?.toLocaleLowerCase('id');
  return stored.find((candidate) => (kpi.standard ? candidate.standard === kpi.standard : candidate.standard === null && candidate.name?.toLocaleLowerCase('id') === name)) ?? null;
}

function kpiRow(kpi: RoadmapKpiValues, position: number): Omit<StoredKpi, 'id'> {
  if (kpi.standard) return { position, standard: kpi.standard, name: null, unit: null, direction: 'up', ...STANDARD_KPI_SHAPE[kpi.standard] };
  return { position, standard: null, name: kpi.name, unit: kpi.unit, direction: kpi.direction, measure: kpi.measure, decimals: OWN_KPI_DECIMALS };
}

function entriesOf(entries: YearEntry[], kpiId: number | undefined): YearEntry[] {
  return kpiId === undefined ? [] : entries.filter((entry) => entry.kpiId === kpiId);
}

/** What the audit log keeps of a roadmap: enough to read what changed. */
function snapshot(roadmap: Omit<StoredRoadmap, 'id' | 'updatedAt'>, kpis: Pick<StoredKpi, 'standard' | 'name'>[], targets: number, actuals: number) {
  return { name: roadmap.name, startYear: roadmap.startYear, endYear: roadmap.endYear, baselineYear: roadmap.baselineYear, kpis: kpis.map((kpi) => kpi.standard ?? kpi.name), targets, actuals };
}

export function saveRoadmap(ctx: CallContext, values: RoadmapValues): RoadmapView {
  const { db } = ctx.app;
  writeTransaction(db, () => {
    checkPeriod(ctx, values);
    const existing = currentRoadmap(db) ?? null;
    const storedKpis = existing ? listKpis(db, existing.id) : [];
    const storedTargets = existing ? listTargets(db, existing.id) : [];
    const storedActuals = existing ? listHandActuals(db, existing.id) : [];
    const plan = values.kpis.map((kpi, position) => {
      const match = matchKpi(ctx, kpi, storedKpis);
      const row = kpiRow(kpi, position);
      return {
        match, row,
        targets: kpi.targets ?? entriesOf(storedTargets, match?.id),
        actuals: kpi.actuals ?? entriesOf(storedActuals, match?.id),
        keepTargets: kpi.targets === undefined,
        keepActuals: kpi.actuals === undefined,
      };
    });
    checkKpis(ctx, values, plan.map((item) => ({ label: kpiWords(ctx, item.row).label, targets: item.targets, actuals: item.actuals })));
    const now = ctx.app.now();
    const header = { name: values.name, startYear: values.startYear, endYear: values.endYear, baselineYear: values.baselineYear };
    const roadmapId = existing ? existing.id : insertRoadmap(db, header, now);
    if (existing) updateRoadmap(db, existing.id, header, now);
    const kept = new Set(plan.map((item) => item.match?.id).filter((id): id is number => id !== undefined));
    for (const kpi of storedKpis) if (!kept.has(kpi.id)) deleteKpi(db, kpi.id);
    for (const item of plan) {
      const kpiId = item.match ? item.match.id : insertKpi(db, roadmapId, item.row);
      if (item.match) updateKpi(db, { ...item.row, id: item.match.id });
      if (!item.keepTargets || !item.match) replaceYearValues(db, 'target', kpiId, item.targets);
      if (!item.keepActuals || !item.match) replaceYearValues(db, 'actual', kpiId, item.actuals);
    }
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'roadmap', entityId: roadmapId, action: existing ? 'update' : 'create',
      before: existing ? snapshot(existing, storedKpis, storedTargets.length, storedActuals.length) : undefined,
      after: snapshot(header, plan.map((item) => item.row), plan.reduce((n, item) => n + item.targets.length, 0), plan.reduce((n, item) => n + item.actuals.length, 0)),
    });
  });
  return mustView(ctx);
}
