import type { Material, MaterialValues } from '../../../shared/domain/materials';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import type { Db } from '../platform/db/connection';
import { findMaterialByCode, getMaterial, insertMaterial, setMaterialRemoved, updateMaterial, type StoredMaterial } from './material-queries';
import { findSupplierByName, insertSupplier } from './supplier-queries';
import { writeTransaction } from '../platform/db/write';

function mustGet(ctx: CallContext, id: number): StoredMaterial {
  const material = getMaterial(ctx.app.db, id, ctx.app.today());
  if (!material) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return material;
}

/**
 * Materials name their supplier in free text, as the cooperative's lists do; the first use of a
 * name creates the supplier, so that purchases can later be grouped by it.
 */
function supplierId(db: Db, name: string | null, now: string): number | null {
  if (name === null) return null;
  return findSupplierByName(db, name)?.id ?? insertSupplier(db, name, now);
}

/** Writes one material without a transaction of its own, so that an import can write thousands in one. */
export function writeMaterial(ctx: CallContext, values: MaterialValues): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const clash = findMaterialByCode(db, values.materialCode);
  if (clash && clash.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateMaterialCode', { value: values.materialCode, name: clash.name }), {
      field: 'materialCode',
    });
  }
  const { id, supplier, ...rest } = values;
  const stored = { ...rest, supplierId: supplierId(db, supplier, now) };
  if (id === undefined) {
    const created = insertMaterial(db, stored, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'material', entityId: created, action: 'create', after: values });
    return created;
  }
  const before = mustGet(ctx, id);
  updateMaterial(db, id, stored, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'material', entityId: id, action: 'update', before, after: values });
  return id;
}

export function saveMaterial(ctx: CallContext, values: MaterialValues): Material {
  const id = writeTransaction(ctx.app.db, () => writeMaterial(ctx, values));
  return mustGet(ctx, id);
}

/**
 * Removing is soft: the ledger and existing BOMs keep pointing at the material, but new BOM
 * lines and movements refuse it. Restore is refused if its code has been taken meanwhile.
 */
function setRemovedState(ctx: CallContext, id: number, removed: boolean): Material {
  const { db } = ctx.app;
  const material = mustGet(ctx, id);
  if ((material.removedAt !== null) === removed) return material;
  if (!removed) {
    const clash = findMaterialByCode(db, material.materialCode);
    if (clash) {
      throw new AppError('DUPLICATE', ctx.t('errors.duplicateMaterialCode', { value: material.materialCode, name: clash.name }), {
        field: 'materialCode',
      });
    }
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setMaterialRemoved(db, id, removed ? now : null, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'material', entityId: id, action: removed ? 'remove' : 'restore',
      before: { materialCode: material.materialCode, name: material.name },
    });
  });
  return mustGet(ctx, id);
}

export function removeMaterial(ctx: CallContext, id: number): Material {
  return setRemovedState(ctx, id, true);
}

export function restoreMaterial(ctx: CallContext, id: number): Material {
  return setRemovedState(ctx, id, false);
}
