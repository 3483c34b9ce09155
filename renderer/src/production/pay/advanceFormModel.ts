import type { TFunction } from 'i18next';
import type { CallInput } from '../../../../shared/api/contract';
import { productionInputs } from '../../../../shared/api/production';
import { formatDateId } from '../../../../shared/dates';
import { dateForInput, numberForInput, textOrNull } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** An advance (kasbon) to a workshop, as typed; the amount in whole rupiah (`100.000`). */
export interface AdvanceFormValues {
  unitCode: string;
  paidOn: string;
  amount: string;
  note: string;
}

export function emptyAdvance(unitCode: string, today: string): AdvanceFormValues {
  return { unitCode, paidOn: formatDateId(today), amount: '', note: '' };
}

export function formToInput(values: AdvanceFormValues): CallInput<'advances:record'> {
  return {
    unitCode: values.unitCode,
    paidOn: dateForInput(values.paidOn) ?? '',
    amount: numberForInput(values.amount),
    note: textOrNull(values.note),
  };
}

export function validateAdvance(values: AdvanceFormValues, t: TFunction): FieldErrors {
  const errors = schemaErrors(productionInputs['advances:record'], formToInput(values), t);
  if (values.paidOn.trim() === '') errors.paidOn = t('invalid.required');
  if (values.amount.trim() === '') errors.amount = t('invalid.required');
  return errors;
}
