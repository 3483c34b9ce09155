import type { TFunction } from 'i18next';
import { centreInput, type Centre, type CentreInput } from '../../../../shared/domain/centre';
import { numberForInput } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

export const CENTRE_FIELDS = [
  'name', 'cooperativeName', 'cooperativeRegNo', 'address', 'village', 'district', 'regency', 'province',
  'postalCode', 'phone', 'email', 'chairTitle', 'chairName', 'secretaryTitle', 'secretaryName', 'signCity',
  'legalName', 'addressEn', 'nib', 'npwp', 'contactPerson', 'bankName', 'bankBranch', 'bankAccountNo', 'bankAccountName', 'swift',
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
  { key: 'exporter', fields: ['legalName', 'addressEn', 'nib', 'npwp', 'contactPerson'] },
  { key: 'bank', fields: ['bankName', 'bankBranch', 'bankAccountNo', 'bankAccountName', 'swift'] },
];

export function centreToForm(centre: Centre): CentreFormValues {
  const texts = Object.fromEntries(CENTRE_FIELDS.map((field) => [field, centre[field] ?? ''])) as Record<CentreField, string>;
  return {
    ...texts,
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
  const texts = Object.fromEntries(CENTRE_FIELDS.map((field) => [field, orNull(values[field])])) as Record<CentreField, string | null>;
  return {
    ...texts,
    name: values.name.trim(),
    workHoursPerWeek: numberForInput(values.workHoursPerWeek),
    membersFirst: values.membersFirst,
    ratePerMinute: numberForInput(values.ratePerMinute),
    isConfigured: true,
  };
}
