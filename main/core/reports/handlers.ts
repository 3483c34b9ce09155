import type { AreaHandlers } from '../platform/handler-types';
import { REPORTS } from './index';
import { resolvePeriod } from './period';

/** The screens' and prints' report calls: each shows what its report's definition computes (index.ts). */
type ReportCall = 'reports:exportPerformance' | 'reports:shipments' | 'reports:registry' | 'reports:government' | 'reports:production' | 'reports:materials';

export const reportHandlers = {
  'reports:exportPerformance': (args, ctx) => REPORTS['export-performance'].compute(ctx, resolvePeriod(ctx, args.from, args.to)),
  'reports:shipments': (args, ctx) => REPORTS.shipments.compute(ctx, resolvePeriod(ctx, args.from, args.to)),
  'reports:registry': (args, ctx) => REPORTS.registry.compute(ctx, resolvePeriod(ctx, args.from, args.to)),
  'reports:government': (args, ctx) => REPORTS.government.compute(ctx, resolvePeriod(ctx, args.from, args.to)),
  'reports:production': (args, ctx) => {
    // The workshop × month detail stays in the workbook.
    const { detail: _detail, ...report } = REPORTS.production.compute(ctx, resolvePeriod(ctx, args.from, args.to));
    return report;
  },
  'reports:materials': (args, ctx) => REPORTS.materials.compute(ctx, resolvePeriod(ctx, args.from, args.to)),
} satisfies AreaHandlers<ReportCall>;
