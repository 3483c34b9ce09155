import type { ExchangeRate } from '../../../../shared/domain/orders';
import { rateOfDate } from '../../../../shared/rates';
import type { Currency } from '../../../../shared/money';

/**
 * The rate the backend takes for a value of a date when none is typed (shared/rates.ts): the
 * date's own, else the latest earlier one within the window; null without a date or a rate.
 */
export function rateOn(rates: ExchangeRate[], currency: Currency, isoDate: string | null): ExchangeRate | null {
  return isoDate === null ? null : rateOfDate(rates, currency, isoDate);
}
