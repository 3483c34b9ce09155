import { AppError } from '../../../shared/result';
import type { AreaHandlers } from '../platform/handler-types';
import { isRegistryEmpty } from '../registry/registry-queries';
import { createDemoCentre } from '.';

/** The demonstration centre, made only in an empty database. */
export const demoHandlers = {
  'demo:create': (args, ctx) => {
    if (!isRegistryEmpty(ctx.app.db)) throw new AppError('NOT_EMPTY', ctx.t('errors.notEmpty'));
    return createDemoCentre(ctx, args.seed ?? 1976, args.scale);
  },
} satisfies AreaHandlers<'demo:create'>;
