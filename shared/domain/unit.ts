import { z } from 'zod';
import { idField, isoDateField, optionalText, requiredText, wholeCount } from './fields';

export const QUALITY_GRADES = ['A', 'B', 'C'] as const;
export const qualityGrade = z.enum(QUALITY_GRADES, { error: 'invalid.grade' });

/**
 * The most pieces one worker makes in a month in this trade: belts and small accessories reach
 * 300–600, bags far fewer (DOMAIN §6). A workshop claiming more has a slip of the finger.
 */
export const MAX_PIECES_PER_WORKER = 600;

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
  /** Pieces a month the workshop offers the cooperative; blank: all of its capacity. */
  offeredCapacity: wholeCount.nullish().transform((v) => v ?? null),
  qualityGrade: qualityGrade.nullish().transform((v) => v ?? null),
  isActive: z.boolean({ error: 'invalid.active' }),
  /** From when changed workers, capacity or activity hold; today when not given. */
  stateFrom: isoDateField.optional(),
}).superRefine((unit, ctx) => {
  const { workers, monthlyCapacity: capacity } = unit;
  if (unit.offeredCapacity !== null && unit.offeredCapacity > capacity) {
    ctx.addIssue({ code: 'custom', path: ['offeredCapacity'], message: 'invalid.offeredAboveCapacity', params: { capacity } });
  }
  if (capacity <= MAX_PIECES_PER_WORKER * workers) return;
  const message = workers === 0 ? 'checks.capacityWithoutWorkers' : 'checks.capacityPerWorker';
  const perWorker = Math.round(capacity / Math.max(workers, 1));
  ctx.addIssue({ code: 'custom', path: ['monthlyCapacity'], message, params: { capacity, workers, perWorker, maximum: MAX_PIECES_PER_WORKER } });
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
  /** Pieces a month offered to the cooperative; null: all of its capacity. */
  offeredCapacity: number | null;
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
