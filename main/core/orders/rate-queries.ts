import type { ExchangeRate } from '../../../shared/domain/orders';
import { oldestUsableRateDay, rateOfDate } from '../../../shared/rates';
import type { Db } from '../platform/db/connection';
import type { Currency } from '../../../shared/money';

const RATE_SELECT = 'SELECT currency, valid_on AS validOn, idr_per_unit AS idrPerUnit, source FROM exchange_rate';

/** Newest first within each currency. */
export function listRates(db: Db, currency: Currency | null): ExchangeRate[] {
  return db
    .prepare(`${RATE_SELECT} WHERE (@currency IS NULL OR currency = @currency) ORDER BY currency, valid_on DESC`)
    .all({ currency }) as ExchangeRate[];
}

export function getRate(db: Db, currency: Currency, validOn: string): ExchangeRate | undefined {
  return db.prepare(`${RATE_SELECT} WHERE currency = ? AND valid_on = ?`).get(currency, validOn) as ExchangeRate | undefined;
}

/**
 * The rate a value of `date` uses (shared/rates.ts): the date's own, else the latest earlier one
 * within the window; `validOn` is the day actually used. Undefined when the rate is unknown.
 */
export function rateOn(db: Db, currency: Currency, date: string): ExchangeRate | undefined {
  const near = db
    .prepare(`${RATE_SELECT} WHERE currency = ? AND valid_on BETWEEN ? AND ?`)
    .all(currency, oldestUsableRateDay(date), date) as ExchangeRate[];
  return rateOfDate(near, currency, date) ?? undefined;
}

/** The newest rate of a currency before a date, however old: to say how stale the last one is. */
export function latestRateBefore(db: Db, currency: Currency, date: string): string | null {
  const row = db.prepare('SELECT MAX(valid_on) AS validOn FROM exchange_rate WHERE currency = ? AND valid_on < ?').get(currency, date) as { validOn: string | null };
  return row.validOn;
}

/** One rate per currency and day: saving the same day again corrects it. */
export function upsertRate(db: Db, rate: ExchangeRate): void {
  db.prepare(
    `INSERT INTO exchange_rate (currency, valid_on, idr_per_unit, source) VALUES (@currency, @validOn, @idrPerUnit, @source)
     ON CONFLICT (currency, valid_on) DO UPDATE SET idr_per_unit = excluded.idr_per_unit, source = excluded.source`,
  ).run(rate);
}
