import type { TFunction } from 'i18next';
import { formatDateId } from '../../../../shared/dates';
import { memberInput, type Member, type MemberInput, type MemberStatus, type StatusChange } from '../../../../shared/domain/member';
import { dateForInput, textOf, textOrNull } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

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

/** A member as the form loads it: with the history of its status. */
export type LoadedMember = Member & { history: StatusChange[] };

export const EMPTY_MEMBER: MemberFormValues = {
  memberNo: '', name: '', nik: '', phone: '', gender: '', address: '', village: '', district: '', regency: '',
  joinedOn: '', status: 'aktif', statusFrom: '',
};

export function memberToForm(member: Member): MemberFormValues {
  return {
    memberNo: member.memberNo,
    name: member.name,
    nik: textOf(member.nik),
    phone: textOf(member.phone),
    gender: member.gender ?? '',
    address: textOf(member.address),
    village: textOf(member.village),
    district: textOf(member.district),
    regency: textOf(member.regency),
    joinedOn: formatDateId(member.joinedOn),
    status: member.status,
    statusFrom: '',
  };
}

/** What the form sends to members:save; `statusFrom` only when the status was changed. */
export function formToInput(values: MemberFormValues, original: Member | null): MemberInput {
  const statusChanged = original !== null && original.status !== values.status;
  const statusFrom = statusChanged ? dateForInput(values.statusFrom) : null;
  return {
    id: original?.id,
    memberNo: values.memberNo,
    name: values.name,
    nik: textOrNull(values.nik),
    phone: textOrNull(values.phone),
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

/** The schema's verdict, then the register's: nobody joins on a day still to come (the service refuses it too). */
export function validateMember(values: MemberFormValues, original: Member | null, t: TFunction, today?: string | null): FieldErrors {
  const input = formToInput(values, original);
  const errors = schemaErrors(memberInput, input, t);
  const { joinedOn } = input;
  if (!errors.joinedOn && today && typeof joinedOn === 'string' && joinedOn > today) {
    errors.joinedOn = t('checks.joinedInFuture', { date: formatDateId(joinedOn), today: formatDateId(today) });
  }
  return errors;
}
