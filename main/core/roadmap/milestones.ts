import type { Milestone, MilestoneValues } from '../../../shared/api/roadmap';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { getMilestone, insertMilestone, setMilestoneRemoved, updateMilestone, type StoredMilestone } from './milestone-queries';
import { shownMilestone } from './progress';
import { mustRoadmap } from './roadmap';
import { writeTransaction } from '../platform/db/write';

/** The roadmap's milestones: added, changed (status above all), removed with undo. */

function mustMilestone(ctx: CallContext, id: number, roadmapId: number): StoredMilestone {
  const row = getMilestone(ctx.app.db, id);
  if (!row || row.roadmapId !== roadmapId) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return row;
}

export function saveMilestone(ctx: CallContext, values: MilestoneValues): Milestone {
  const { db } = ctx.app;
  const id = writeTransaction(db, () => {
    const roadmap = mustRoadmap(ctx);
    const now = ctx.app.now();
    const { id: given, ...stored } = values;
    const after = { ...stored, name: stored.title };
    if (given === undefined) {
      const created = insertMilestone(db, roadmap.id, stored, now);
      recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'roadmap', entityId: roadmap.id, action: 'milestone-create', after });
      return created;
    }
    const before = mustMilestone(ctx, given, roadmap.id);
    if (before.removedAt !== null) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
    updateMilestone(db, given, stored, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'roadmap', entityId: roadmap.id, action: 'milestone-update', before, after });
    return given;
  });
  return shownMilestone(mustMilestone(ctx, id, mustRoadmap(ctx).id), ctx.app.today());
}

export function setMilestoneRemovedState(ctx: CallContext, id: number, removed: boolean): Milestone {
  const { db } = ctx.app;
  writeTransaction(db, () => {
    const roadmap = mustRoadmap(ctx);
    const row = mustMilestone(ctx, id, roadmap.id);
    const now = ctx.app.now();
    setMilestoneRemoved(db, id, removed ? now : null, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'roadmap', entityId: roadmap.id, action: removed ? 'milestone-remove' : 'milestone-restore',
      before: row, after: { name: row.title, removed },
    });
  });
  return shownMilestone(mustMilestone(ctx, id, mustRoadmap(ctx).id), ctx.app.today());
}
