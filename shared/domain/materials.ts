import { z } from 'zod';
import { BOUNDS, isoDateField, idField, optionalText, requiredText, unitPriceField } from './fields';
import { currencyField, uomField } from './catalogue';

export const MATERIAL_CATEGORIES = ['kulit', 'kulit-sintetis', 'lining', 'busa', 'resleting', 'aksesoris', 'benang', 'lem', 'label', 'kemasan', 'lainnya'] as const;

const quantity = z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).max(BOUNDS.materialQty, { error: 'invalid.tooLarge' });

/**
 * A raw material as the cooperative buys and issues it. `purchaseFactor` is how many `uom`
 * one `purchaseUom` holds (a cowhide ≈ 50 sqft), and `yieldPct` the share of it that is usable.
 */
export const materialInput = z.object({
  id: idField.optional(),
  materialCode: requiredText(40),
  name: requiredText(160),
  category: z.enum(MATERIAL_CATEGORIES, { error: 'invalid.materialCategory' }),
  uom: uomField,
  purchaseUom: uomField.nullish().transform((v) => v ?? null),
  purchaseFactor: z.number({ error: 'invalid.notNumber' }).positive({ error: 'invalid.notPositive' }).max(BOUNDS.factor, { error: 'invalid.tooLarge' }).default(1),
  /** Cost per `uom` in the currency's minor unit. */
  unitCost: unitPriceField,
  currency: currencyField.default('IDR'),
  supplier: optionalText(120),
  leadTimeDays: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(0, { error: 'invalid.negative' }).max(365),
  minOrderQty: quantity.default(0),
  reorderPoint: quantity.default(0),
  safetyStock: quantity.default(0),
});
export type MaterialInput = z.input<typeof materialInput>;
export type MaterialValues = z.output<typeof materialInput>;
export interface Material extends Omit<MaterialValues, 'id'> {
  id: number;
  onHand: number;
  updatedAt: string;
}

export const MOVEMENT_KINDS = ['opening', 'receipt', 'issue', 'return', 'adjustment'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * One line of the stock ledger, in the material's own unit. Receipts, openings and returns add;
 * issues take away; adjustments carry their sign and need a reason.
 */
export const stockMovementInput = z
  .object({
    materialCode: requiredText(40),
    kind: z.enum(MOVEMENT_KINDS, { error: 'invalid.movementKind' }),
    qty: z
      .number({ error: 'invalid.notNumber' })
      .min(-BOUNDS.materialQty, { error: 'invalid.tooLarge' })
      .max(BOUNDS.materialQty, { error: 'invalid.tooLarge' })
      .refine((q) => Math.abs(q) >= BOUNDS.materialQtyStep, { error: 'invalid.zero' }),
    date: isoDateField,
    unitCode: optionalText(40),
    note: optionalText(300),
  })
  .superRefine((m, ctx) => {
    if (m.kind !== 'adjustment' && m.qty < 0) ctx.addIssue({ code: 'custom', path: ['qty'], message: 'invalid.negative' });
    if (m.kind === 'adjustment' && !m.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'invalid.reasonRequired' });
    if ((m.kind === 'issue' || m.kind === 'return') && !m.unitCode) ctx.addIssue({ code: 'custom', path: ['unitCode'], message: 'invalid.workshopRequired' });
  });
export type StockMovementInput = z.input<typeof stockMovementInput>;
export type StockMovementValues = z.output<typeof stockMovementInput>;

export interface StockMovement extends StockMovementValues {
  id: number;
  materialName: string;
  uom: string;
  /** Signed as it changes stock on hand. */
  delta: number;
}

export interface StockBalance {
  materialCode: string;
  name: string;
  category: string;
  uom: string;
  onHand: number;
  reorderPoint: number;
  safetyStock: number;
  isBelowReorder: boolean;
}

/** What a workshop holds of the cooperative's material. */
export interface WorkshopMaterialBalance {
  unitCode: string;
  unitName: string;
  materialCode: string;
  materialName: string;
  uom: string;
  issued: number;
  returned: number;
  held: number;
}
