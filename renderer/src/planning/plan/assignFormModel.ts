import type { TFunction } from 'i18next';
import { planInputs } from '../../../../shared/api/planning';
import { formatDateId } from '../../../../shared/dates';
import { dateForInput, numberForInput, numberText } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** A manager's own work order for an order line, as typed. */
export interface AssignFormValues {
  unitCode: string;
  qty: string;
  start: string;
  pieceRate: string;
  /** Take the pieces off the selected (planned) assignment: a move, which pins the line's split. */
  isMove: boolean;
}

/** The selected SPK the dialog opened on: a planned one can give its pieces away. */
export interface AssignSource {
  id: number;
  orderLineId: number;
  unitCode: string;
  qty: number;
  start: string;
  status: string;
}

export function emptyAssign(source: AssignSource): AssignFormValues {
  return { unitCode: '', qty: numberText(source.qty), start: formatDateId(source.start), pieceRate: '', isMove: source.status === 'planned' };
}

export function formToInput(values: AssignFormValues, source: AssignSource) {
  return {
    orderLineId: source.orderLineId,
    unitCode: values.unitCode,
    qty: numberForInput(values.qty),
    start: dateForInput(values.start) ?? '',
    pieceRate: values.pieceRate.trim() === '' ? undefined : numberForInput(values.pieceRate),
    ...(values.isMove ? { fromAssignmentId: source.id } : {}),
  };
}

export function validateAssign(values: AssignFormValues, source: AssignSource, t: TFunction): FieldErrors {
  const errors = schemaErrors(planInputs['plan:assign'], formToInput(values, source), t);
  const qty = numberForInput(values.qty);
  // A move cannot take more than the assignment holds (the call says so too; the form says it first).
  if (values.isMove && !errors.qty && qty > source.qty) errors.qty = t('plan.assign.moreThanSource', { qty: numberText(source.qty), unit: source.unitCode });
  return errors;
}
