import type { unitCardInputs } from '../../../shared/api/unit-card';
import type { AreaHandlers } from '../platform/handler-types';
import { unitCard } from './unit-card';

/** The workshop card: one call that gathers a workshop's figures from the other screens' services. */
export const unitCardHandlers = {
  'units:card': (args, ctx) => unitCard(ctx, args.code, args.from, args.to),
} satisfies AreaHandlers<keyof typeof unitCardInputs>;
