import type { TFunction } from 'i18next';
import { parseDateText, formatDateId } from '../../../shared/dates';
import { memberInput, type Member, type MemberInput, type MemberStatus } from '../../../shared/domain/member';
import { issuesByField, type FieldErrors } from '../common/validation';

/** The member form as typed: every field is text until it is checked. */
export interface MemberFormValues {
  memberNo: string;
  name: string;
  nik: string;
  phone: string;
  gender: '' | 'L' | 'P';
  address: string;
  village: string;
  district: string;
  regency: string;
  joinedOn: string;
  status: MemberStatus;
  statusFrom: string;
}

export const EMPTY_MEMBER: MemberFormValues = {
  memberNo: '', name: '', nik: '', phone: '', gender: '', address: '', village: '', district: '', regency: '',
  joinedOn: '', status: 'aktif', statusFrom: '',
};

export function memberToForm(member: Member): MemberFormValues {
  return {
    memberNo: member.memberNo,
    name: member.name,
    nik: member.nik ?? '',
    phone: member.phone ?? '',
    gender: member.gender ?? '',
    address: member.address ?? '',
    village: member.village ?? '',
    district: member.district ?? '',
    regency: member.regency ?? '',
    joinedOn: formatDateId(member.joinedOn),
    status: member.status,
    statusFrom: '',
  };
}

/** A typed date as ISO when it reads as a real date; as typed otherwise, so the schema names it. */
export function dateForInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseDateText(trimmed) ?? trimmed;
}

/** What the form sends to members:save; `statusFrom` only when the status was changed. */
export function formToInput(values: MemberFormValues, original: Member | null): MemberInput {
  const statusChanged = original !== null && original.status !== values.status;
  const statusFrom = statusChanged ? dateForInput(values.statusFrom) : null;
  return {
    id: original?.id,
    memberNo: values.memberNo,
    name: values.name,
    nik: values.nik.trim() === '' ? null : values.nik,
    phone: values.phone.trim() === '' ? null : values.phone,
    gender: values.gender === '' ? null : values.gender,
    address: values.address,
    village: values.village,
    district: values.district,
    regency: values.regency,
    joinedOn: dateForInput(values.joinedOn),
    status: values.status,
    ...(statusFrom ? { statusFrom } : {}),
  };
}

export function validateMember(values: MemberFormValues, original: Member | null, t: TFunction): FieldErrors {
  const parsed = memberInput.safeParse(formToInput(values, original));
  return parsed.success ? {} : issuesByField(parsed.error.issues, t);
}
