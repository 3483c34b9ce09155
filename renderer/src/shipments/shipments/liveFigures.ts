import type { OpenOrderLine } from '../../../../shared/api/shipments';
import type { ExchangeRate } from '../../../../shared/domain/orders';
import { CONTAINER_TYPES } from '../../../../shared/domain/shipments';
import { fobInUsdAndIdr, fobValueOf, type FobCost } from '../../../../shared/domain/fob';
import { type Currency, CURRENCIES, toMinor } from '../../../../shared/money';
import { containerFill, suggestContainer, type ContainerFill } from '../../../../shared/shipping/containers';
import { packedTotals, packLine, type PackedLine, type PackingProblem } from '../../../../shared/shipping/packing';
import { amountForInput, dateForInput, optionalAmount } from '../../platform/common/formText';
import { rateOn } from '../../orders/rates/rateOn';
import { lineKey, type LineDrafts, type ShipmentFormValues } from './shipmentFormModel';

/** One open line as the table shows it while typing: packed, refused, or not chosen. */
export type LiveLine =
  | { state: 'none' }
  | { state: 'packed'; packed: PackedLine; amount: number }
  | { state: 'problem'; problem: PackingProblem | 'overOpen' | 'notNumber'; limit?: number };

export interface LiveFigures {
  lines: Map<string, LiveLine>;
  totals: PackedLine;
  currency: Currency;
  invoiceValue: number;
  /** By the incoterm's rule (shared/domain/fob.ts); null while a cost the incoterm needs is not entered (`missing`). */
  fobValue: number | null;
  missing: FobCost[];
  /** Null when the FOB value or the rate of the date is not known. */
  fobUsdCents: number | null;
  fobIdr: number | null;
  rateDate: string | null;
  /** The day of the rate used (the date's own or up to seven days before), by currency. */
  rateOn: string | null;
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
 * container's fill, and the FOB value by the incoterm's rule (shared/domain/fob.ts, the backend's
 * own) in the currency, in USD and in rupiah at the rates of the declaration date as far as they
 * are recorded. The backend checks it all again on saving.
 */
export function liveFigures(
  open: readonly OpenOrderLine[], drafts: LineDrafts, values: ShipmentFormValues, rates: readonly ExchangeRate[], buyerIncoterm: string | null,
): LiveFigures {
  const lines = new Map<string, LiveLine>();
  const packed: PackedLine[] = [];
  let invoiceValue = 0;
  let currency: Currency | '' = '';
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
  // Blank is not entered (null), which the FOB rule names; an entered 0 is a figure.
  const money = (text: string) => {
    const amount = optionalAmount(text);
    return amount !== null && Number.isFinite(amount) ? toMinor(amount, code) : null;
  };
  const incoterm = values.incoterm || buyerIncoterm || 'FOB';
  const { fobValue, missing } = fobValueOf(incoterm, invoiceValue, { inlandCost: money(values.inlandCost), freight: money(values.freight), insurance: money(values.insurance) });
  const rateDate = dateForInput(values.pebDate) ?? dateForInput(values.etd) ?? dateForInput(values.invoiceDate);
  const isoDate = rateDate && /^\d{4}-\d{2}-\d{2}$/.test(rateDate) ? rateDate : null;
  const idr = code === 'IDR' ? null : rateOn([...rates], code, isoDate);
  const usd = rateOn([...rates], 'USD', isoDate);
  const { fobUsdCents, fobIdr } = fobInUsdAndIdr(fobValue, code, idr?.idrPerUnit ?? null, usd?.idrPerUnit ?? null);
  const type = CONTAINER_TYPES.find((t) => t === values.containerType);
  const count = Math.max(1, Math.floor(amountForInput(values.containerCount)) || 1);
  return {
    lines,
    totals,
    currency: currency || code,
    invoiceValue,
    fobValue,
    missing,
    fobUsdCents,
    fobIdr,
    rateDate: isoDate,
    rateOn: (code === 'IDR' || code === 'USD' ? usd?.validOn : idr?.validOn) ?? null,
    suggestion: packed.length > 0 ? suggestContainer(totals.volumeM3, totals.grossKg) : null,
    chosen: type && packed.length > 0 ? containerFill(type, count, totals.volumeM3, totals.grossKg) : null,
  };
}
