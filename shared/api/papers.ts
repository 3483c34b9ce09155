import { z } from 'zod';
import { idField } from '../domain/fields';
import type { MadeFile } from './files';
import type { Shipment } from './shipments';
import type { Currency } from '../money';

/**
 * Export papers in English (issue 12): the proforma invoice of an order; the commercial invoice,
 * packing list, shipping marks and carton labels of a shipment. Each paper names the details it
 * still lacks (`gaps`) rather than printing a blank or the Indonesian name in their place.
 */

/** A shipment or an order by its id (screens) or its number (the CLI). */
const byIdOrNo = z
  .object({ id: idField.optional(), no: z.string().trim().min(1).max(40).optional() })
  .refine((ref) => ref.id !== undefined || ref.no !== undefined, { error: 'invalid.required' });

export const SHIPMENT_PAPERS = ['invoice', 'packing-list', 'labels'] as const;
export type ShipmentPaperKind = (typeof SHIPMENT_PAPERS)[number];

export const papersInputs = {
  'papers:shipment': byIdOrNo,
  'papers:proforma': byIdOrNo,
  /** One paper of a shipment as a workbook laid out for A4. */
  'files:shipmentPaper': byIdOrNo.and(z.object({ paper: z.enum(SHIPMENT_PAPERS) })),
  /** An order's proforma invoice as a workbook laid out for A4 portrait. */
  'files:proforma': byIdOrNo,
};

/** A detail a paper needs and the centre has not recorded yet: whose, which one. */
export interface PaperGap {
  subject: 'exporter' | 'buyer' | 'order' | 'product';
  /** The buyer's code, the order's number or the product's SKU; empty for the exporter. */
  ref: string;
  /** The field as the import columns and forms call it: `name_en`, `address`, `swift`, … */
  field: string;
}

/** Name and address as printed in a party's box. */
export interface PaperParty {
  name: string;
  /** Street, city and postcode, country: one printed line each. */
  addressLines: string[];
  contact: string | null;
  phone: string | null;
  email: string | null;
}

export interface ExporterBank {
  bankName: string | null;
  branch: string | null;
  accountNo: string | null;
  accountName: string | null;
  swift: string | null;
}

export interface PaperExporter extends PaperParty {
  nib: string | null;
  npwp: string | null;
  bank: ExporterBank;
  /** Who signs for the exporter, with the title: "Hj. Siti Aminah, Ketua". */
  signatory: string | null;
}

/** The buyer's order behind goods on a paper. */
export interface PaperOrder {
  orderNo: string;
  buyerPo: string | null;
  buyerPoDate: string | null;
  paymentTerms: string | null;
}

/** What export papers say of a product besides the order line: English words and composition. */
export interface PaperGood {
  sku: string;
  /** `name_en`; null: a gap, never the Indonesian name. */
  description: string | null;
  composition: string | null;
  hsCode: string;
}

/** The parties and terms every paper of a buyer prints. */
export interface PaperHead {
  exporter: PaperExporter;
  consignee: PaperParty;
  /** Name and address as the buyer gave them; null: "Same as consignee". */
  notifyParty: string | null;
  /** The orders' payment terms; several orders with different terms name each order. */
  paymentTerms: string | null;
  countryOfOrigin: string;
  gaps: PaperGap[];
}

export interface ShipmentPapers extends PaperHead {
  shipment: Shipment;
  orders: PaperOrder[];
  /** One per shipment line, in line order. */
  goods: PaperGood[];
  /** One per carton, in carton order: what its label prints. */
  cartons: CartonLabel[];
}

export interface CartonLabel {
  /** 1-based carton number across the shipment, and the shipment's carton count: "CTN 12 / 120". */
  no: number;
  of: number;
  orderNo: string;
  buyerPo: string | null;
  sku: string;
  description: string | null;
  pieces: number;
  uom: string;
  netKg: number;
  grossKg: number;
  sizeCm: string;
}

export interface ProformaLine {
  lineNo: number;
  sku: string;
  description: string | null;
  composition: string | null;
  hsCode: string;
  qty: number;
  uom: string;
  /** Minor units of the order's currency. */
  unitPrice: number;
  amount: number;
}

export interface ProformaPaper extends PaperHead {
  proformaNo: string;
  orderId: number;
  orderNo: string;
  orderStatus: string;
  date: string;
  buyerCode: string;
  buyerPo: string | null;
  buyerPoDate: string | null;
  currency: Currency;
  incoterm: string;
  incotermPlace: string;
  portOfLoading: string;
  portOfDischarge: string | null;
  destination: string;
  shipBy: string;
  lines: ProformaLine[];
  /** Sum of the lines, minor units. */
  total: number;
  /** The advance the payment terms ask for ("30 % advance"), minor units, rounded once; null: the terms name none. */
  deposit: { percent: number; amount: number } | null;
}

export interface PapersOutputs {
  'papers:shipment': ShipmentPapers;
  'papers:proforma': ProformaPaper;
  'files:shipmentPaper': MadeFile;
  'files:proforma': MadeFile;
}
