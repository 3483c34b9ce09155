import type { TFunction } from 'i18next';
import type { PurchaseLine, PurchaseOrder } from '../../../shared/api/production';
import { formatDateId, isValidIsoDate } from '../../../shared/dates';
import type { Locale } from '../../../shared/i18n';
import { roundQty } from '../../../shared/units';
import { formatQty } from '../platform/common/format';
import { amountForInput, dateForInput, numberText } from '../platform/common/formText';
import type { FieldErrors } from '../platform/common/validation';

/** What came in today for one line of the PO, as typed; empty or 0 means "not this time". */
export interface ReceiveDraft {
  materialCode: string;
  qty: string;
}

export interface ReceiveHeader {
  receivedOn: string;
}

/** What is still to come on a line, in the material's unit. */
export function openQty(line: PurchaseLine): number {
  return Math.max(0, roundQty(line.qty - line.receivedQty));
}

/** Each line offers what is still to come, so a full delivery is one click. */
export function receiveDrafts(po: PurchaseOrder): ReceiveDraft[] {
  return po.lines.map((line) => ({ materialCode: line.materialCode, qty: openQty(line) > 0 ? numberText(openQty(line)) : '' }));
}

export function emptyReceipt(today: string): ReceiveHeader {
  return { receivedOn: formatDateId(today) };
}

export function validateReceiptHeader(values: ReceiveHeader, t: TFunction): FieldErrors {
  if (values.receivedOn.trim() === '') return { receivedOn: t('invalid.required') };
  const iso = dateForInput(values.receivedOn);
  return iso && isValidIsoDate(iso) ? {} : { receivedOn: t('invalid.date') };
}

export function validateReceiveLine(draft: ReceiveDraft, line: PurchaseLine | undefined, locale: Locale, t: TFunction): FieldErrors {
  if (draft.qty.trim() === '' || !line) return {};
  const qty = amountForInput(draft.qty);
  if (!Number.isFinite(qty)) return { qty: t('invalid.notNumber') };
  if (qty < 0) return { qty: t('invalid.negative') };
  const open = openQty(line);
  if (roundQty(qty) > open) return { qty: t('purchasing.receive.tooMuch', { open: formatQty(open, locale), uom: line.uom }) };
  return {};
}

/** The lines purchases:receive takes: only those with something received. */
export function receivedLines(drafts: ReceiveDraft[]): { materialCode: string; qty: number }[] {
  return drafts.map((draft) => ({ materialCode: draft.materialCode, qty: amountForInput(draft.qty) })).filter((line) => Number.isFinite(line.qty) && line.qty > 0);
}
