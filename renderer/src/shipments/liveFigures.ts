import type { OpenOrderLine } from '../../../shared/api/shipments';
import type { ExchangeRate } from '../../../shared/domain/orders';
import { CONTAINER_TYPES } from '../../../shared/domain/shipments';
import { CURRENCIES, fromMinor, toMinor } from '../../../shared/money';
import { containerFill, suggestContainer, type ContainerFill } from '../../../shared/shipping/containers';
import { packedTotals, packLine, type PackedLine, type PackingProblem } from '../../../shared/shipping/packing';
import { amountForInput, dateForInput, optionalAmount } from '../common/formText';
import { rateOn } from '../orders/rateOn';
import { lineKey, type LineDrafts, type ShipmentFormValues } from './shipmentFormModel';

/** One open line as the table shows it while typing: packed, refused, or not chosen. */
export type LiveLine =
  | { state: 'none' }
  | { state: 'packed'; packed: PackedLine; amount: number }
  | { state: 'problem'; problem: PackingProblem | 'overOpen' | 'notNumber'; limit?: number };

export interface LiveFigures {
  lines: Map<string, LiveLine>;
  totals: PackedLine;
  currency: string;
  invoiceValue: number;
  fobValue: number;
  /** Null when the rate of the date is not recorded. */
  fobUsd: number | null;
  fobIdr: number | null;
  rateDate: string | null;
  suggestion: ContainerFill | null;
  chosen: ContainerFill | null;
}

function currencyOf(code: string) {
  return CURRENCIES.find((c) => c === code) ?? 'USD';
}

function liveLine(line: OpenOrderLine, qtyText: string, cartonsText: string): LiveLine {
  if (qtyText.trim() === '') return { state: 'none' };
  const qty = amountForInput(qtyText);
  const cartons = optionalAmount(cartonsText);
  if (!Number.isInteger(qty) || qty <= 0 || (cartons !== null && (!Number.isInteger(cartons) || cartons <= 0))) return { state: 'problem', problem: 'notNumber' };
  if (qty > line.openQty) return { state: 'problem', problem: 'overOpen', limit: line.openQty };
  const packed = packLine(qty, line.carton, { cartons, netKg: null, grossKg: null });
  return packed.ok ? { state: 'packed', packed: packed.line, amount: qty * line.unitPrice } : { state: 'problem', problem: packed.problem, limit: packed.limit };
}

/**
 * What the screen shows as the user types: each line's cartons, weights and m³ (the same
 * arithmetic the backend stores), the totals, the container suggestion and the chosen
 * container's fill, and the FOB value in the currency, in USD and in rupiah at the rates of the
 * declaration date as far as they are recorded. The backend checks it all again on saving.
 */
export function liveFigures(open: readonly OpenOrderLine[], drafts: LineDrafts, values: ShipmentFormValues, rates: readonly ExchangeRate[]): LiveFigures {
  const lines = new Map<string, LiveLine>();
  const packed: PackedLine[] = [];
  let invoiceValue = 0;
  let currency = '';
  for (const line of open) {
    const draft = drafts[lineKey(line)];
    const live = liveLine(line, draft?.qty ?? '', draft?.cartons ?? '');
    lines.set(lineKey(line), live);
    if (live.state !== 'packed') continue;
    packed.push(live.packed);
    invoiceValue += live.amount;
    currency ||= line.currency;
  }
  const totals = packedTotals(packed);
  const code = currencyOf(currency || 'USD');
  const money = (text: string) => {
    const amount = optionalAmount(text);
    return amount !== null && Number.isFinite(amount) ? toMinor(amount, code) : 0;
  };
  const fobValue = invoiceValue - money(values.freight) - money(values.insurance);
  const rateDate = dateForInput(values.pebDate) ?? dateForInput(values.etd) ?? dateForInput(values.invoiceDate);
  const isoDate = rateDate && /^\d{4}-\d{2}-\d{2}$/.test(rateDate) ? rateDate : null;
  const idrRate = code === 'IDR' ? 1 : (rateOn([...rates], code, isoDate)?.idrPerUnit ?? null);
  const usdRate = rateOn([...rates], 'USD', isoDate)?.idrPerUnit ?? null;
  const fobIdr = idrRate === null ? null : Math.round(fromMinor(fobValue, code) * idrRate);
  const fobUsd = code === 'USD' ? fobValue : idrRate === null || usdRate === null ? null : Math.round(((fromMinor(fobValue, code) * idrRate) / usdRate) * 100);
  const type = CONTAINER_TYPES.find((t) => t === values.containerType);
  const count = Math.max(1, Math.floor(amountForInput(values.containerCount)) || 1);
  return {
    lines,
    totals,
    currency: currency || code,
    invoiceValue,
    fobValue,
    fobUsd,
    fobIdr,
    rateDate: isoDate,
    suggestion: packed.length > 0 ? suggestContainer(totals.volumeM3, totals.grossKg) : null,
    chosen: type && packed.length > 0 ? containerFill(type, count, totals.volumeM3, totals.grossKg) : null,
  };
}
