import type { TFunction } from 'i18next';
import { formatDateId, isValidIsoDate } from '../../../../shared/dates';
import { orderInput, orderLineInput, type Order, type OrderInput, type OrderStatus } from '../../../../shared/domain/orders';
import { fromMinor, toMinor, type Currency } from '../../../../shared/money';
import { amountForInput, dateForInput, numberForInput, numberText, optionalAmount, textOf, textOrNull } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** The order's header as typed. */
export interface OrderFormValues {
  orderNo: string;
  buyerCode: string;
  orderDate: string;
  shipBy: string;
  currency: Currency;
  /** Rupiah per unit of a foreign currency; empty = the recorded rate of the order date. */
  idrRate: string;
  note: string;
  /** The buyer's own PO number and date, as its papers print them. */
  buyerPo: string;
  buyerPoDate: string;
  /** Taken from the buyer when it is chosen on a new order; changeable. */
  paymentTerms: string;
}

/** One order line as typed: product, quantity, unit price in major units (`12,50` dollars). */
export interface OrderLineDraft {
  sku: string;
  qty: string;
  unitPrice: string;
}

export const BLANK_ORDER_LINE: OrderLineDraft = { sku: '', qty: '', unitPrice: '' };

/** A new order's form; `orderNo` the number suggested (the next of the year's series). */
export function emptyOrder(today: string, orderNo = ''): OrderFormValues {
  return { orderNo, buyerCode: '', orderDate: formatDateId(today), shipBy: '', currency: 'USD', idrRate: '', note: '', buyerPo: '', buyerPoDate: '', paymentTerms: '' };
}

/** Only an order nobody has started on may change its lines (as the backend rules). */
export function isEditable(status: OrderStatus | undefined): boolean {
  return status === undefined || status === 'draft' || status === 'confirmed';
}

export function orderToForm(order: Order): OrderFormValues {
  return {
    orderNo: order.orderNo,
    buyerCode: order.buyerCode,
    orderDate: formatDateId(order.orderDate),
    shipBy: formatDateId(order.shipBy),
    currency: order.currency,
    idrRate: order.idrRate === null || order.currency === 'IDR' ? '' : numberText(order.idrRate),
    note: textOf(order.note),
    buyerPo: textOf(order.buyerPo),
    buyerPoDate: order.buyerPoDate ? formatDateId(order.buyerPoDate) : '',
    paymentTerms: textOf(order.paymentTerms),
  };
}

export function orderLinesToDrafts(order: Order): OrderLineDraft[] {
  return order.lines.map((line) => ({ sku: line.sku, qty: numberText(line.qty), unitPrice: numberText(fromMinor(line.unitPrice, order.currency)) }));
}

/** A line's price in the currency's minor unit; NaN when unreadable. */
export function unitPriceMinor(draft: OrderLineDraft, currency: Currency): number {
  const amount = amountForInput(draft.unitPrice);
  return Number.isFinite(amount) ? toMinor(amount, currency) : Number.NaN;
}

export function draftToLine(draft: OrderLineDraft, currency: Currency) {
  return { sku: draft.sku, qty: numberForInput(draft.qty), unitPrice: unitPriceMinor(draft, currency) };
}

/** What orders:save receives; the status stays as it is (it changes only through the status buttons). */
export function formToInput(values: OrderFormValues, lines: OrderLineDraft[], original: Order | null): OrderInput {
  return {
    id: original?.id,
    orderNo: values.orderNo,
    buyerCode: values.buyerCode,
    orderDate: dateForInput(values.orderDate) ?? '',
    shipBy: dateForInput(values.shipBy) ?? '',
    currency: values.currency,
    idrRate: values.currency === 'IDR' ? null : optionalAmount(values.idrRate),
    status: original?.status ?? 'draft',
    note: textOrNull(values.note),
    buyerPo: textOrNull(values.buyerPo),
    buyerPoDate: dateForInput(values.buyerPoDate),
    paymentTerms: textOrNull(values.paymentTerms),
    lines: lines.map((line) => draftToLine(line, values.currency)),
  };
}

// The schema checks ship-by against the order date only once the rest of the order is sound.
const SOUND_LINE: OrderLineDraft = { sku: '-', qty: '1', unitPrice: '0' };

/** The header's own problems; the lines are checked line by line (validateOrderLine). */
export function validateOrderHeader(values: OrderFormValues, original: Order | null, t: TFunction, today: string): FieldErrors {
  const errors = schemaErrors(orderInput, formToInput(values, [SOUND_LINE], original), t);
  for (const field of ['orderDate', 'shipBy'] as const) {
    if (values[field].trim() === '') errors[field] = t('invalid.required');
  }
  // A PO the buyer has not yet written is a slip (as the service refuses it).
  const poDate = dateForInput(values.buyerPoDate);
  if (poDate && isValidIsoDate(poDate) && poDate > today) errors.buyerPoDate = t('invalid.poDateFuture');
  return errors;
}

export function validateOrderLine(draft: OrderLineDraft, currency: Currency, products: ReadonlySet<string>, t: TFunction): FieldErrors {
  const errors = schemaErrors(orderLineInput, draftToLine(draft, currency), t);
  if (Number.isNaN(unitPriceMinor(draft, currency))) errors.unitPrice = t('invalid.notNumber');
  for (const field of ['sku', 'qty', 'unitPrice'] as const) {
    if (draft[field].trim() === '') errors[field] = t('invalid.required');
  }
  if (draft.sku && !products.has(draft.sku)) errors.sku = t('invalid.unknownProduct', { value: draft.sku });
  return errors;
}
