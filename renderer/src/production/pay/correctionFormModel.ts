import type { TFunction } from 'i18next';
import type { CallInput } from '../../../../shared/api/contract';
import { productionInputs } from '../../../../shared/api/production';
import { formatDateId } from '../../../../shared/dates';
import { dateForInput, numberForInput } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** A correction of pay already printed, as typed: whole rupiah, minus to take back (`-16.800`). */
export interface CorrectionFormValues {
  unitCode: string;
  onDate: string;
  amount: string;
  note: string;
}

export function emptyCorrection(unitCode: string, today: string): CorrectionFormValues {
  return { unitCode, onDate: formatDateId(today), amount: '', note: '' };
}

export function formToInput(values: CorrectionFormValues): CallInput<'pay:correct'> {
  return { unitCode: values.unitCode, onDate: dateForInput(values.onDate) ?? '', amount: numberForInput(values.amount), note: values.note };
}

export function validateCorrection(values: CorrectionFormValues, t: TFunction): FieldErrors {
  const errors = schemaErrors(productionInputs['pay:correct'], formToInput(values), t);
  if (values.onDate.trim() === '') errors.onDate = t('invalid.required');
  if (values.amount.trim() === '') errors.amount = t('invalid.required');
  else if (formToInput(values).amount === 0) errors.amount = t('workshops.correction.notZero');
  return errors;
}
