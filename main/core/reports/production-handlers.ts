import type { productionReportInputs } from '../../../shared/api/report-production';
import type { AreaHandlers } from '../platform/handler-types';
import { materialsReport } from './materials/figures';
import { resolvePeriod } from './period';
import { productionReport } from './production/figures';

/** The production and materials reports (the workshop × month detail stays in the workbook). */
export const productionReportHandlers = {
  'reports:production': (args, ctx) => {
    const { detail: _detail, ...report } = productionReport(ctx, resolvePeriod(ctx, args.from, args.to));
    return report;
  },
  'reports:materials': (args, ctx) => materialsReport(ctx, resolvePeriod(ctx, args.from, args.to)),
} satisfies AreaHandlers<keyof typeof productionReportInputs>;
