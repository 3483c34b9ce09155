import { z } from 'zod';
import { CURRENCIES } from '../money';
import { UOMS } from '../units';
import { idField, optionalText, positiveMaterialQty, requiredText, unitPriceField, wholeCount } from './fields';

export const currencyField = z.enum(CURRENCIES, { error: 'invalid.currency' });
export const uomField = z.enum(UOMS, { error: 'invalid.uom' });

/** What the outside of a product is made of: it decides the HS subheading (DOMAIN.md §3). */
export const OUTER_MATERIALS = ['kulit', 'sintetis', 'tekstil', 'plastik', 'lainnya'] as const;

/** HS code as Indonesia keeps it: 4202.22 or 8-digit BTKI 4202.22.10 (dots optional). */
export const hsCodeField = z
  .string()
  .trim()
  .transform((v) => v.replace(/[^\d]/g, ''))
  .refine((v) => v.length === 6 || v.length === 8, { error: 'invalid.hsCode' })
  .transform((v) => (v.length === 8 ? `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}` : `${v.slice(0, 4)}.${v.slice(4)}`));

const positiveMeasure = z.number({ error: 'invalid.notNumber' }).positive({ error: 'invalid.notPositive' }).max(100_000, { error: 'invalid.tooLarge' });

/** A product (SKU) the centre sells, with what export documents and planning need of it. */
export const productInput = z.object({
  id: idField.optional(),
  sku: requiredText(40),
  name: requiredText(160),
  /** The English description export papers print; they never fall back to the Indonesian name. */
  nameEn: optionalText(200),
  /** Material composition as customs ask for it ("upper 100 % cowhide leather, lining 100 % polyester"). */
  composition: optionalText(300),
  category: requiredText(40),
  hsCode: hsCodeField,
  outerMaterial: z.enum(OUTER_MATERIALS, { error: 'invalid.outerMaterial' }).nullish().transform((v) => v ?? null),
  uom: uomField.default('pcs'),
  labourMinutes: wholeCount,
  cartonQty: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(1, { error: 'invalid.notPositive' }),
  cartonLengthCm: positiveMeasure.nullish().transform((v) => v ?? null),
  cartonWidthCm: positiveMeasure.nullish().transform((v) => v ?? null),
  cartonHeightCm: positiveMeasure.nullish().transform((v) => v ?? null),
  cartonGrossKg: positiveMeasure.nullish().transform((v) => v ?? null),
  /** Price per unit in the currency's minor unit. */
  price: unitPriceField,
  currency: currencyField,
  /** Rupiah a workshop is paid per piece (ongkos jahit); null: labour minutes × the centre's rate per minute. */
  pieceRate: unitPriceField.nullish().transform((v) => v ?? null),
});
export type ProductInput = z.input<typeof productInput>;
export type ProductValues = z.output<typeof productInput>;
export interface Product extends Omit<ProductValues, 'id'> {
  id: number;
  bomLines: number;
  updatedAt: string;
}

/** One line of a bill of materials: material per unit of product, before cutting waste. */
export const bomLineInput = z.object({
  sku: requiredText(40),
  materialCode: requiredText(40),
  qtyPerUnit: positiveMaterialQty.max(100_000, { error: 'invalid.tooLarge' }),
  wastePct: z.number({ error: 'invalid.notNumber' }).min(0, { error: 'invalid.negative' }).lt(100, { error: 'invalid.wasteTooHigh' }).default(0),
});
export type BomLineInput = z.input<typeof bomLineInput>;
export type BomLineValues = z.output<typeof bomLineInput>;
export interface BomLine extends BomLineValues {
  materialName: string;
  uom: string;
  /** qtyPerUnit / (1 − waste): what one unit really consumes. */
  grossPerUnit: number;
}

export const productBomInput = z.object({ sku: requiredText(40), lines: z.array(bomLineInput.omit({ sku: true })).max(200) });

export const productNote = optionalText(400);
