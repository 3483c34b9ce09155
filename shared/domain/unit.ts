import { z } from 'zod';
import { idField, isoDateField, optionalText, requiredText, wholeCount } from './fields';

export const QUALITY_GRADES = ['A', 'B', 'C'] as const;
export const qualityGrade = z.enum(QUALITY_GRADES, { error: 'invalid.grade' });

/** A business unit (unit usaha): one workshop, owned by a member or by a non-member. */
export const unitInput = z.object({
  id: idField.optional(),
  unitCode: requiredText(40),
  name: requiredText(120),
  ownerMemberNo: optionalText(40),
  nib: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v.replace(/[\s.-]/g, '') : null))
    .refine((v) => v === null || /^\d{13}$/.test(v), { error: 'invalid.nib' }),
  kbli: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{5}$/.test(v), { error: 'invalid.kbli' }),
  address: optionalText(200),
  village: optionalText(80),
  categories: z.array(z.string().trim().min(1)).max(12).default([]),
  workers: wholeCount,
  monthlyCapacity: wholeCount,
  qualityGrade: qualityGrade.nullish().transform((v) => v ?? null),
  isActive: z.boolean({ error: 'invalid.active' }),
  /** From when changed workers, capacity or activity hold; today when not given. */
  stateFrom: isoDateField.optional(),
});
export type UnitInput = z.input<typeof unitInput>;
export type UnitValues = z.output<typeof unitInput>;

export interface Unit {
  id: number;
  unitCode: string;
  name: string;
  ownerMemberId: number | null;
  ownerMemberNo: string | null;
  ownerName: string | null;
  nib: string | null;
  kbli: string | null;
  address: string | null;
  village: string | null;
  categories: string[];
  workers: number;
  monthlyCapacity: number;
  qualityGrade: 'A' | 'B' | 'C' | null;
  isActive: boolean;
  stateFrom: string;
  updatedAt: string;
}

export interface UnitStateChange {
  validFrom: string;
  isActive: boolean;
  workers: number;
  monthlyCapacity: number;
}
