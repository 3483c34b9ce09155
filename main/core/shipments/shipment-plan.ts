import { CONTAINER_LABELS, DEFAULT_PORT_OF_LOADING, defaultIncotermPlace, type ShipmentValues } from '../../../shared/domain/shipments';
import { fobInUsdAndIdr, fobValueOf, splitLargestRemainder } from '../../../shared/domain/fob';
import { AppError } from '../../../shared/result';
import { containerFill, specOf } from '../../../shared/shipping/containers';
import { packedTotals, roundKg } from '../../../shared/shipping/packing';
import type { CallContext } from '../platform/app';
import { rateOn } from '../orders/rate-queries';
import { buyerForShipment, type ShipmentWrite } from './shipment-queries';
import { checkShipmentLines, type CheckedLine, type QcCheck } from './shipment-lines';
import { minorUnits, usdCents, type Currency, type UsdCents } from '../../../shared/money';

/** Everything a shipment is written with, checked and computed; nothing is written yet. */
export interface ShipmentPlan {
  header: ShipmentWrite;
  lines: (CheckedLine & { fobUsdCents: UsdCents | null })[];
}

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

/**
 * Rupiah per unit on a date and the day of the rate used (db/rates.ts: the date's own, else the
 * latest within the window); null when none is recorded: the value is unknown, the shipment is
 * recorded all the same.
 */
function rateFor(ctx: CallContext, currency: Currency, date: string): { rate: number; on: string | null } | null {
  if (currency === 'IDR') return { rate: 1, on: null };
  const found = rateOn(ctx.app.db, currency, date);
  return found ? { rate: found.idrPerUnit, on: found.validOn } : null;
}

/**
 * Checks a shipment as a whole and computes what is stored: the buyer's defaults, the lines,
 * the container against its payload and volume, and the value: FOB by the incoterm's rule
 * (shared/domain/fob.ts), in USD and rupiah at the rates of the declaration date (PEB date, else
 * ETD, else invoice date), split over the lines so that they add up to the shipment's cents. A
 * missing cost or rate leaves the value unknown; it never stops the shipment being recorded.
 */
export function planShipment(ctx: CallContext, values: ShipmentValues, shipmentId: number | null, qc: QcCheck = { hasLeft: false }): ShipmentPlan {
  const buyer = buyerForShipment(ctx.app.db, values.buyerCode);
  if (!buyer) refuse(ctx, 'buyerCode', 'invalid.unknownBuyer', { value: values.buyerCode });
  checkStatusNeeds(ctx, values);
  const lines = checkShipmentLines(ctx, values, { id: buyer.id, code: values.buyerCode }, shipmentId, qc);
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
  const idr = rateFor(ctx, currency, rateDate);
  const usd = rateFor(ctx, 'USD', rateDate);
  const invoiceValue = minorUnits(lines.reduce((sum, line) => sum + line.qty * line.unitPrice, 0));
  const incoterm = values.incoterm ?? buyer.incoterm ?? 'FOB';
  const portOfDischarge = values.portOfDischarge ?? buyer.portOfDischarge;
  const costs = { inlandCost: values.inlandCost, freight: values.freight, insurance: values.insurance };
  const { fobValue } = fobValueOf(incoterm, invoiceValue, costs);
  if (fobValue !== null && fobValue < 0) refuse(ctx, 'freight', 'shipments.errors.freightAboveValue');
  const { fobUsdCents, fobIdr } = fobInUsdAndIdr(fobValue, currency, idr?.rate ?? null, usd?.rate ?? null);
  const lineFob = fobUsdCents === null ? null : splitLargestRemainder(fobUsdCents, lines.map((line) => line.qty * line.unitPrice));
  const header: ShipmentWrite = {
    shipmentNo: values.shipmentNo,
    buyerId: buyer.id,
    status: values.status,
    invoiceDate,
    currency,
    incoterm,
    // The buyer's named place goes with the buyer's incoterm only; its port of discharge when none is given.
    incotermPlace: values.incotermPlace ?? (incoterm === buyer.incoterm ? buyer.incotermPlace : null) ?? defaultIncotermPlace(incoterm, portOfDischarge),
    portOfLoading: values.portOfLoading ?? DEFAULT_PORT_OF_LOADING,
    portOfDischarge,
    country: values.country ?? buyer.country,
    etd: values.etd,
    eta: values.eta,
    containerType: values.containerType,
    containerCount: values.containerCount,
    pebNo: values.pebNo,
    pebDate: values.pebDate,
    blNo: values.blNo,
    inlandCost: values.inlandCost,
    freight: values.freight,
    insurance: values.insurance,
    marks: values.marks,
    // Kept where it was needed; a shipment whose goods already left keeps the reason it left with.
    qcReason: qc.hasLeft || lines.some((line) => line.isBeyondReady) ? values.qcReason : null,
    rateDate,
    idrRate: idr?.rate ?? null,
    idrRateOn: idr?.on ?? null,
    usdRate: usd?.rate ?? null,
    usdRateOn: usd?.on ?? null,
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
  return { header, lines: lines.map((line, index) => ({ ...line, fobUsdCents: lineFob === null ? null : usdCents(lineFob[index]) })) };
}
