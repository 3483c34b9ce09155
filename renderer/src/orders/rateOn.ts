import type { ExchangeRate } from '../../../shared/domain/orders';

/** The newest recorded rate of a currency on or before a date, as the backend takes it when none is typed. */
export function rateOn(rates: ExchangeRate[], currency: string, isoDate: string | null): ExchangeRate | null {
  let best: ExchangeRate | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency || (isoDate !== null && rate.validOn > isoDate)) continue;
    if (!best || rate.validOn > best.validOn) best = rate;
  }
  return best;
}
