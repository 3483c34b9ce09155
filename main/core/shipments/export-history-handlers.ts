import type { exportsInputs } from '../../../shared/api/exports';
import type { AreaHandlers } from '../platform/handler-types';
import { listExportHistory } from './export-history-queries';
import { chooseMonthSource, listMonthSources } from './export-month-source';
import { saveExportRow, setExportRowRemovedState } from './export-history';

/** Export history, its month sources, and the report files (written on a worker). */
export const exportsHandlers = {
  'exports:list': (args, ctx) =>
    listExportHistory(ctx.app.db, { year: args.year, country: args.country?.trim().toUpperCase() || undefined }).map(({ removedAt: _removed, ...row }) => row),
  'exports:save': (args, ctx) => saveExportRow(ctx, args),
  'exports:remove': (args, ctx) => setExportRowRemovedState(ctx, args.id, true),
  'exports:restore': (args, ctx) => setExportRowRemovedState(ctx, args.id, false),
  'exports:monthSources': (args, ctx) => listMonthSources(ctx, args.from, args.to),
  'exports:chooseMonthSource': (args, ctx) => chooseMonthSource(ctx, args.months, args.source),
  // Written on a worker thread like the screens' reports, only waited for in this one call.
  'files:report': async (args, ctx) => {
    const { fileId, fileName, bytes } = await ctx.app.jobs.runReport({ name: args.name, from: args.from, to: args.to, locale: ctx.locale });
    return { fileId, fileName, bytes };
  },
} satisfies AreaHandlers<Exclude<keyof typeof exportsInputs, 'reports:exportPerformance'>>; // the report's call: reports/handlers.ts
