import type { planInputs } from '../../../shared/api/planning';
import type { AreaHandlers } from '../platform/handler-types';
import { listPeriods, removePeriod, savePeriod } from './calendar-store';
import { assignByHand, pinAssignment } from './overrides';
import { lastPlan, planLoad, promiseOrder, runPlan } from './service';
import { listAssignments } from './store';

/** The planning calls: plan, promise, load, overrides, production calendar. */
export const planningHandlers = {
  'plan:run': (args, ctx) => runPlan(ctx, args.today ?? ctx.app.today()),
  'plan:last': (_args, ctx) => lastPlan(ctx),
  'plan:promise': (args, ctx) => promiseOrder(ctx, args.lines, args.today ?? ctx.app.today()),
  'plan:load': (args, ctx) => planLoad(ctx, args.from ?? ctx.app.today(), args.weeks),
  'plan:assignments': (args, ctx) => listAssignments(ctx.app.db, args),
  'plan:pin': (args, ctx) => pinAssignment(ctx, args.assignmentId, args.pinned),
  'plan:assign': (args, ctx) => assignByHand(ctx, args),
  'calendar:list': (args, ctx) => listPeriods(ctx, args),
  'calendar:save': (args, ctx) => savePeriod(ctx, args),
  'calendar:remove': (args, ctx) => removePeriod(ctx, args.id),
} satisfies AreaHandlers<keyof typeof planInputs>;
