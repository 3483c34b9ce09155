import { z } from 'zod';
import { COUNTRIES } from '../countries';
import { idField, isoDateField, optionalText, requiredText } from './fields';
import { INCOTERMS } from './orders';

/**
 * An export shipment (pengapalan): goods of one buyer's orders leaving together, with the
 * papers that go with them. Its workflow:
 *   draft   — being put together; lines reserve their quantity
 *   booked  — freight booked: ETD, port of discharge and container are known
 *   shipped — the export declaration (PEB) is lodged and the goods have left; the orders it
 *             empties become `shipped`
 *   closed  — the bill of lading is in and the papers went to the buyer or the bank
 *   cancelled — from draft or booked only; its lines reserve nothing any more
 */
export const SHIPMENT_STATUSES = ['draft', 'booked', 'shipped', 'closed', 'cancelled'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const SHIPMENT_TRANSITIONS: Record<ShipmentStatus, ShipmentStatus[]> = {
  draft: ['booked', 'cancelled'],
  booked: ['draft', 'shipped', 'cancelled'],
  shipped: ['closed'],
  closed: [],
  cancelled: [],
};

/** A shipment's lines and papers may still change; later ones are on record with customs. */
export const EDITABLE_SHIPMENT: readonly ShipmentStatus[] = ['draft', 'booked'];

/** Containers as booked: a 20-foot, 40-foot or 40-foot high-cube box, or less than a container load. */
export const CONTAINER_TYPES = ['20', '40', '40HC', 'LCL'] as const;
export type ContainerType = (typeof CONTAINER_TYPES)[number];

/** How a container is written on papers: 20', 40', 40'HC, LCL. */
export const CONTAINER_LABELS: Record<ContainerType, string> = { '20': "20'", '40': "40'", '40HC': "40'HC", LCL: 'LCL' };

/** Where goods leave from unless the shipment says otherwise (UN/LOCODE IDSUB). */
export const DEFAULT_PORT_OF_LOADING = 'Tanjung Perak, Surabaya (IDSUB)';

/** Terms whose named place is in the seller's country (E- and F-terms): the port of loading's city. */
const PLACE_AT_ORIGIN = new Set(['EXW', 'FCA', 'FAS', 'FOB']);

/** The named place after an incoterm when none is given: Surabaya for E- and F-terms, else the port of discharge. */
export function defaultIncotermPlace(incoterm: string, portOfDischarge: string | null): string {
  return PLACE_AT_ORIGIN.has(incoterm) ? 'Surabaya' : (portOfDischarge ?? '');
}

const weightField = z.number({ error: 'invalid.notNumber' }).positive({ error: 'invalid.notPositive' }).max(1_000_000, { error: 'invalid.tooLarge' });

/** One line: part of an order line, by order number and SKU. Weights are given only where weighed. */
export const shipmentLineInput = z.object({
  orderNo: requiredText(40),
  sku: requiredText(40),
  qty: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).positive({ error: 'invalid.notPositive' }).max(10_000_000, { error: 'invalid.tooLarge' }),
  /** Absent: as many full master cartons as the quantity needs. */
  cartons: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).positive({ error: 'invalid.notPositive' }).max(1_000_000, { error: 'invalid.tooLarge' }).nullish().transform((v) => v ?? null),
  /** Kilograms of the whole line; absent: from the product's carton data. */
  netKg: weightField.nullish().transform((v) => v ?? null),
  grossKg: weightField.nullish().transform((v) => v ?? null),
});
export type ShipmentLineInput = z.input<typeof shipmentLineInput>;

const money = z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(0, { error: 'invalid.negative' }).max(1e13, { error: 'invalid.tooLarge' });

export const shipmentInput = z
  .object({
    id: idField.optional(),
    shipmentNo: requiredText(40),
    buyerCode: requiredText(40),
    status: z.enum(SHIPMENT_STATUSES, { error: 'invalid.shipmentStatus' }).default('draft'),
    /** The commercial invoice's date; absent: today. */
    invoiceDate: isoDateField.nullish().transform((v) => v ?? null),
    /** Absent: the buyer's usual incoterm, else FOB. */
    incoterm: z.enum(INCOTERMS, { error: 'invalid.incoterm' }).nullish().transform((v) => v ?? null),
    /** The named place after the incoterm ("FOB Surabaya"); absent: Surabaya for F- and E-terms, else the port of discharge. */
    incotermPlace: optionalText(80),
    portOfLoading: optionalText(80),
    portOfDischarge: optionalText(80),
    /** ISO code; absent: the buyer's country. */
    country: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => v in COUNTRIES, { error: 'invalid.country' })
      .nullish()
      .transform((v) => v ?? null),
    etd: isoDateField.nullish().transform((v) => v ?? null),
    eta: isoDateField.nullish().transform((v) => v ?? null),
    containerType: z.enum(CONTAINER_TYPES, { error: 'invalid.container' }).nullish().transform((v) => v ?? null),
    containerCount: z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(1, { error: 'invalid.notPositive' }).max(99, { error: 'invalid.tooLarge' }).default(1),
    pebNo: optionalText(40),
    pebDate: isoDateField.nullish().transform((v) => v ?? null),
    blNo: optionalText(40),
    /**
     * In the invoice currency's minor unit; absent: not entered (unknown, not 0). The FOB value
     * takes freight and insurance off a C- or D-term price and adds the inland cost to the port of
     * loading to an EXW price (shared/domain/fob.ts); a term without its figure has no FOB value yet.
     */
    inlandCost: money.nullish().transform((v) => v ?? null),
    freight: money.nullish().transform((v) => v ?? null),
    insurance: money.nullish().transform((v) => v ?? null),
    /** Shipping marks as painted on the cartons; absent: buyer, PO numbers, port and carton numbers. */
    marks: optionalText(400),
    /**
     * Why a shipment recorded after the fact (shipped or closed) holds more of an order line than
     * QC accepted less what other shipments hold; needed then, and kept. A draft or booked
     * shipment never may, whatever the reason.
     */
    qcReason: optionalText(400),
    lines: z.array(shipmentLineInput).min(1, { error: 'invalid.noShipmentLines' }).max(300),
  })
  .superRefine((s, ctx) => {
    if (s.etd && s.eta && s.eta < s.etd) ctx.addIssue({ code: 'custom', path: ['eta'], message: 'invalid.etaBeforeEtd' });
  });
export type ShipmentInput = z.input<typeof shipmentInput>;
export type ShipmentValues = z.output<typeof shipmentInput>;

/**
 * The costs that value a shipment, completed after the papers are locked (the trucking bill of an
 * EXW shipment often comes after the ship left): the shipment is valued again with them, at the
 * rates recorded by then. Each absent: not entered.
 */
export const shipmentCostsInput = z.object({
  id: idField,
  inlandCost: money.nullish().transform((v) => v ?? null),
  freight: money.nullish().transform((v) => v ?? null),
  insurance: money.nullish().transform((v) => v ?? null),
});

/**
 * What a status step may bring along: the PEB when shipping, the bill of lading when closing,
 * and when shipping goods QC has not (all) accepted, the reason (absent: the one kept, if any).
 */
export const shipmentStatusInput = z.object({
  id: idField,
  status: z.enum(SHIPMENT_STATUSES, { error: 'invalid.shipmentStatus' }),
  pebNo: optionalText(40),
  pebDate: isoDateField.nullish().transform((v) => v ?? null),
  blNo: optionalText(40),
  qcReason: optionalText(400),
});

/** The statuses of a shipment recorded after the fact, which may hold more than QC accepted with a reason. */
export const RECORDED_AFTER_THE_FACT: readonly ShipmentStatus[] = ['shipped', 'closed'];
