import type { BomLine, BomLineValues } from '../../../shared/domain/catalogue';
import { roundQty, grossRequirement } from '../../../shared/units';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { deleteBomLines, findProductBySku, listBomLines, touchProduct, upsertBomLine } from './catalogue-queries';
import type { Db } from '../platform/db/connection';
import { findMaterialByCode } from './material-queries';
import { writeTransaction } from '../platform/db/write';

/*
 * A BOM here is always product → raw material (materials have no BOM of their own), so a loop
 * cannot occur and needs no check. Removed materials are refused: new work must not plan on them.
 */

export function bomForProduct(db: Db, productId: number): BomLine[] {
  return listBomLines(db, productId).map((line) => ({ ...line, grossPerUnit: roundQty(grossRequirement(1, line.qtyPerUnit, line.wastePct)) }));
}

function mustFindProduct(ctx: CallContext, sku: string): { id: number; name: string } {
  const product = findProductBySku(ctx.app.db, sku);
  if (!product) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownProduct', { value: sku }), { field: 'sku' });
  return product;
}

function mustFindMaterial(ctx: CallContext, materialCode: string, details: { field: string; line?: number }): number {
  const material = findMaterialByCode(ctx.app.db, materialCode);
  if (!material) throw new AppError('INVALID_INPUT', ctx.t('invalid.unknownMaterial', { value: materialCode }), details);
  return material.id;
}

export function bomForSku(ctx: CallContext, sku: string): BomLine[] {
  return bomForProduct(ctx.app.db, mustFindProduct(ctx, sku).id);
}

/** Adds or replaces one line, without a transaction of its own (imports write many in one). */
export function writeBomLine(ctx: CallContext, values: BomLineValues): void {
  const { db } = ctx.app;
  const now = ctx.app.now();
  const product = mustFindProduct(ctx, values.sku);
  const materialId = mustFindMaterial(ctx, values.materialCode, { field: 'materialCode' });
  // The line it replaces, for the audit log (an import as update changes lines one by one).
  const before = listBomLines(db, product.id).find((line) => line.materialCode.toUpperCase() === values.materialCode.toUpperCase());
  upsertBomLine(db, { productId: product.id, materialId, qtyPerUnit: values.qtyPerUnit, wastePct: values.wastePct });
  touchProduct(db, product.id, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'product', entityId: product.id, action: 'bom-line', ...(before ? { before } : {}), after: values });
}

/** Replaces a product's whole bill of materials: every line is checked before anything is written. */
export function replaceBom(ctx: CallContext, sku: string, lines: Omit<BomLineValues, 'sku'>[]): BomLine[] {
  const { db } = ctx.app;
  const product = mustFindProduct(ctx, sku);
  const seen = new Set<string>();
  const resolved = lines.map((line, index) => {
    const folded = line.materialCode.toUpperCase();
    if (seen.has(folded)) {
      throw new AppError('INVALID_INPUT', ctx.t('errors.duplicateBomMaterial', { value: line.materialCode }), { field: 'lines', line: index + 1 });
    }
    seen.add(folded);
    return { ...line, materialId: mustFindMaterial(ctx, line.materialCode, { field: 'lines', line: index + 1 }) };
  });
  const now = ctx.app.now();
  writeTransaction(db, () => {
    const before = bomForProduct(db, product.id);
    deleteBomLines(db, product.id);
    for (const line of resolved) upsertBomLine(db, { productId: product.id, materialId: line.materialId, qtyPerUnit: line.qtyPerUnit, wastePct: line.wastePct });
    touchProduct(db, product.id, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'product', entityId: product.id, action: 'bom', before, after: { sku, lines } });
  });
  return bomForProduct(db, product.id);
}
