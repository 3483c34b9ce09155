import { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { checkNik, normalizePhone } from '../normalize';

/**
 * Field schemas shared by every form and importer. Messages are i18n keys (`invalid.*`); the
 * boundary translates them, so the same rule reads in Bahasa Indonesia or English.
 */

export const isoDateField = z
  .string()
  .trim()
  .refine(isValidIsoDate, { error: 'invalid.date' });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'invalid.tooLong' })
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

export const requiredText = (max: number) =>
  z.string({ error: 'invalid.required' }).trim().min(1, { error: 'invalid.required' }).max(max, { error: 'invalid.tooLong' });

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

export const wholeCount = z
  .number({ error: 'invalid.notNumber' })
  .int({ error: 'invalid.notWhole' })
  .min(0, { error: 'invalid.negative' })
  .max(10_000_000, { error: 'invalid.tooLarge' });

export const idField = z.number().int().positive();
