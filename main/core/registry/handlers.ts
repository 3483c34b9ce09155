import type { registryInputs } from '../../../shared/api/registry';
import type { AreaHandlers } from '../platform/handler-types';
import { listCategories } from '../platform/db/centre';
import { listMembers } from './member-queries';
import { registrySummary } from './registry-queries';
import { listUnits } from './unit-queries';
import { memberWithHistory, removeMember, restoreMember, saveMember } from './members';
import { saveUnit, setUnitRemovedState, unitWithHistory } from './units';

type RegistryCall = Exclude<keyof typeof registryInputs, 'audit:list' | 'centre:get' | 'centre:save'>;

/** The members and their business units, and the registry's figures over time. */
export const registryHandlers = {
  'categories:list': (_args, ctx) => listCategories(ctx.app.db),
  'members:list': (args, ctx) => listMembers(ctx.app.db, args.includeRemoved),
  'members:get': (args, ctx) => memberWithHistory(ctx, args.id),
  'members:save': (args, ctx) => saveMember(ctx, args),
  'members:remove': (args, ctx) => removeMember(ctx, args.id, args.detachUnits ?? false),
  'members:restore': (args, ctx) => restoreMember(ctx, args.id),
  'units:list': (args, ctx) => listUnits(ctx.app.db, args.includeRemoved),
  'units:get': (args, ctx) => unitWithHistory(ctx, args.id),
  'units:save': (args, ctx) => saveUnit(ctx, args),
  'units:remove': (args, ctx) => setUnitRemovedState(ctx, args.id, true),
  'units:restore': (args, ctx) => setUnitRemovedState(ctx, args.id, false),
  'registry:summary': (args, ctx) => registrySummary(ctx.app.db, args.asOf ?? ctx.app.today()),
  'registry:timeline': (args, ctx) => {
    const today = ctx.app.today();
    const years: number[] = [];
    for (let year = args.fromYear; year <= args.toYear; year++) years.push(year);
    return years.map((year) => {
      const yearEnd = `${year}-12-31`;
      return registrySummary(ctx.app.db, yearEnd < today ? yearEnd : today);
    });
  },
} satisfies AreaHandlers<RegistryCall>;
