import type { TFunction } from 'i18next';
import { purchaseInput, type PurchaseOrder, type PurchaseStatus } from '../../../shared/api/production';
import { formatDateId } from '../../../shared/dates';
import type { Material } from '../../../shared/domain/materials';
import { CURRENCIES, fromMinor, toMinor, type Currency } from '../../../shared/money';
import { amountForInput, dateForInput, numberText, textOf, textOrNull } from '../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../platform/common/validation';

/** The purchase order's header as typed. */
export interface PurchaseFormValues {
  /** Empty on a new order: the backend gives the next number of the year. */
  poNo: string;
  supplier: string;
  orderDate: string;
  expectedOn: string;
  note: string;
}

/** One line as typed: which material, how much in its own unit, the price per unit in major units. */
export interface PurchaseLineDraft {
  materialCode: string;
  qty: string;
  unitCost: string;
}

export const BLANK_PURCHASE_LINE: PurchaseLineDraft = { materialCode: '', qty: '', unitCost: '' };
const LINE_SCHEMA = purchaseInput.shape.lines.element;

/** A new PO's form; `poNo` the number suggested (the next of the year's series). */
export function emptyPurchase(today: string, poNo = ''): PurchaseFormValues {
  return { poNo, supplier: '', orderDate: formatDateId(today), expectedOn: '', note: '' };
}

/** Only a draft may change its supplier, dates and lines (as the backend rules). */
export function isEditable(status: PurchaseStatus | undefined): boolean {
  return status === undefined || status === 'draft';
}

export function currencyOf(code: string): Currency {
  return CURRENCIES.find((currency) => currency === code) ?? 'IDR';
}

/** An order is in its materials' currency: the first chosen material's, rupiah before any is chosen. */
export function linesCurrency(lines: PurchaseLineDraft[], materials: Material[]): Currency {
  const first = lines.map((line) => materials.find((m) => m.materialCode === line.materialCode)).find((m) => m !== undefined);
  return first ? first.currency : 'IDR';
}

export function purchaseToForm(po: PurchaseOrder): PurchaseFormValues {
  return { poNo: po.poNo, supplier: po.supplier, orderDate: formatDateId(po.orderDate), expectedOn: formatDateId(po.expectedOn), note: textOf(po.note) };
}

export function purchaseLinesToDrafts(po: PurchaseOrder): PurchaseLineDraft[] {
  const currency = currencyOf(po.currency);
  return po.lines.map((line) => ({ materialCode: line.materialCode, qty: numberText(line.qty), unitCost: numberText(fromMinor(line.unitCost, currency)) }));
}

/** A line's cost per unit in the currency's minor unit; NaN when unreadable. */
export function unitCostMinor(draft: PurchaseLineDraft, currency: Currency): number {
  const amount = amountForInput(draft.unitCost);
  return Number.isFinite(amount) ? toMinor(amount, currency) : Number.NaN;
}

export function draftToLine(draft: PurchaseLineDraft, currency: Currency) {
  return { materialCode: draft.materialCode, qty: amountForInput(draft.qty), unitCost: unitCostMinor(draft, currency) };
}

/** What purchases:save receives; the number only for a new order, and only when one was typed. */
export function formToInput(values: PurchaseFormValues, lines: PurchaseLineDraft[], original: PurchaseOrder | null, currency: Currency) {
  return {
    id: original?.id,
    poNo: original ? undefined : values.poNo.trim() || undefined,
    supplier: values.supplier,
    orderDate: dateForInput(values.orderDate) ?? '',
    expectedOn: dateForInput(values.expectedOn) ?? '',
    note: textOrNull(values.note),
    lines: lines.map((line) => draftToLine(line, currency)),
  };
}

// The header is checked with one sound line; the lines are checked one by one (validatePurchaseLine).
const SOUND_LINE: PurchaseLineDraft = { materialCode: '-', qty: '1', unitCost: '0' };

export function validatePurchaseHeader(values: PurchaseFormValues, original: PurchaseOrder | null, t: TFunction): FieldErrors {
  const errors = schemaErrors(purchaseInput, formToInput(values, [SOUND_LINE], original, 'IDR'), t);
  for (const field of ['orderDate', 'expectedOn'] as const) {
    if (values[field].trim() === '') errors[field] = t('invalid.required');
  }
  const orderDate = dateForInput(values.orderDate);
  const expectedOn = dateForInput(values.expectedOn);
  if (!errors.expectedOn && orderDate && expectedOn && expectedOn < orderDate) errors.expectedOn = t('errors.purchaseExpectedBeforeOrder');
  return errors;
}

export function validatePurchaseLine(draft: PurchaseLineDraft, all: PurchaseLineDraft[], currency: Currency, known: ReadonlySet<string>, t: TFunction): FieldErrors {
  const errors = schemaErrors(LINE_SCHEMA, draftToLine(draft, currency), t);
  if (Number.isNaN(unitCostMinor(draft, currency))) errors.unitCost = t('invalid.notNumber');
  for (const field of ['materialCode', 'qty', 'unitCost'] as const) {
    if (draft[field].trim() === '') errors[field] = t('invalid.required');
  }
  if (draft.materialCode && !known.has(draft.materialCode)) errors.materialCode = t('invalid.unknownMaterial', { value: draft.materialCode });
  else if (draft.materialCode && all.filter((line) => line.materialCode === draft.materialCode).length > 1) {
    errors.materialCode = t('errors.purchaseDuplicateMaterial', { value: draft.materialCode });
  }
  return errors;
}
