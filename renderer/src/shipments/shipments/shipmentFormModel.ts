import type { TFunction } from 'i18next';
import type { OpenOrderLine, Shipment } from '../../../../shared/api/shipments';
import { formatDateId } from '../../../../shared/dates';
import { INCOTERMS } from '../../../../shared/domain/orders';
import { CONTAINER_TYPES, shipmentInput, type ShipmentInput } from '../../../../shared/domain/shipments';
import { CURRENCIES, fromMinor, toMinor } from '../../../../shared/money';
import { pick } from '../../platform/common/choices';
import { amountForInput, dateForInput, numberText, optionalAmount, textOrNull } from '../../platform/common/formText';
import { issuesByField, type FieldErrors } from '../../platform/common/validation';

/** The shipment's own fields as typed. */
export interface ShipmentFormValues {
  shipmentNo: string;
  buyerCode: string;
  invoiceDate: string;
  incoterm: string;
  incotermPlace: string;
  portOfLoading: string;
  portOfDischarge: string;
  country: string;
  etd: string;
  eta: string;
  containerType: string;
  containerCount: string;
  pebNo: string;
  pebDate: string;
  blNo: string;
  inlandCost: string;
  freight: string;
  insurance: string;
  marks: string;
}

/** What is typed on one of the buyer's open lines: nothing, or a quantity (and cartons) to ship. */
export interface LineDraft {
  qty: string;
  cartons: string;
}

export type LineDrafts = Record<string, LineDraft>;

export function lineKey(line: { orderNo: string; sku: string }): string {
  return `${line.orderNo.toUpperCase()}|${line.sku.toUpperCase()}`;
}

export function emptyShipment(today: string, shipmentNo: string): ShipmentFormValues {
  return {
    shipmentNo, buyerCode: '', invoiceDate: formatDateId(today), incoterm: '', incotermPlace: '', portOfLoading: '', portOfDischarge: '',
    country: '', etd: '', eta: '', containerType: '', containerCount: '1', pebNo: '', pebDate: '', blNo: '', inlandCost: '', freight: '', insurance: '', marks: '',
  };
}

function currencyOf(code: string) {
  return CURRENCIES.find((c) => c === code) ?? 'USD';
}

export function shipmentToForm(shipment: Shipment): ShipmentFormValues {
  // Not entered stays blank; an entered 0 shows as 0 (it is a figure, unlike blank).
  const money = (minor: number | null) => (minor === null ? '' : numberText(fromMinor(minor, currencyOf(shipment.currency))));
  return {
    shipmentNo: shipment.shipmentNo, buyerCode: shipment.buyerCode, invoiceDate: formatDateId(shipment.invoiceDate), incoterm: shipment.incoterm,
    incotermPlace: shipment.incotermPlace, portOfLoading: shipment.portOfLoading, portOfDischarge: shipment.portOfDischarge ?? '',
    country: shipment.country, etd: formatDateId(shipment.etd), eta: formatDateId(shipment.eta), containerType: shipment.containerType ?? '',
    containerCount: String(shipment.containerCount), pebNo: shipment.pebNo ?? '', pebDate: formatDateId(shipment.pebDate), blNo: shipment.blNo ?? '',
    inlandCost: money(shipment.inlandCost), freight: money(shipment.freight), insurance: money(shipment.insurance), marks: shipment.marksGiven ?? '',
  };
}

export function shipmentLinesToDrafts(shipment: Shipment): LineDrafts {
  return Object.fromEntries(shipment.lines.map((line) => [lineKey(line), { qty: String(line.qty), cartons: String(line.cartons) }]));
}

/** The open lines with a quantity typed, in the table's order: the shipment's lines. */
export function chosenLines(open: readonly OpenOrderLine[], drafts: LineDrafts): OpenOrderLine[] {
  return open.filter((line) => (drafts[lineKey(line)]?.qty ?? '').trim() !== '');
}

export function formToInput(values: ShipmentFormValues, open: readonly OpenOrderLine[], drafts: LineDrafts, id: number | null): ShipmentInput {
  const currency = currencyOf(chosenLines(open, drafts)[0]?.currency ?? 'USD');
  const money = (text: string) => {
    const amount = optionalAmount(text);
    return amount === null ? null : Number.isFinite(amount) ? toMinor(amount, currency) : amount;
  };
  const count = amountForInput(values.containerCount);
  return {
    ...(id === null ? {} : { id }),
    shipmentNo: values.shipmentNo,
    buyerCode: values.buyerCode,
    invoiceDate: dateForInput(values.invoiceDate),
    incoterm: pick(INCOTERMS, values.incoterm) ?? null,
    incotermPlace: textOrNull(values.incotermPlace),
    portOfLoading: textOrNull(values.portOfLoading),
    portOfDischarge: textOrNull(values.portOfDischarge),
    country: textOrNull(values.country),
    etd: dateForInput(values.etd),
    eta: dateForInput(values.eta),
    containerType: pick(CONTAINER_TYPES, values.containerType) ?? null,
    containerCount: Number.isFinite(count) ? count : 1,
    pebNo: textOrNull(values.pebNo),
    pebDate: dateForInput(values.pebDate),
    blNo: textOrNull(values.blNo),
    inlandCost: money(values.inlandCost),
    freight: money(values.freight),
    insurance: money(values.insurance),
    marks: textOrNull(values.marks),
    lines: chosenLines(open, drafts).map((line) => {
      const draft = drafts[lineKey(line)];
      return { orderNo: line.orderNo, sku: line.sku, qty: amountForInput(draft.qty), cartons: optionalAmount(draft.cartons) };
    }),
  };
}

/** The shared schema's verdict on the header; the lines are judged in the lines table. */
export function validateShipment(input: ShipmentInput, t: TFunction): FieldErrors {
  const parsed = shipmentInput.safeParse(input);
  if (parsed.success) return {};
  return issuesByField(parsed.error.issues.filter((issue) => issue.path[0] !== 'lines'), t);
}
