import type { purchasingInputs } from '../../../shared/api/purchasing';
import type { AreaHandlers } from '../platform/handler-types';
import { toBuyList } from './to-buy';

/** The purchasing calls beside the purchase orders themselves: what to buy by when. */
export const purchasingHandlers = {
  'purchases:toBuy': (_args, ctx) => toBuyList(ctx),
} satisfies AreaHandlers<keyof typeof purchasingInputs>;
