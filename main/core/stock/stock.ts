import { formatDateId } from '../../../shared/dates';
import type { MovementKind, StockBalance, StockMovement, StockMovementValues, WorkshopMaterialBalance } from '../../../shared/domain/materials';
import { AppError } from '../../../shared/result';
import { formatQuantity, roundQty } from '../../../shared/units';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { findMaterialByCode } from '../catalogue/material-queries';
import { firstNegativeBalance, firstNegativeHeld, getMovement, insertMovement, stockBalances, workshopBalances } from './stock-queries';
import { findUnitByCode } from '../registry/unit-queries';
import { writeTransaction } from '../platform/db/write';

/** How each kind moves stock on hand; an adjustment carries its own sign. */
const SIGN: Record<MovementKind, 1 | -1 | 0> = { opening: 1, receipt: 1, return: 1, issue: -1, adjustment: 0 };

function signedDelta(kind: MovementKind, qty: number): number {
  const sign = SIGN[kind];
  return sign === 0 ? qty : sign * Math.abs(qty);
}


/**
 * Writes one movement of the ledger without a transaction of its own (imports write many in one).
 * A movement that takes stock away is refused if stock on hand would be negative on its date or
 * on any later date: a back-dated issue must not break the balances that follow it.
 */
export function recordMovement(ctx: CallContext, values: StockMovementValues): number {
  const { db } = ctx.app;
  const material = findMaterialByCode(db, values.materialCode);
  if (!material) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownMaterial', { value: values.materialCode }), { field: 'materialCode' });
  let unit: { id: number; name: string } | undefined;
  if (values.unitCode) {
    unit = findUnitByCode(db, values.unitCode);
    if (!unit) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownUnit', { value: values.unitCode }), { field: 'unitCode' });
  }
  const delta = signedDelta(values.kind, values.qty);
  if (delta < 0) {
    const broken = firstNegativeBalance(db, material.id, values.date, delta);
    if (broken) {
      const params = { material: material.name, balance: formatQuantity(ctx.locale, broken.balance), uom: material.uom, date: formatDateId(broken.date) };
      throw new AppError('INVALID_INPUT', ctx.t('invalid.stockNegative', params), { field: 'qty' });
    }
  }
  // A workshop cannot give back more than it was given (issued − returned) on any day.
  if (values.kind === 'return' && unit) {
    const broken = firstNegativeHeld(db, unit.id, material.id, values.date, delta);
    if (broken) {
      const params = {
        unit: values.unitCode, held: formatQuantity(ctx.locale, roundQty(broken.held + delta)), uom: material.uom, material: material.name, date: formatDateId(broken.date),
      };
      throw new AppError('INVALID_INPUT', ctx.t('errors.returnExceedsHeld', params), { field: 'qty' });
    }
  }
  const now = ctx.app.now();
  const id = insertMovement(db, { materialId: material.id, movedOn: values.date, kind: values.kind, delta, unitId: unit?.id ?? null, note: values.note }, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'stock', entityId: id, action: values.kind, after: { ...values, delta } });
  return id;
}

export function saveMovement(ctx: CallContext, values: StockMovementValues): StockMovement {
  const id = writeTransaction(ctx.app.db, () => recordMovement(ctx, values));
  const movement = getMovement(ctx.app.db, id);
  if (!movement) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return movement;
}

/** Stock on hand per material as of a date; a material without a reorder point is not watched. */
export function balancesAsOf(ctx: CallContext, asOf: string): StockBalance[] {
  return stockBalances(ctx.app.db, asOf).map((b) => ({ ...b, isBelowReorder: b.reorderPoint > 0 && b.onHand <= b.reorderPoint }));
}

/**
 * What each workshop holds of the cooperative's material: issued − returned. Material used up by
 * delivered work and the waste allowance are subtracted once the planning slice records them.
 */
export function workshopHoldings(ctx: CallContext, unitCode: string | null): WorkshopMaterialBalance[] {
  return workshopBalances(ctx.app.db, unitCode).map((b) => ({ ...b, held: roundQty(b.issued - b.returned) }));
}
