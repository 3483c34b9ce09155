import type { Buyer, BuyerValues } from '../../../shared/domain/orders';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { findBuyerByCode, getBuyer, insertBuyer, setBuyerRemoved, updateBuyer, type StoredBuyer } from './buyer-queries';
import { writeTransaction } from '../platform/db/write';

function mustGet(ctx: CallContext, id: number): StoredBuyer {
  const buyer = getBuyer(ctx.app.db, id);
  if (!buyer) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return buyer;
}

/** Writes one buyer without a transaction of its own, so that an import can write many in one. */
export function writeBuyer(ctx: CallContext, values: BuyerValues): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const clash = findBuyerByCode(db, values.buyerCode);
  if (clash && clash.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateBuyerCode', { value: values.buyerCode, name: clash.name }), { field: 'buyerCode' });
  }
  const { id, ...stored } = values;
  if (id === undefined) {
    const created = insertBuyer(db, stored, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'buyer', entityId: created, action: 'create', after: values });
    return created;
  }
  const before = mustGet(ctx, id);
  updateBuyer(db, id, stored, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'buyer', entityId: id, action: 'update', before, after: values });
  return id;
}

export function saveBuyer(ctx: CallContext, values: BuyerValues): Buyer {
  const id = writeTransaction(ctx.app.db, () => writeBuyer(ctx, values));
  return mustGet(ctx, id);
}

/** Soft: the buyer's orders keep their buyer; new orders cannot name a removed one. */
function setRemovedState(ctx: CallContext, id: number, removed: boolean): Buyer {
  const { db } = ctx.app;
  const buyer = mustGet(ctx, id);
  if ((buyer.removedAt !== null) === removed) return buyer;
  if (!removed) {
    const clash = findBuyerByCode(db, buyer.buyerCode);
    if (clash) throw new AppError('DUPLICATE', ctx.t('errors.duplicateBuyerCode', { value: buyer.buyerCode, name: clash.name }), { field: 'buyerCode' });
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setBuyerRemoved(db, id, removed ? now : null, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'buyer', entityId: id, action: removed ? 'remove' : 'restore',
      before: { buyerCode: buyer.buyerCode, name: buyer.name },
    });
  });
  return mustGet(ctx, id);
}

export function removeBuyer(ctx: CallContext, id: number): Buyer {
  return setRemovedState(ctx, id, true);
}

export function restoreBuyer(ctx: CallContext, id: number): Buyer {
  return setRemovedState(ctx, id, false);
}
