import type { ExchangeRate } from '../../../shared/domain/orders';
import { isPlausibleRate, PLAUSIBLE_IDR_PER_UNIT } from '../../../shared/rates';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { getRate, listRates, upsertRate } from '../orders/rate-queries';
import { writeTransaction } from '../platform/db/write';
import { fillMissingOrderRates } from '../orders/orders';
import { fillMissingShipmentRates } from './shipment-rates';
import type { Currency } from '../../../shared/money';

/**
 * "Kurs USD Rp 1 per 1 unit tidak wajar (biasanya Rp 5.000–50.000)": a typing slip or a quote per
 * 100 units; null for a plausible rate (shared/rates.ts PLAUSIBLE_IDR_PER_UNIT).
 */
export function implausibleRate(ctx: CallContext, currency: Currency, idrPerUnit: number): string | null {
  if (isPlausibleRate(currency, idrPerUnit)) return null;
  const [low, high] = PLAUSIBLE_IDR_PER_UNIT[currency];
  const number = (value: number) => value.toLocaleString(ctx.locale === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 4 });
  return ctx.t('rates.invalid.implausible', { currency, rate: number(idrPerUnit), low: number(low), high: number(high) });
}

/**
 * Writes one rate without a transaction of its own; the same currency and day again corrects it.
 * Lives with shipments, not orders, because it values the rows of both that waited for a rate.
 */
export function writeRate(ctx: CallContext, values: ExchangeRate): void {
  const { db } = ctx.app;
  if (values.currency === 'IDR') throw new AppError('INVALID_INPUT', ctx.t('errors.rateForRupiah'), { field: 'currency' });
  const implausible = implausibleRate(ctx, values.currency, values.idrPerUnit);
  if (implausible) throw new AppError('INVALID_INPUT', implausible, { field: 'idrPerUnit' });
  const now = ctx.app.now();
  const before = getRate(db, values.currency, values.validOn);
  upsertRate(db, values);
  // Orders and shipments taken without a rate learn their worth as soon as a rate for their date exists.
  fillMissingOrderRates(ctx, values.currency);
  fillMissingShipmentRates(ctx, values.currency);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'rate', entityId: null, action: before ? 'update' : 'create', before, after: values });
}

export function saveRate(ctx: CallContext, values: ExchangeRate): ExchangeRate {
  writeTransaction(ctx.app.db, () => writeRate(ctx, values));
  const saved = getRate(ctx.app.db, values.currency, values.validOn);
  if (!saved) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return saved;
}

export function ratesFor(ctx: CallContext, currency: Currency | null): ExchangeRate[] {
  return listRates(ctx.app.db, currency);
}
