import type { supplyInputs } from '../../../shared/api/supply';
import type { AreaHandlers } from '../platform/handler-types';
import { ratesFor, saveRate } from './rates';

type RatesCall = Extract<keyof typeof supplyInputs, `rates:${string}`>;

/**
 * The exchange rates (kurs). Recorded here, after shipments, because a new rate values both the
 * orders and the shipments that waited for one (rates.ts); orders only read them (orders/rate-queries.ts).
 */
export const ratesHandlers = {
  'rates:list': (args, ctx) => ratesFor(ctx, args.currency ?? null),
  'rates:save': (args, ctx) => saveRate(ctx, args),
} satisfies AreaHandlers<RatesCall>;
