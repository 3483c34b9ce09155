import type { TFunction } from 'i18next';
import { unitInput, type Unit, type UnitInput, type UnitStateChange } from '../../../../shared/domain/unit';
import { dateForInput, numberForInput as count, textOf } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

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
  /** Empty: the workshop offers all of its capacity. */
  offeredCapacity: string;
  qualityGrade: '' | 'A' | 'B' | 'C';
  isActive: boolean;
  stateFrom: string;
}

/** A unit as the form loads it: with the history of its workers, capacity and activity. */
export type LoadedUnit = Unit & { history: UnitStateChange[] };

export const EMPTY_UNIT: UnitFormValues = {
  unitCode: '', name: '', ownerMemberNo: '', nib: '', kbli: '', address: '', village: '', categories: [],
  workers: '', monthlyCapacity: '', offeredCapacity: '', qualityGrade: '', isActive: true, stateFrom: '',
};

export function unitToForm(unit: Unit): UnitFormValues {
  return {
    unitCode: unit.unitCode,
    name: unit.name,
    ownerMemberNo: textOf(unit.ownerMemberNo),
    nib: textOf(unit.nib),
    kbli: textOf(unit.kbli),
    address: textOf(unit.address),
    village: textOf(unit.village),
    categories: unit.categories,
    workers: String(unit.workers),
    monthlyCapacity: String(unit.monthlyCapacity),
    offeredCapacity: textOf(unit.offeredCapacity),
    qualityGrade: unit.qualityGrade ?? '',
    isActive: unit.isActive,
    stateFrom: '',
  };
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
    offeredCapacity: values.offeredCapacity.trim() === '' ? null : count(values.offeredCapacity),
    qualityGrade: values.qualityGrade === '' ? null : values.qualityGrade,
    isActive: values.isActive,
    ...(stateFrom ? { stateFrom } : {}),
  };
}

/** The shared schema, plus the owner check the form can make itself: the member list is at hand. */
export function validateUnit(values: UnitFormValues, original: Unit | null, memberNumbers: ReadonlySet<string> | null, t: TFunction): FieldErrors {
  const errors = schemaErrors(unitInput, formToInput(values, original), t);
  for (const field of ['workers', 'monthlyCapacity'] as const) {
    if (values[field].trim() === '') errors[field] = t('invalid.required');
  }
  const owner = values.ownerMemberNo.trim();
  if (owner && memberNumbers && !memberNumbers.has(owner.toLowerCase()) && !errors.ownerMemberNo) {
    errors.ownerMemberNo = t('invalid.unknownOwner', { value: owner });
  }
  return errors;
}
