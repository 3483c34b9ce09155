import { z } from 'zod';
import { idField } from '../domain/fields';
import type { FobGap } from '../domain/fob';
import type { OrderStatus } from '../domain/orders';
import { SHIPMENT_STATUSES, shipmentCostsInput, shipmentInput, shipmentStatusInput, type ContainerType, type ShipmentStatus } from '../domain/shipments';
import type { ContainerFill } from '../shipping/containers';
import type { CooForm } from '../shipping/origin';
import type { CartonFacts, CartonRange } from '../shipping/packing';
import { monthField } from './exports';
import type { MadeFile } from './files';
import type { ShipmentsReport } from './report-shipments';
import type { Currency, MinorUnits, Rupiah, UsdCents } from '../money';

/** Export shipments: the list, one shipment with its papers' figures, the lines a buyer has ready. */
export const shipmentsInputs = {
  'shipments:list': z.object({
    status: z.array(z.enum(SHIPMENT_STATUSES)).max(20, { error: 'guard.tooManyItems' }).optional(),
    search: z.string().max(80).optional(),
    limit: z.number().int().min(1).max(100_000).default(20_000),
  }),
  'shipments:get': z.object({ id: idField }),
  /** A buyer's order lines in production or ready, with what is left to ship (besides this shipment's own). */
  'shipments:openLines': z.object({ buyerCode: z.string().min(1).max(40), shipmentId: idField.optional() }),
  'shipments:save': shipmentInput,
  'shipments:setStatus': shipmentStatusInput,
  /** The costs that value a shipment (inland cost, freight, insurance), also once it has left; valued again at the rates recorded by then. */
  'shipments:setCosts': shipmentCostsInput,
  /** Commercial invoice and packing list as one workbook. */
  'files:shipment': z.object({ id: idField }),
  /** Laporan Pengapalan for whole months; absent months: the centre's year to date. */
  'reports:shipments': z.object({ from: monthField.optional(), to: monthField.optional() }),
};

/** One row of the shipments table; money of the FOB value in US cents. */
export interface ShipmentSummary {
  id: number;
  shipmentNo: string;
  buyerCode: string;
  buyerName: string;
  country: string;
  status: ShipmentStatus;
  etd: string | null;
  eta: string | null;
  containerType: ContainerType | null;
  containerCount: number;
  cartons: number;
  netKg: number;
  grossKg: number;
  volumeM3: number;
  currency: Currency;
  /** Null: unknown — `fobGaps` says why (a cost its incoterm needs, or the rate). */
  fobValue: MinorUnits | null;
  fobUsdCents: UsdCents | null;
  fobIdr: Rupiah | null;
  fobGaps: FobGap[];
  orderNos: string;
  pebNo: string | null;
  blNo: string | null;
}

/** A buyer's order line as the shipment form offers it. */
export interface OpenOrderLine {
  orderNo: string;
  orderStatus: OrderStatus;
  shipBy: string;
  currency: Currency;
  sku: string;
  productName: string;
  hsCode: string;
  uom: string;
  orderedQty: number;
  /** Accepted at QC over all the line's SPKs (at most the ordered quantity); no fallback for an order declared ready. */
  acceptedQty: number;
  /** On other shipments that are not cancelled. */
  reservedQty: number;
  /** Ready: accepted at QC and not on another shipment, what a draft or booked shipment may hold. */
  openQty: number;
  unitPrice: number;
  carton: CartonFacts;
}

export interface ShipmentLine {
  id: number;
  lineNo: number;
  orderNo: string;
  sku: string;
  productName: string;
  hsCode: string;
  uom: string;
  qty: number;
  unitPrice: number;
  /** qty × unit price, minor units of the shipment's currency. */
  amount: MinorUnits;
  cartons: number;
  firstCarton: number;
  lastCarton: number;
  netKg: number;
  grossKg: number;
  volumeM3: number;
  cartonQty: number;
  cartonLengthCm: number;
  cartonWidthCm: number;
  cartonHeightCm: number;
  ranges: CartonRange[];
  /** The line's share of the shipment's FOB in US cents (the lines add up to the shipment exactly); null: unknown. */
  fobUsdCents: UsdCents | null;
  /** What is ready of the order line now: ordered, accepted at QC, on other shipments not cancelled, and ready (accepted less those). */
  orderedQty: number;
  acceptedQty: number;
  elsewhereQty: number;
  readyQty: number;
}

/** The value as declared: at the rate of the PEB date (the ETD, else the invoice date, while none is known). */
export interface ShipmentValue {
  /** Sum of the lines, minor units. */
  invoiceValue: MinorUnits;
  /** By the incoterm (shared/domain/fob.ts); null: a cost the incoterm needs is not entered. */
  fobValue: MinorUnits | null;
  /** Null: unknown (the FOB value, or the rate of the date, is). */
  fobUsdCents: UsdCents | null;
  fobIdr: Rupiah | null;
  /** The value's date: the PEB date, else the ETD, else the invoice date. */
  rateDate: string;
  /** Rupiah per unit of the shipment's currency and per USD, and the day of each rate used (within seven days of the date); null: no rate. */
  idrRate: number | null;
  idrRateOn: string | null;
  usdRate: number | null;
  usdRateOn: string | null;
  /** Why a figure above is unknown; empty when all are known. */
  gaps: FobGap[];
}

export interface Shipment {
  id: number;
  shipmentNo: string;
  buyerCode: string;
  buyerName: string;
  status: ShipmentStatus;
  invoiceDate: string;
  currency: Currency;
  incoterm: string;
  incotermPlace: string;
  portOfLoading: string;
  portOfDischarge: string | null;
  country: string;
  etd: string | null;
  eta: string | null;
  containerType: ContainerType | null;
  containerCount: number;
  pebNo: string | null;
  pebDate: string | null;
  blNo: string | null;
  /** Minor units of the shipment's currency; null: not entered. */
  inlandCost: number | null;
  freight: number | null;
  insurance: number | null;
  /** As typed; null when the derived marks are used. */
  marksGiven: string | null;
  /** What the cartons carry, as printed. */
  marks: string;
  /** Why this shipment, recorded after the fact, holds more than QC accepted; null: not needed. */
  qcReason: string | null;
  lines: ShipmentLine[];
  totals: { qty: number; cartons: number; netKg: number; grossKg: number; volumeM3: number };
  value: ShipmentValue;
  coo: CooForm;
  suggestion: ContainerFill;
  /** The chosen container's fill; null until one is chosen. */
  fill: ContainerFill | null;
}

export interface ShipmentsOutputs {
  'shipments:list': ShipmentSummary[];
  'shipments:get': Shipment;
  'shipments:openLines': OpenOrderLine[];
  'shipments:save': Shipment;
  'shipments:setStatus': Shipment;
  'shipments:setCosts': Shipment;
  'files:shipment': MadeFile;
  'reports:shipments': ShipmentsReport;
}
