import type { TFunction } from 'i18next';
import { formatDateId } from '../../../shared/dates';
import { stockMovementInput, type MovementKind, type StockMovementInput } from '../../../shared/domain/materials';
import { amountForInput, dateForInput, textOrNull } from '../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../platform/common/validation';

/** Issues and returns move material between the store and a workshop: they name the workshop. */
export function needsWorkshop(kind: MovementKind): boolean {
  return kind === 'issue' || kind === 'return';
}

export interface MovementFormValues {
  materialCode: string;
  kind: MovementKind;
  qty: string;
  date: string;
  unitCode: string;
  note: string;
}

export function emptyMovement(materialCode: string, today: string, kind: MovementKind = 'receipt'): MovementFormValues {
  return { materialCode, kind, qty: '', date: formatDateId(today), unitCode: '', note: '' };
}

export function formToInput(values: MovementFormValues): StockMovementInput {
  return {
    materialCode: values.materialCode,
    kind: values.kind,
    qty: amountForInput(values.qty),
    date: dateForInput(values.date) ?? '',
    unitCode: needsWorkshop(values.kind) ? textOrNull(values.unitCode) : null,
    note: textOrNull(values.note),
  };
}

/** How the movement changes stock on hand: adjustments keep their sign, issues take away. */
export function signedQty(values: MovementFormValues): number | null {
  const qty = amountForInput(values.qty);
  if (!Number.isFinite(qty)) return null;
  if (values.kind === 'adjustment') return qty;
  return values.kind === 'issue' ? -Math.abs(qty) : Math.abs(qty);
}

export function validateMovement(values: MovementFormValues, t: TFunction): FieldErrors {
  const errors = schemaErrors(stockMovementInput, formToInput(values), t);
  if (values.qty.trim() === '') errors.qty = t('invalid.required');
  if (values.date.trim() === '') errors.date = t('invalid.required');
  return errors;
}
