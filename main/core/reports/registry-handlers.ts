import type { registryReportInputs } from '../../../shared/api/registry-reports';
import type { AreaHandlers } from '../platform/handler-types';
import { governmentReport } from './government/report';
import { resolvePeriod } from './period';
import { registryReport } from './registry/report';

/** The registry reports: members and units, and the centre's profile for the government. */
export const registryReportHandlers = {
  'reports:registry': (args, ctx) => registryReport(ctx, resolvePeriod(ctx, args.from, args.to)),
  'reports:government': (args, ctx) => governmentReport(ctx, resolvePeriod(ctx, args.from, args.to)),
} satisfies AreaHandlers<keyof typeof registryReportInputs>;
