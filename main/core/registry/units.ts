import type { Unit, UnitValues } from '../../../shared/domain/unit';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { findMemberByNo } from './member-queries';
import {
  findUnitByCode, getUnit, insertUnit, setUnitCategories, setUnitRemoved, setUnitState, stateHistory, updateUnit,
} from './unit-queries';
import { resolveCategories } from '../catalogue/categories';
import { writeTransaction } from '../platform/db/write';

function mustGet(ctx: CallContext, id: number): Unit & { removedAt: string | null } {
  const unit = getUnit(ctx.app.db, id);
  if (!unit) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return unit;
}

/** Writes one unit without its own transaction (imports write thousands in one). */
export function writeUnit(ctx: CallContext, values: UnitValues): number {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const clash = findUnitByCode(db, values.unitCode);
  if (clash && clash.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateUnitCode', { value: values.unitCode, name: clash.name }), { field: 'unitCode' });
  }
  let ownerMemberId: number | null = null;
  if (values.ownerMemberNo) {
    const owner = findMemberByNo(db, values.ownerMemberNo);
    if (!owner) throw new AppError('UNKNOWN_OWNER', ctx.t('errors.unknownOwner', { value: values.ownerMemberNo }), { field: 'ownerMemberNo' });
    ownerMemberId = owner.id;
  }
  const categories = resolveCategories(ctx, values.categories);
  const stored = { ...values, ownerMemberId };
  const state = { isActive: values.isActive, workers: values.workers, monthlyCapacity: values.monthlyCapacity };
  if (values.id === undefined) {
    const id = insertUnit(db, stored, now);
    setUnitCategories(db, id, categories);
    setUnitState(db, id, { validFrom: values.stateFrom ?? ctx.app.today(), ...state }, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'unit', entityId: id, action: 'create', after: values });
    return id;
  }
  const before = mustGet(ctx, values.id);
  updateUnit(db, values.id, stored, now);
  setUnitCategories(db, values.id, categories);
  const changed = before.isActive !== state.isActive || before.workers !== state.workers || before.monthlyCapacity !== state.monthlyCapacity;
  if (changed) setUnitState(db, values.id, { validFrom: values.stateFrom ?? ctx.app.today(), ...state }, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'unit', entityId: values.id, action: 'update', before, after: values });
  return values.id;
}

export function saveUnit(ctx: CallContext, values: UnitValues): Unit {
  const id = writeTransaction(ctx.app.db, () => writeUnit(ctx, values));
  return mustGet(ctx, id);
}

export function unitWithHistory(ctx: CallContext, id: number) {
  return { ...mustGet(ctx, id), history: stateHistory(ctx.app.db, id) };
}

export function setUnitRemovedState(ctx: CallContext, id: number, removed: boolean): Unit {
  const { db } = ctx.app;
  const unit = mustGet(ctx, id);
  if ((unit.removedAt !== null) === removed) return unit;
  if (!removed) {
    const clash = findUnitByCode(db, unit.unitCode);
    if (clash) throw new AppError('DUPLICATE', ctx.t('errors.duplicateUnitCode', { value: unit.unitCode, name: clash.name }));
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setUnitRemoved(db, id, removed ? now : null, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'unit', entityId: id, action: removed ? 'remove' : 'restore',
      before: { unitCode: unit.unitCode, name: unit.name },
    });
  });
  return mustGet(ctx, id);
}
