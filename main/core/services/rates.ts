import type { ExchangeRate } from '../../../shared/domain/orders';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';
import { recordAudit } from '../db/audit';
import { getRate, listRates, upsertRate } from '../db/rates';
import { writeTransaction } from '../db/write';
import { fillMissingOrderRates } from './orders';

/** Writes one rate without a transaction of its own; the same currency and day again corrects it. */
export function writeRate(ctx: CallContext, values: ExchangeRate): void {
  const { db } = ctx.app;
  if (values.currency === 'IDR') throw new AppError('INVALID_INPUT', ctx.t('errors.rateForRupiah'), { field: 'currency' });
  const now = ctx.app.now();
  const before = getRate(db, values.currency, values.validOn);
  upsertRate(db, values);
  // Orders taken without a rate learn their rupiah worth as soon as a rate for their date exists.
  fillMissingOrderRates(ctx, values.currency);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'rate', entityId: null, action: before ? 'update' : 'create', before, after: values });
}

export function saveRate(ctx: CallContext, values: ExchangeRate): ExchangeRate {
  writeTransaction(ctx.app.db, () => writeRate(ctx, values));
  const saved = getRate(ctx.app.db, values.currency, values.validOn);
  if (!saved) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return saved;
}

export function ratesFor(ctx: CallContext, currency: string | null): ExchangeRate[] {
  return listRates(ctx.app.db, currency?.toUpperCase() ?? null);
}
