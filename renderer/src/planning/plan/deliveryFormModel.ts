import type { TFunction } from 'i18next';
import type { CallInput } from '../../../../shared/api/contract';
import { productionInputs } from '../../../../shared/api/production';
import { formatDateId } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/i18n';
import { formatNumber } from '../../platform/common/format';
import { dateForInput, numberForInput, textOrNull } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** A workshop's delivery against its SPK, as typed. */
export interface DeliveryFormValues {
  deliveredOn: string;
  accepted: string;
  rejected: string;
  note: string;
}

export function emptyDelivery(today: string): DeliveryFormValues {
  return { deliveredOn: formatDateId(today), accepted: '', rejected: '', note: '' };
}

/** An empty count is none: QC often rejects nothing. */
function pieces(text: string): number {
  return text.trim() === '' ? 0 : numberForInput(text);
}

export function formToInput(values: DeliveryFormValues, assignmentId: number): CallInput<'deliveries:record'> {
  return {
    assignmentId,
    deliveredOn: dateForInput(values.deliveredOn) ?? '',
    accepted: pieces(values.accepted),
    rejected: pieces(values.rejected),
    note: textOrNull(values.note),
  };
}

/**
 * The schema's verdict, then the SPK's own limit: pieces handed in (accepted + rejected) may not
 * pass what the SPK still has open, and a delivery of nothing is no delivery. Both land on
 * "accepted", the figure people type first. A delivery dated after `today` is refused on its date.
 */
export function validateDelivery(values: DeliveryFormValues, assignmentId: number, open: number, t: TFunction, locale: Locale, today?: string): FieldErrors {
  const input = formToInput(values, assignmentId);
  const errors = schemaErrors(productionInputs['deliveries:record'], input, t);
  if (values.deliveredOn.trim() === '') errors.deliveredOn = t('invalid.required');
  // Goods are recorded once they are in: a day still to come is a slip (the service refuses it too).
  else if (!errors.deliveredOn && today && input.deliveredOn > today) {
    errors.deliveredOn = t('checks.deliveredInFuture', { date: formatDateId(input.deliveredOn), today: formatDateId(today) });
  }
  if (errors.accepted || errors.rejected) return errors;
  const handedIn = input.accepted + input.rejected;
  if (handedIn === 0) errors.accepted = t('workshops.delivery.nothing');
  else if (handedIn > open) errors.accepted = t('workshops.delivery.exceedsOpen', { open: formatNumber(open, locale) });
  return errors;
}
