import { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { checkNik, normalizePhone } from '../normalize';
import { findUnsafeCharacter } from '../text-safety';

/**
 * Field schemas shared by every form and importer. Messages are i18n keys (`invalid.*`); the
 * boundary translates them, so the same rule reads in Bahasa Indonesia or English.
 */

export const isoDateField = z
  .string()
  .trim()
  .refine(isValidIsoDate, { error: 'invalid.date' });

/** A character no workbook can hold is refused where it is typed, naming it and its place. */
function refuseUnsafeCharacters(value: string, ctx: z.RefinementCtx): void {
  const found = findUnsafeCharacter(value);
  if (found) ctx.addIssue({ code: 'custom', message: 'guard.unsafeCharacter', params: { ...found } });
}

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'invalid.tooLong' })
    .superRefine(refuseUnsafeCharacters)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

export const requiredText = (max: number) =>
  z
    .string({ error: 'invalid.required' })
    .trim()
    .min(1, { error: 'invalid.required' })
    .max(max, { error: 'invalid.tooLong' })
    .superRefine(refuseUnsafeCharacters);

export const nikField = z
  .string()
  .nullish()
  .transform((raw, ctx) => {
    if (raw === undefined || raw === null || raw.trim() === '') return null;
    const checked = checkNik(raw);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.key, params: checked.params });
    return z.NEVER;
  });

export const phoneField = z
  .string()
  .nullish()
  .transform((raw, ctx) => {
    if (raw === undefined || raw === null || raw.trim() === '') return null;
    const checked = normalizePhone(raw);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.key, params: checked.params });
    return z.NEVER;
  });

/** An e-mail address as a buyer's contact: one @, a name before it and a dotted domain after it. */
export const emailField = z
  .string()
  .trim()
  .max(160, { error: 'invalid.tooLong' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'invalid.email' })
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

export const wholeCount = z
  .number({ error: 'invalid.notNumber' })
  .int({ error: 'invalid.notWhole' })
  .min(0, { error: 'invalid.negative' })
  .max(10_000_000, { error: 'invalid.tooLarge' });

export const idField = z.number().int().positive();

/**
 * Upper bounds no real centre reaches, so that a slip of the finger (ten zeros too many, 1e308)
 * is refused at the door instead of stored and summed to Infinity in a report.
 */
export const BOUNDS = {
  /** Pieces on one order line, SPK or shipment line. */
  pieces: 10_000_000,
  /** One stock movement, minimum order, reorder point: in the material's own unit. */
  materialQty: 100_000_000,
  /** A price, cost or piece rate of one unit, in minor units: Rp 100 miliar, USD 1 miliar. */
  unitPriceMinor: 100_000_000_000,
  /** Rupiah for one unit of a foreign currency (USD about 16.000, the dearest currency about 55.000). */
  rate: 1_000_000,
  /** Units of measure in one purchase unit (sq ft in a hide, metres in a roll). */
  factor: 1_000_000,
  /** The smallest material quantity kept: quantities are stored to 4 decimals (shared/units.ts). */
  materialQtyStep: 0.0001,
} as const;

/** A material quantity above zero: less than the smallest step kept would be stored as zero. */
export const positiveMaterialQty = z
  .number({ error: 'invalid.notNumber' })
  .positive({ error: 'invalid.notPositive' })
  .max(BOUNDS.materialQty, { error: 'invalid.tooLarge' })
  .refine((qty) => qty <= 0 || qty >= BOUNDS.materialQtyStep, { message: 'guard.belowMinimum', params: { minimum: BOUNDS.materialQtyStep } });

export const unitPriceField = z
  .number({ error: 'invalid.notNumber' })
  .int({ error: 'invalid.notWhole' })
  .min(0, { error: 'invalid.negative' })
  .max(BOUNDS.unitPriceMinor, { error: 'invalid.tooLarge' });

export const rateField = z
  .number({ error: 'invalid.notNumber' })
  .positive({ error: 'invalid.notPositive' })
  .max(BOUNDS.rate, { error: 'invalid.tooLarge' });
