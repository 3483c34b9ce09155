import { formatDateId } from '../../../shared/dates';
import { CONTAINER_LABELS, DEFAULT_PORT_OF_LOADING, type ShipmentValues } from '../../../shared/domain/shipments';
import { CURRENCIES, fromMinor, type Currency } from '../../../shared/money';
import { AppError } from '../../../shared/result';
import { containerFill, specOf } from '../../../shared/shipping/containers';
import { packedTotals, roundKg } from '../../../shared/shipping/packing';
import type { CallContext } from '../app';
import { rateOn } from '../db/rates';
import { buyerForShipment, type ShipmentWrite } from '../db/shipments';
import { checkShipmentLines, type CheckedLine } from './shipment-lines';

/** Everything a shipment is written with, checked and computed; nothing is written yet. */
export interface ShipmentPlan {
  header: ShipmentWrite;
  lines: CheckedLine[];
}

/** Incoterms whose named place is where the goods leave (the seller's side); the others name the destination. */
const PLACE_AT_ORIGIN = new Set(['EXW', 'FCA', 'FAS', 'FOB']);

function refuse(ctx: CallContext, field: string, key: string, params: Record<string, unknown> = {}): never {
  throw new AppError('INVALID_INPUT', ctx.t(key, params), { field });
}

/** What each status needs before a shipment may take it: booking needs an ETD, a port and a container; shipping a PEB; closing a B/L. */
function checkStatusNeeds(ctx: CallContext, values: ShipmentValues): void {
  const { status } = values;
  if (status === 'draft' || status === 'cancelled') return;
  const word = ctx.t(`shipments.status.${status}`);
  const need = (field: keyof ShipmentValues, value: unknown) => {
    if (value === null || value === undefined || value === '') refuse(ctx, field, 'shipments.errors.requiredForStatus', { status: word });
  };
  need('etd', values.etd);
  need('portOfDischarge', values.portOfDischarge);
  need('containerType', values.containerType);
  if (status === 'shipped' || status === 'closed') need('pebNo', values.pebNo);
  if (status === 'closed') need('blNo', values.blNo);
}

function currencyOf(code: string): Currency {
  return CURRENCIES.find((c) => c === code) ?? 'IDR';
}

/** Rupiah per unit on a date, or a refusal naming the currency and the date. */
function rateFor(ctx: CallContext, currency: string, date: string, field: string): number {
  if (currency === 'IDR') return 1;
  const rate = rateOn(ctx.app.db, currency, date);
  if (!rate) refuse(ctx, field, 'invalid.missingRate', { currency, date: formatDateId(date) });
  return rate.idrPerUnit;
}

/**
 * Checks a shipment as a whole and computes what is stored: the buyer's defaults, the lines,
 * the container against its payload and volume, and the value at the rates of the declaration
 * date (PEB date, else ETD, else invoice date).
 */
export function planShipment(ctx: CallContext, values: ShipmentValues, shipmentId: number | null): ShipmentPlan {
  const buyer = buyerForShipment(ctx.app.db, values.buyerCode);
  if (!buyer) refuse(ctx, 'buyerCode', 'invalid.unknownBuyer', { value: values.buyerCode });
  checkStatusNeeds(ctx, values);
  const lines = checkShipmentLines(ctx, values, { id: buyer.id, code: values.buyerCode }, shipmentId);
  const totals = packedTotals(lines);
  if (values.containerType !== null && values.containerType !== 'LCL') {
    const fill = containerFill(values.containerType, values.containerCount, totals.volumeM3, totals.grossKg);
    const spec = specOf(values.containerType);
    const params = { count: values.containerCount, container: CONTAINER_LABELS[values.containerType], kg: totals.grossKg, m3: totals.volumeM3 };
    if (fill.isOverPayload) refuse(ctx, 'containerType', 'shipments.errors.overPayload', { ...params, payload: spec.payloadKg * values.containerCount });
    if (fill.isOverVolume) refuse(ctx, 'containerType', 'shipments.errors.overVolume', { ...params, capacity: spec.nominalM3 * values.containerCount });
  }
  const currency = lines[0].facts.currency;
  const invoiceDate = values.invoiceDate ?? ctx.app.today();
  const rateDate = values.pebDate ?? values.etd ?? invoiceDate;
  const rateField = values.pebDate ? 'pebDate' : values.etd ? 'etd' : 'invoiceDate';
  const idrRate = rateFor(ctx, currency, rateDate, rateField);
  const usdRate = rateFor(ctx, 'USD', rateDate, rateField);
  const invoiceValue = lines.reduce((sum, line) => sum + line.qty * line.unitPrice, 0);
  const fobValue = invoiceValue - values.freight - values.insurance;
  if (fobValue < 0) refuse(ctx, 'freight', 'shipments.errors.freightAboveValue');
  const fobMajor = fromMinor(fobValue, currencyOf(currency));
  const fobIdr = Math.round(fobMajor * idrRate);
  // Dollars stay as invoiced; other currencies cross through the rupiah rates of the same day.
  const fobUsdCents = currency === 'USD' ? fobValue : Math.round(((fobMajor * idrRate) / usdRate) * 100);
  const incoterm = values.incoterm ?? buyer.incoterm ?? 'FOB';
  const header: ShipmentWrite = {
    shipmentNo: values.shipmentNo,
    buyerId: buyer.id,
    status: values.status,
    invoiceDate,
    currency,
    incoterm,
    incotermPlace: values.incotermPlace ?? (PLACE_AT_ORIGIN.has(incoterm) ? 'Surabaya' : (values.portOfDischarge ?? '')),
    portOfLoading: values.portOfLoading ?? DEFAULT_PORT_OF_LOADING,
    portOfDischarge: values.portOfDischarge,
    country: values.country ?? buyer.country,
    etd: values.etd,
    eta: values.eta,
    containerType: values.containerType,
    containerCount: values.containerCount,
    pebNo: values.pebNo,
    pebDate: values.pebDate,
    blNo: values.blNo,
    freight: values.freight,
    insurance: values.insurance,
    marks: values.marks,
    rateDate,
    idrRate,
    usdRate,
    invoiceValue,
    fobValue,
    fobUsdCents,
    fobIdr,
    qty: totals.qty,
    cartons: totals.cartons,
    netKg: roundKg(totals.netKg),
    grossKg: roundKg(totals.grossKg),
    volumeM3: totals.volumeM3,
  };
  return { header, lines };
}
