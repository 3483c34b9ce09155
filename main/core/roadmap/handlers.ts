import type { roadmapInputs } from '../../../shared/api/roadmap';
import type { AreaHandlers } from '../platform/handler-types';
import { saveRoadmap } from './roadmap';
import { growRoadmapTargets, setRoadmapCell } from './cells';
import { saveMilestone, setMilestoneRemovedState } from './milestones';
import { roadmapView } from './progress';

/** The revitalisation roadmap: its definition, the grid's cells, the target generator, milestones. */
export const roadmapHandlers = {
  'roadmap:get': (args, ctx) => roadmapView(ctx, args.year),
  'roadmap:save': (args, ctx) => saveRoadmap(ctx, args),
  'roadmap:setCell': (args, ctx) => setRoadmapCell(ctx, args),
  'roadmap:growTargets': (args, ctx) => growRoadmapTargets(ctx, args),
  'roadmap:saveMilestone': (args, ctx) => saveMilestone(ctx, args),
  'roadmap:removeMilestone': (args, ctx) => setMilestoneRemovedState(ctx, args.id, true),
  'roadmap:restoreMilestone': (args, ctx) => setMilestoneRemovedState(ctx, args.id, false),
} satisfies AreaHandlers<keyof typeof roadmapInputs>;
