import type { TFunction } from 'i18next';
import { unitInput, type Unit, type UnitInput } from '../../../shared/domain/unit';
import { parseNumberText } from '../../../shared/normalize';
import { issuesByField, type FieldErrors } from '../common/validation';
import { dateForInput } from '../members/memberFormModel';

export interface UnitFormValues {
  unitCode: string;
  name: string;
  ownerMemberNo: string;
  nib: string;
  kbli: string;
  address: string;
  village: string;
  categories: string[];
  workers: string;
  monthlyCapacity: string;
  qualityGrade: '' | 'A' | 'B' | 'C';
  isActive: boolean;
  stateFrom: string;
}

export const EMPTY_UNIT: UnitFormValues = {
  unitCode: '', name: '', ownerMemberNo: '', nib: '', kbli: '', address: '', village: '', categories: [],
  workers: '', monthlyCapacity: '', qualityGrade: '', isActive: true, stateFrom: '',
};

export function unitToForm(unit: Unit): UnitFormValues {
  return {
    unitCode: unit.unitCode,
    name: unit.name,
    ownerMemberNo: unit.ownerMemberNo ?? '',
    nib: unit.nib ?? '',
    kbli: unit.kbli ?? '',
    address: unit.address ?? '',
    village: unit.village ?? '',
    categories: unit.categories,
    workers: String(unit.workers),
    monthlyCapacity: String(unit.monthlyCapacity),
    qualityGrade: unit.qualityGrade ?? '',
    isActive: unit.isActive,
    stateFrom: '',
  };
}

/** Typed numbers the Indonesian way (`1.200`); NaN when unreadable, so the schema says "must be a number". */
function count(text: string): number {
  return parseNumberText(text) ?? Number.NaN;
}

/** Workers, capacity or activity changed: those hold from the "berlaku sejak" date. */
export function stateChanged(values: UnitFormValues, original: Unit | null): boolean {
  if (original === null) return false;
  return original.isActive !== values.isActive || original.workers !== count(values.workers) || original.monthlyCapacity !== count(values.monthlyCapacity);
}

export function formToInput(values: UnitFormValues, original: Unit | null): UnitInput {
  const stateFrom = stateChanged(values, original) ? dateForInput(values.stateFrom) : null;
  return {
    id: original?.id,
    unitCode: values.unitCode,
    name: values.name,
    ownerMemberNo: values.ownerMemberNo,
    nib: values.nib,
    kbli: values.kbli,
    address: values.address,
    village: values.village,
    categories: values.categories,
    workers: count(values.workers),
    monthlyCapacity: count(values.monthlyCapacity),
    qualityGrade: values.qualityGrade === '' ? null : values.qualityGrade,
    isActive: values.isActive,
    ...(stateFrom ? { stateFrom } : {}),
  };
}

/** The shared schema, plus the owner check the form can make itself: the member list is at hand. */
export function validateUnit(values: UnitFormValues, original: Unit | null, memberNumbers: ReadonlySet<string> | null, t: TFunction): FieldErrors {
  const parsed = unitInput.safeParse(formToInput(values, original));
  const errors = parsed.success ? {} : issuesByField(parsed.error.issues, t);
  for (const field of ['workers', 'monthlyCapacity'] as const) {
    if (values[field].trim() === '') errors[field] = t('invalid.required');
  }
  const owner = values.ownerMemberNo.trim();
  if (owner && memberNumbers && !memberNumbers.has(owner.toLowerCase()) && !errors.ownerMemberNo) {
    errors.ownerMemberNo = t('invalid.unknownOwner', { value: owner });
  }
  return errors;
}
