import { z } from 'zod';
import { idField, isoDateField, nikField, optionalText, phoneField, requiredText } from './fields';

export const MEMBER_STATUSES = ['aktif', 'non-aktif', 'keluar'] as const;
export const memberStatus = z.enum(MEMBER_STATUSES, { error: 'invalid.memberStatus' });
export type MemberStatus = z.infer<typeof memberStatus>;

export const GENDERS = ['L', 'P'] as const;

/** A member (anggota) of the cooperative as the form and the importer deliver it. */
export const memberInput = z.object({
  id: idField.optional(),
  memberNo: requiredText(40),
  name: requiredText(120),
  nik: nikField,
  phone: phoneField,
  gender: z.enum(GENDERS, { error: 'invalid.gender' }).nullish().transform((v) => v ?? null),
  address: optionalText(200),
  village: optionalText(80),
  district: optionalText(80),
  regency: optionalText(80),
  joinedOn: isoDateField.nullish().transform((v) => v ?? null),
  status: memberStatus,
  /** From when a changed status holds; today when not given. */
  statusFrom: isoDateField.optional(),
});
export type MemberInput = z.input<typeof memberInput>;
export type MemberValues = z.output<typeof memberInput>;

export interface Member {
  id: number;
  memberNo: string;
  name: string;
  nik: string | null;
  phone: string | null;
  gender: 'L' | 'P' | null;
  address: string | null;
  village: string | null;
  district: string | null;
  regency: string | null;
  joinedOn: string | null;
  status: MemberStatus;
  statusFrom: string;
  unitCount: number;
  workers: number;
  updatedAt: string;
}

export interface StatusChange {
  validFrom: string;
  status: MemberStatus;
}
