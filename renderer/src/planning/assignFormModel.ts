import type { TFunction } from 'i18next';
import { planInputs } from '../../../shared/api/planning';
import { formatDateId } from '../../../shared/dates';
import { dateForInput, numberForInput, numberText } from '../common/formText';
import { schemaErrors, type FieldErrors } from '../common/validation';

/** A manager's own work order for an order line, as typed. */
export interface AssignFormValues {
  unitCode: string;
  qty: string;
  start: string;
  pieceRate: string;
}

export function emptyAssign(start: string, qty: number): AssignFormValues {
  return { unitCode: '', qty: numberText(qty), start: formatDateId(start), pieceRate: '' };
}

export function formToInput(values: AssignFormValues, orderLineId: number) {
  return {
    orderLineId,
    unitCode: values.unitCode,
    qty: numberForInput(values.qty),
    start: dateForInput(values.start) ?? '',
    pieceRate: values.pieceRate.trim() === '' ? undefined : numberForInput(values.pieceRate),
  };
}

export function validateAssign(values: AssignFormValues, orderLineId: number, t: TFunction): FieldErrors {
  return schemaErrors(planInputs['plan:assign'], formToInput(values, orderLineId), t);
}
