import type { ExchangeRate } from '../../../shared/domain/orders';
import type { Db } from './connection';

const RATE_SELECT = 'SELECT currency, valid_on AS validOn, idr_per_unit AS idrPerUnit, source FROM exchange_rate';

/** Newest first within each currency. */
export function listRates(db: Db, currency: string | null): ExchangeRate[] {
  return db
    .prepare(`${RATE_SELECT} WHERE (@currency IS NULL OR currency = @currency) ORDER BY currency, valid_on DESC`)
    .all({ currency }) as ExchangeRate[];
}

export function getRate(db: Db, currency: string, validOn: string): ExchangeRate | undefined {
  return db.prepare(`${RATE_SELECT} WHERE currency = ? AND valid_on = ?`).get(currency, validOn) as ExchangeRate | undefined;
}

/** The rate in force on a date: the newest one recorded on or before it. */
export function rateOn(db: Db, currency: string, date: string): ExchangeRate | undefined {
  return db
    .prepare(`${RATE_SELECT} WHERE currency = ? AND valid_on <= ? ORDER BY valid_on DESC LIMIT 1`)
    .get(currency, date) as ExchangeRate | undefined;
}

/** One rate per currency and day: saving the same day again corrects it. */
export function upsertRate(db: Db, rate: ExchangeRate): void {
  db.prepare(
    `INSERT INTO exchange_rate (currency, valid_on, idr_per_unit, source) VALUES (@currency, @validOn, @idrPerUnit, @source)
     ON CONFLICT (currency, valid_on) DO UPDATE SET idr_per_unit = excluded.idr_per_unit, source = excluded.source`,
  ).run(rate);
}
