import type { dashboardInputs } from '../../../shared/api/dashboard';
import type { AreaHandlers } from '../platform/handler-types';
import { dashboard } from './dashboard';
import { missingRates } from '../orders/rates-missing';

/** The start screen's one call. */
export const dashboardHandlers = {
  'dashboard:get': (args, ctx) => dashboard(ctx, args.today ?? ctx.app.today()),
  'dashboard:missingRates': (_args, ctx) => missingRates(ctx),
} satisfies AreaHandlers<keyof typeof dashboardInputs>;
