import { z } from 'zod';
import { BOUNDS, idField, isoDateField, requiredText, unitPriceField } from '../domain/fields';

/** Why an order line cannot be finished in time (stable codes; the words are in i18n `plan.late`). */
export const LATE_REASONS = ['no-unit', 'ship-by-passed', 'no-time', 'no-capacity', 'assigned-late'] as const;
export type LateReason = (typeof LATE_REASONS)[number];
/** Why a prospective order cannot be promised (words in i18n `plan.promise`). */
export const PROMISE_REASONS = ['unknown-sku', 'no-unit', 'beyond-horizon'] as const;
export type PromiseReason = (typeof PROMISE_REASONS)[number];

export const ASSIGNMENT_STATUSES = ['planned', 'issued', 'in-progress', 'done', 'cancelled'] as const;
/** Work still to be made: what the plan's SPK count and the SPK view show first. */
export const OPEN_ASSIGNMENT_STATUSES = ['planned', 'issued', 'in-progress'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
/** Where an SPK's piece rate comes from: the product's rate, labour minutes × rate per minute, or the manager's own. */
export const RATE_BASES = ['product', 'minutes', 'manual'] as const;
export type RateBasis = (typeof RATE_BASES)[number];
export const CALENDAR_KINDS = ['holiday', 'lebaran', 'ramadan', 'overtime', 'other'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

const quantity = z.number({ error: 'invalid.notNumber' }).int({ error: 'invalid.notWhole' }).positive({ error: 'invalid.notPositive' }).max(BOUNDS.pieces, { error: 'invalid.tooLarge' });

/**
 * A stretch of days at reduced (or overtime) capacity; the lowest reduction wins where periods
 * overlap. The service refuses an end before the start (its words live in `plan.calendar`).
 */
export const calendarPeriodInput = z.object({
  id: idField.optional(),
  startsOn: isoDateField,
  endsOn: isoDateField,
  kind: z.enum(CALENDAR_KINDS),
  capacityPct: z.number().int({ error: 'invalid.notWhole' }).min(0, { error: 'invalid.negative' }).max(200, { error: 'invalid.tooLarge' }),
  name: requiredText(120),
});
export type CalendarPeriodValues = z.output<typeof calendarPeriodInput>;
export interface CalendarPeriod extends Omit<CalendarPeriodValues, 'id'> {
  id: number;
}

/**
 * Why the plan put an assignment where it did (stable codes with their figures; the words are in
 * i18n `plan.reason`, put together by `assignmentReasonText`):
 * - `member-share`: a member's workshop, the line split among members in proportion to free room;
 * - `member-rest`: what a split left over, to members' workshops that still had room;
 * - `non-member`: a workshop no active member owns, only because members' workshops are full until the line's deadline;
 * - `shared`: the centre does not serve members first; split among all in proportion to free room;
 * - `by-hand`: pinned or placed by a manager, kept exactly;
 * - `issued`: an SPK already issued (or in progress, done), kept.
 */
export const REASON_KINDS = ['member-share', 'member-rest', 'non-member', 'shared', 'by-hand', 'issued'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface AssignmentReason {
  kind: ReasonKind;
  /** Whole per cent of the order line's quantity. */
  sharePct: number;
  /** The workshop's highest load in the assignment's weeks, whole per cent of what it offers (pieces or people's time, whichever is fuller). */
  loadPct: number | null;
  /** Monday of that week. */
  loadWeek: string | null;
  /** Export lines go to grade A, then B workshops first: the grade that drew it, when it did. */
  grade: 'A' | 'B' | null;
  /** For `non-member`: the line's deadline, until which members' workshops are full. */
  fullUntil: string | null;
  /** The product has no labour minutes: planned by pieces only. */
  byPieces: boolean;
}

/** One workshop's share of an order line: made in the weeks from `start` (a Monday) and due by `end`. */
export interface PlannedAssignment {
  orderNo: string;
  sku: string;
  unitCode: string;
  /** The owning active member's number; null for a workshop no active member owns. */
  memberNo: string | null;
  qty: number;
  /** Labour minutes of the assignment: qty × the product's labour minutes (0 when it has none). */
  minutes: number;
  start: string;
  end: string;
  isPinned: boolean;
  status: AssignmentStatus;
  reason: AssignmentReason;
}

export interface LateLine {
  orderNo: string;
  sku: string;
  shortQty: number;
  reason: LateReason;
  /** The reason in the caller's language. */
  message: string;
}

/** Buy `qty` (in the material's own unit; `purchaseQty` whole `purchaseUom`) by `orderBy` to have it by `needBy`. */
export interface PurchaseSuggestion {
  materialCode: string;
  qty: number;
  uom: string;
  purchaseQty: number;
  purchaseUom: string;
  needBy: string;
  orderBy: string;
  late: boolean;
  supplierName: string | null;
  /** qty × unit cost, in the material's currency minor unit. */
  cost: number;
}

/** The suggestions one supplier would get as one purchase order. */
export interface SupplierPool {
  supplierName: string | null;
  orderBy: string;
  lines: number;
  lateLines: number;
  cost: number;
}

/**
 * How the work is spread among members: the load of each workshop an active member owns that
 * makes a category in demand, over the plan's weeks, as a share of what it offers (pieces or
 * people's time, whichever is fuller). `units` such workshops, `withWork` of them got work,
 * `lowest`/`highest`/`mean` load as shares (0.72 = 72 %); `cv` (coefficient of variation) and
 * `maxMinRatio` stay for the record, never shown bare.
 */
export interface Fairness {
  measure: 'member-load';
  units: number;
  withWork: number;
  lowest: number;
  highest: number;
  mean: number;
  cv: number;
  maxMinRatio: number | null;
  weeks: number;
}

export interface PlanResult {
  today: string;
  assignments: PlannedAssignment[];
  late: LateLine[];
  purchases: PurchaseSuggestion[];
  suppliers: SupplierPool[];
  fairness: Fairness;
  linesPlanned: number;
  /** SKUs of open lines whose product has no labour minutes: planned by pieces only. */
  byPieces: string[];
}

export type PromiseResult = { shipDate: string; reason?: undefined } | { shipDate: null; reason: PromiseReason; message: string };

/**
 * The heat map: one row per workshop, one column per week (Monday): pieces offered and planned,
 * and the people's labour minutes offered and planned (hours on screen).
 */
export interface PlanLoad {
  weeks: string[];
  units: {
    unitCode: string;
    name: string;
    grade: string | null;
    memberNo: string | null;
    capacity: number[];
    load: number[];
    capacityMinutes: number[];
    loadMinutes: number[];
  }[];
}

/** An SPK as stored; `reason` is null for work placed before plans gave reasons. */
export interface AssignmentRow extends Omit<PlannedAssignment, 'reason'> {
  reason: AssignmentReason | null;
  id: number;
  orderLineId: number;
  unitName: string;
  /** Rupiah per piece: kept since the SPK was issued, else what it would carry if issued now. */
  pieceRate: number;
  rateBasis: RateBasis;
  /** `SPK-2026-00001`, given when the SPK is issued; null while it is only planned. */
  spkNo: string | null;
  issuedOn: string | null;
  deliveredQty: number;
  rejectedQty: number;
}

export interface LastPlan extends Omit<PlanResult, 'assignments'> {
  runAt: string;
}

export const planInputs = {
  /** Re-plans every open order line, keeping pinned and issued assignments, and saves the plan. */
  'plan:run': z.object({ today: isoDateField.optional() }),
  /** What the last run said, without planning again (null before the first run). */
  'plan:last': z.object({}),
  /** The earliest ship date for a prospective order; changes nothing. */
  'plan:promise': z.object({
    today: isoDateField.optional(),
    lines: z.array(z.object({ sku: requiredText(40), qty: quantity })).min(1, { error: 'invalid.noLines' }).max(100),
  }),
  'plan:load': z.object({ from: isoDateField.optional(), weeks: z.number().int().min(1).max(104).default(26) }),
  'plan:assignments': z.object({
    orderNo: z.string().trim().max(40).optional(),
    unitCode: z.string().trim().max(40).optional(),
    status: z.enum(ASSIGNMENT_STATUSES).optional(),
    /** Only work still to be made (OPEN_ASSIGNMENT_STATUSES): a workshop's SPK, whatever its history. */
    open: z.boolean().optional(),
    limit: z.number().int().min(1).max(10_000).default(1000),
  }),
  'plan:pin': z.object({ assignmentId: idField, pinned: z.boolean() }),
  /**
   * A manager's own assignment: pinned, placed from the week of `start` in the unit's free pieces
   * and time; with `fromAssignmentId`, moved off that planned assignment of the line (whose split is then pinned).
   */
  'plan:assign': z.object({
    orderLineId: idField,
    unitCode: requiredText(40),
    qty: quantity,
    start: isoDateField,
    pieceRate: unitPriceField.optional(),
    fromAssignmentId: idField.optional(),
  }),
  'calendar:list': z.object({ from: isoDateField.optional(), to: isoDateField.optional() }),
  'calendar:save': calendarPeriodInput,
  'calendar:remove': z.object({ id: idField }),
};

export interface PlanningOutputs {
  'plan:run': PlanResult;
  'plan:last': LastPlan | null;
  'plan:promise': PromiseResult;
  'plan:load': PlanLoad;
  'plan:assignments': AssignmentRow[];
  'plan:pin': AssignmentRow;
  'plan:assign': AssignmentRow;
  'calendar:list': CalendarPeriod[];
  'calendar:save': CalendarPeriod;
  'calendar:remove': CalendarPeriod;
}
