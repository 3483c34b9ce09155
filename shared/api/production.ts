import type { MadeFile } from './files';
import { z } from 'zod';
import { BOUNDS, idField, isoDateField, optionalText, positiveMaterialQty, requiredText, unitPriceField } from '../domain/fields';
import { ASSIGNMENT_STATUSES, type AssignmentStatus, type RateBasis } from './planning';
import type { Currency, Rupiah } from '../money';

export const PURCHASE_STATUSES = ['draft', 'ordered', 'received', 'cancelled'] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];
/** draft → ordered → received; cancel from draft or ordered; ordered → received by hand closes an order short. */
export const PURCHASE_TRANSITIONS: Record<PurchaseStatus, PurchaseStatus[]> = {
  draft: ['ordered', 'cancelled'],
  ordered: ['received', 'cancelled'],
  received: [],
  cancelled: [],
};
/** planned → issued → in-progress → done; cancel from planned or issued (a first delivery makes it in-progress). */
export const ASSIGNMENT_TRANSITIONS: Record<AssignmentStatus, AssignmentStatus[]> = {
  planned: ['issued', 'cancelled'],
  issued: ['in-progress', 'cancelled'],
  'in-progress': ['done'],
  done: [],
  cancelled: [],
};
/**
 * Which SPKs to issue or print at once: given ids, an order's, those starting in a week (its
 * Monday), or one workshop's. Exactly one of them.
 */
export const spkSelectionInput = z.object({
  ids: z.array(idField).min(1, { error: 'invalid.noLines' }).max(10_000, { error: 'guard.tooManyItems' }).optional(),
  orderNo: requiredText(40).optional(),
  weekStart: isoDateField.optional(),
  unitCode: requiredText(40).optional(),
});
export type SpkSelectionValues = z.output<typeof spkSelectionInput>;

/** One SPK as its paper shows it: number, workshop, work, dates and the piece rate it keeps. */
export interface SpkSheet {
  id: number;
  /** Null while only planned. */
  spkNo: string | null;
  issuedOn: string | null;
  status: AssignmentStatus;
  orderNo: string;
  buyerName: string;
  lineNo: number;
  sku: string;
  productName: string;
  labourMinutes: number;
  qty: number;
  deliveredQty: number;
  start: string;
  end: string;
  /** Rupiah a piece, kept since the SPK was issued. */
  pieceRate: Rupiah;
  rateBasis: RateBasis;
  unitCode: string;
  unitName: string;
  ownerName: string | null;
  memberNo: string | null;
}

export type PurchaseValues = z.output<typeof purchaseInput>;
export type DeliveryValues = z.output<typeof deliveryInput>;
export type AdvanceValues = z.output<typeof advanceInput>;

const positiveQty = positiveMaterialQty;
const wholeQty = z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).min(0, { error: 'invalid.negative' }).max(BOUNDS.pieces, { error: 'invalid.tooLarge' });

/** A purchase order to one supplier; quantities in the material's own unit, cost per unit in minor units. */
export const purchaseInput = z.object({
  id: idField.optional(),
  /** Left out on a new order: the next number of the order date's year (`PO-2026-0001`). */
  poNo: requiredText(40).optional(),
  supplier: requiredText(120),
  orderDate: isoDateField,
  expectedOn: isoDateField,
  note: optionalText(400),
  lines: z
    .array(z.object({ materialCode: requiredText(40), qty: positiveQty, unitCost: unitPriceField }))
    .min(1, { error: 'invalid.noLines' })
    .max(500),
});

export interface PurchaseLine {
  id: number;
  materialCode: string;
  materialName: string;
  uom: string;
  qty: number;
  unitCost: number;
  receivedQty: number;
}

export interface PurchaseOrder {
  id: number;
  poNo: string;
  supplier: string;
  orderDate: string;
  expectedOn: string;
  status: PurchaseStatus;
  note: string | null;
  currency: Currency;
  /** The plan run whose suggestions this order was pooled from (purchases:fromPlan), else null. */
  planRunId: number | null;
  lines: PurchaseLine[];
  /** Σ qty × unit cost, minor units. */
  value: number;
}

/** A workshop's delivery against its work order (SPK): pieces accepted and rejected at QC. */
export const deliveryInput = z.object({
  assignmentId: idField,
  deliveredOn: isoDateField,
  accepted: wholeQty,
  rejected: wholeQty,
  note: optionalText(300),
});

export interface Delivery {
  id: number;
  assignmentId: number;
  orderNo: string;
  sku: string;
  unitCode: string;
  deliveredOn: string;
  accepted: number;
  rejected: number;
  note: string | null;
}

/** Money paid to a workshop ahead of its piece-rate statement (kasbon). */
export const advanceInput = z.object({
  unitCode: requiredText(40),
  paidOn: isoDateField,
  amount: unitPriceField.positive({ error: 'invalid.notPositive' }),
  note: optionalText(300),
});

/**
 * A line of a statement: an SPK's accepted pieces at the SPK's own rate, or a correction — work
 * of a period already on a printed slip but recorded after it (at its SPK's rate), or an amount
 * the manager entered (plus or minus, without SPK).
 */
export interface StatementLine {
  spkNo: string | null;
  orderNo: string | null;
  sku: string | null;
  accepted: number;
  rejected: number;
  /** Rupiah a piece (0 on an entered correction). */
  rate: Rupiah;
  amount: Rupiah;
  isCorrection: boolean;
  note: string | null;
}

/**
 * One workshop's piece-rate (ongkos jahit) statement for a period: pieces accepted × the SPKs'
 * own rates, less advances and the cost of material used beyond the allowance. Rupiah. Once
 * printed it is a numbered slip and reads the same ever after.
 */
export interface PieceRateStatement {
  unitCode: string;
  unitName: string;
  ownerName: string | null;
  /** The owner's member number; null for a workshop no member owns. */
  memberNo: string | null;
  from: string;
  to: string;
  lines: StatementLine[];
  gross: Rupiah;
  advances: Rupiah;
  materialOveruse: Rupiah;
  net: Rupiah;
  /** `SLIP-2026-00001` once printed; null for a statement not yet printed. */
  slipNo: string | null;
  slipId: number | null;
  issuedAt: string | null;
}

/** A correction of pay already printed: a line of the workshop's next slip. */
export const payCorrectionInput = z.object({
  unitCode: requiredText(40),
  onDate: isoDateField,
  amount: z
    .number({ error: 'invalid.notNumber' })
    .int({ error: 'invalid.notWhole' })
    .min(-BOUNDS.unitPriceMinor, { error: 'invalid.tooLarge' })
    .max(BOUNDS.unitPriceMinor, { error: 'invalid.tooLarge' })
    .refine((amount) => amount !== 0, { error: 'invalid.notPositive' }),
  note: requiredText(300),
});

/** What a workshop holds of the cooperative's material, with what its delivered work used. */
export interface WorkshopMaterialAccount {
  unitCode: string;
  unitName: string;
  materialCode: string;
  materialName: string;
  uom: string;
  issued: number;
  returned: number;
  /** Delivered pieces (accepted + rejected) × BOM quantity, without waste. */
  used: number;
  /** The cutting waste the BOM allows on what was used. */
  wasteAllowance: number;
  /** issued − returned − used − waste allowance: positive is still with the workshop, negative is overuse. */
  balance: number;
}

export const productionInputs = {
  'purchases:list': z.object({ status: z.enum(PURCHASE_STATUSES).optional() }),
  'purchases:get': z.object({ id: idField }),
  'purchases:save': purchaseInput,
  /** Pools the last plan's purchase suggestions into one draft purchase order per supplier. */
  'purchases:fromPlan': z.object({ orderDate: isoDateField.optional(), supplier: z.string().max(40).optional() }),
  'purchases:setStatus': z.object({ id: idField, status: z.enum(PURCHASE_STATUSES) }),
  /** Receives (part of) an order into the stock ledger as receipts. */
  'purchases:receive': z.object({
    id: idField,
    receivedOn: isoDateField,
    lines: z.array(z.object({ materialCode: requiredText(40), qty: positiveQty })).min(1, { error: 'invalid.noLines' }),
  }),
  'deliveries:record': deliveryInput,
  'deliveries:list': z.object({ assignmentId: idField.optional(), unitCode: z.string().max(40).optional(), from: isoDateField.optional(), to: isoDateField.optional() }),
  'assignments:setStatus': z.object({ id: idField, status: z.enum(ASSIGNMENT_STATUSES) }),
  /** Issues the planned SPKs of a selection at once (numbers them, keeps their rates); answers with the selection's open SPKs. */
  'spk:issue': spkSelectionInput,
  /** The selection's open SPKs (planned, issued, in progress), for the issue dialog and the print view. */
  'spk:list': spkSelectionInput,
  'advances:record': advanceInput,
  'pieceRates:statement': z.object({ unitCode: z.string().max(40).optional(), from: isoDateField, to: isoDateField }),
  /** Prints (numbers and keeps) the period's statements not yet printed, all or one workshop's. */
  'pay:issueSlips': z.object({ unitCode: z.string().max(40).optional(), from: isoDateField, to: isoDateField }),
  /** A printed slip as it was printed. */
  'pay:slip': z.object({ id: idField }),
  'pay:correct': payCorrectionInput,
  /** Balances as of `asOf` (default today): ledger movements and deliveries up to that day. */
  'workshops:materials': z.object({ unitCode: z.string().max(40).optional(), asOf: isoDateField.optional() }),
  /** The last plan as a workbook: assignments, late lines, purchase suggestions. */
  'files:plan': z.object({}),
  /** Purchase orders (all, or those of the given statuses) and their lines as a workbook. */
  'files:purchases': z.object({ statuses: z.array(z.enum(PURCHASE_STATUSES)).max(20, { error: 'guard.tooManyItems' }).optional() }),
  /** Deliveries of a period (optionally one workshop's) as a workbook. */
  'files:deliveries': z.object({ from: isoDateField, to: isoDateField, unitCode: z.string().max(40).optional() }),
  /** The period's piece-rate statements as a workbook: one row per workshop, and their lines. */
  'files:pieceRates': z.object({ from: isoDateField, to: isoDateField }),
  /** Workshops' material accounts as of a day (default today) as a workbook. */
  'files:workshopMaterials': z.object({ unitCode: z.string().max(40).optional(), asOf: isoDateField.optional() }),
};

export interface ProductionOutputs {
  'purchases:list': PurchaseOrder[];
  'purchases:get': PurchaseOrder;
  'purchases:save': PurchaseOrder;
  'purchases:fromPlan': PurchaseOrder[];
  'purchases:setStatus': PurchaseOrder;
  'purchases:receive': PurchaseOrder;
  'deliveries:record': Delivery;
  'deliveries:list': Delivery[];
  'assignments:setStatus': { id: number; status: AssignmentStatus };
  'spk:issue': { issued: number; spks: SpkSheet[] };
  'spk:list': SpkSheet[];
  'advances:record': { id: number };
  'pieceRates:statement': PieceRateStatement[];
  'pay:issueSlips': PieceRateStatement[];
  'pay:slip': PieceRateStatement;
  'pay:correct': { id: number };
  'workshops:materials': WorkshopMaterialAccount[];
  'files:plan': MadeFile;
  'files:purchases': MadeFile;
  'files:deliveries': MadeFile;
  'files:pieceRates': MadeFile;
  'files:workshopMaterials': MadeFile;
}
