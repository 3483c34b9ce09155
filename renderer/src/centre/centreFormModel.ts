import type { TFunction } from 'i18next';
import { centreInput, type Centre, type CentreInput } from '../../../shared/domain/centre';
import { numberForInput } from '../common/formText';
import { schemaErrors, type FieldErrors } from '../common/validation';

export const CENTRE_FIELDS = [
  'name', 'cooperativeName', 'cooperativeRegNo', 'address', 'village', 'district', 'regency', 'province',
  'postalCode', 'phone', 'email', 'chairTitle', 'chairName', 'secretaryTitle', 'secretaryName', 'signCity',
] as const;
export type CentreField = (typeof CENTRE_FIELDS)[number];
/** The letterhead's texts, and the two rules of the production plan. */
export type CentreFormValues = Record<CentreField, string> & { workHoursPerWeek: string; membersFirst: boolean; ratePerMinute: string };

/** How the form groups the fields: what the letterhead says, where, how to reach, who signs. */
export const CENTRE_GROUPS: { key: string; fields: CentreField[] }[] = [
  { key: 'identity', fields: ['name', 'cooperativeName', 'cooperativeRegNo'] },
  { key: 'address', fields: ['address', 'village', 'district', 'regency', 'province', 'postalCode'] },
  { key: 'contact', fields: ['phone', 'email'] },
  { key: 'signatures', fields: ['chairTitle', 'chairName', 'secretaryTitle', 'secretaryName', 'signCity'] },
];

export function centreToForm(centre: Centre): CentreFormValues {
  return {
    name: centre.name,
    cooperativeName: centre.cooperativeName ?? '',
    cooperativeRegNo: centre.cooperativeRegNo ?? '',
    address: centre.address ?? '',
    village: centre.village ?? '',
    district: centre.district ?? '',
    regency: centre.regency ?? '',
    province: centre.province ?? '',
    postalCode: centre.postalCode ?? '',
    phone: centre.phone ?? '',
    email: centre.email ?? '',
    chairTitle: centre.chairTitle ?? '',
    chairName: centre.chairName ?? '',
    secretaryTitle: centre.secretaryTitle ?? '',
    secretaryName: centre.secretaryName ?? '',
    signCity: centre.signCity ?? '',
    workHoursPerWeek: String(centre.workHoursPerWeek),
    membersFirst: centre.membersFirst,
    ratePerMinute: String(centre.ratePerMinute),
  };
}

export function formToCentre(values: CentreFormValues): CentreInput {
  return { ...values, workHoursPerWeek: numberForInput(values.workHoursPerWeek), ratePerMinute: numberForInput(values.ratePerMinute) };
}

export function validateCentre(values: CentreFormValues, t: TFunction): FieldErrors {
  return schemaErrors(centreInput, formToCentre(values), t);
}

function orNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/** The form's values as the letterhead preview shows them (empty text is no text). */
export function formAsCentre(values: CentreFormValues): Centre {
  return {
    name: values.name.trim(),
    cooperativeName: orNull(values.cooperativeName),
    cooperativeRegNo: orNull(values.cooperativeRegNo),
    address: orNull(values.address),
    village: orNull(values.village),
    district: orNull(values.district),
    regency: orNull(values.regency),
    province: orNull(values.province),
    postalCode: orNull(values.postalCode),
    phone: orNull(values.phone),
    email: orNull(values.email),
    chairTitle: orNull(values.chairTitle),
    chairName: orNull(values.chairName),
    secretaryTitle: orNull(values.secretaryTitle),
    secretaryName: orNull(values.secretaryName),
    signCity: orNull(values.signCity),
    workHoursPerWeek: numberForInput(values.workHoursPerWeek),
    membersFirst: values.membersFirst,
    ratePerMinute: numberForInput(values.ratePerMinute),
    isConfigured: true,
  };
}
