import type { TFunction } from 'i18next';
import { exchangeRateInput } from '../../../../shared/domain/orders';
import type { Currency } from '../../../../shared/money';
import { amountForInput, dateForInput, textOrNull } from '../../platform/common/formText';
import { formatDateId } from '../../../../shared/dates';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

export interface RateFormValues {
  currency: Currency;
  validOn: string;
  idrPerUnit: string;
  source: string;
}

export function emptyRate(today: string): RateFormValues {
  return { currency: 'USD', validOn: formatDateId(today), idrPerUnit: '', source: '' };
}

export function formToInput(values: RateFormValues) {
  return {
    currency: values.currency,
    validOn: dateForInput(values.validOn) ?? '',
    idrPerUnit: amountForInput(values.idrPerUnit),
    source: textOrNull(values.source),
  };
}

export function validateRate(values: RateFormValues, t: TFunction): FieldErrors {
  const errors = schemaErrors(exchangeRateInput, formToInput(values), t);
  if (values.idrPerUnit.trim() === '') errors.idrPerUnit = t('invalid.required');
  return errors;
}
