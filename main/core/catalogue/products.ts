import type { BomLine, Product, ProductValues } from '../../../shared/domain/catalogue';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { findProductBySku, getProduct, insertProduct, setProductRemoved, updateProduct, type StoredProduct } from './catalogue-queries';
import { listCategories } from '../platform/db/centre';
import { bomForProduct } from './bom';
import { categoryMatcher } from './categories';
import { writeTransaction } from '../platform/db/write';

function mustGet(ctx: CallContext, id: number): StoredProduct {
  const product = getProduct(ctx.app.db, id);
  if (!product) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return product;
}

/** The category's code for a code or a name in either language ("Tas", "bags", "tas"). */
function categoryCode(ctx: CallContext, text: string): string {
  const all = listCategories(ctx.app.db);
  const found = categoryMatcher(all)(text);
  if (!found) {
    throw new AppError('INVALID_INPUT', ctx.t('invalid.category', { value: text, known: all.map((c) => c.nameId).join(', ') }), {
      field: 'category',
    });
  }
  return found.code;
}

/** Writes one product without a transaction of its own, so that an import can write thousands in one. */
export function writeProduct(ctx: CallContext, values: ProductValues): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const clash = findProductBySku(db, values.sku);
  if (clash && clash.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateSku', { value: values.sku, name: clash.name }), { field: 'sku' });
  }
  const { id, category, ...rest } = values;
  const stored = { ...rest, categoryCode: categoryCode(ctx, category) };
  if (id === undefined) {
    const created = insertProduct(db, stored, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'product', entityId: created, action: 'create', after: values });
    return created;
  }
  const before = mustGet(ctx, id);
  updateProduct(db, id, stored, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'product', entityId: id, action: 'update', before, after: values });
  return id;
}

export function saveProduct(ctx: CallContext, values: ProductValues): Product {
  const id = writeTransaction(ctx.app.db, () => writeProduct(ctx, values));
  return mustGet(ctx, id);
}

export function productWithBom(ctx: CallContext, id: number): Product & { bom: BomLine[] } {
  const product = mustGet(ctx, id);
  return { ...product, bom: bomForProduct(ctx.app.db, id) };
}

/**
 * Removing is soft: order lines and BOMs keep pointing at the product, and restore brings it
 * back unless another product has taken its SKU meanwhile.
 */
function setRemovedState(ctx: CallContext, id: number, removed: boolean): Product {
  const { db } = ctx.app;
  const product = mustGet(ctx, id);
  if ((product.removedAt !== null) === removed) return product;
  if (!removed) {
    const clash = findProductBySku(db, product.sku);
    if (clash) throw new AppError('DUPLICATE', ctx.t('errors.duplicateSku', { value: product.sku, name: clash.name }), { field: 'sku' });
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setProductRemoved(db, id, removed ? now : null, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'product', entityId: id, action: removed ? 'remove' : 'restore',
      before: { sku: product.sku, name: product.name },
    });
  });
  return mustGet(ctx, id);
}

export function removeProduct(ctx: CallContext, id: number): Product {
  return setRemovedState(ctx, id, true);
}

export function restoreProduct(ctx: CallContext, id: number): Product {
  return setRemovedState(ctx, id, false);
}
