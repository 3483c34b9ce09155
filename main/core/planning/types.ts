import type { AssignmentReason, AssignmentStatus, CalendarPeriod, Fairness, LateReason } from '../../../shared/api/planning';

/** The knobs of a plan; named so a screen can show them and a test can change them. */
export interface PlanSettings {
  /** Days between the end of production and ship-by: QC, packing, stuffing. */
  qcDays: number;
  /** Smallest share of a line one workshop gets (or the whole remainder when smaller). */
  minLot: number;
  /** Open lines whose ship-by passed up to this many days ago are still planned (and reported late). */
  lookbackDays: number;
  /** Weeks ahead the plan and a promise may look. */
  horizonWeeks: number;
  /** Deliveries of this many days back set a workshop's reject rate. */
  rejectLookbackDays: number;
  /** The centre's working hours per worker per week: a workshop's people's time is workers × this. */
  workHoursPerWeek: number;
  /** Members' workshops first; a workshop no active member owns only for what they cannot finish in time. */
  membersFirst: boolean;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  qcDays: 7,
  minLot: 50,
  lookbackDays: 60,
  horizonWeeks: 104,
  rejectLookbackDays: 365,
  workHoursPerWeek: 40,
  membersFirst: true,
};

export type Grade = 'A' | 'B' | 'C' | null;

export interface UnitInfo {
  id: number;
  unitCode: string;
  name: string;
  grade: Grade;
  /** Owned by an active cooperative member (aktif today): served first, and fairness is owed to them. */
  isMember: boolean;
  /** The owning active member's number; null when no active member owns it. */
  memberNo: string | null;
  /** Active today and not removed. */
  isActive: boolean;
  monthlyCapacity: number;
  /** Pieces a month it offers the cooperative; null: all of its capacity. */
  offeredCapacity: number | null;
  workers: number;
  categories: string[];
  /** Rejected ÷ delivered pieces over the recent deliveries (0 without history). */
  rejectRate: number;
}

export interface ProductInfo {
  id: number;
  sku: string;
  categoryCode: string;
  /** Minutes of work one piece takes; 0: unknown, planned by pieces only. */
  labourMinutes: number;
}

/** An open order line (confirmed or in production). */
export interface LineInfo {
  orderLineId: number;
  orderNo: string;
  lineNo: number;
  productId: number;
  qty: number;
  shipBy: string;
  isExport: boolean;
}

export interface WeekQty {
  weekStart: string;
  qty: number;
}

/** An assignment the plan keeps: pinned, issued, in progress, done, or with deliveries. */
export interface KeptAssignment {
  id: number;
  orderLineId: number;
  unitId: number;
  qty: number;
  /** What it covers of its line: done ones count only accepted pieces (rejects are made again). */
  countedQty: number;
  start: string;
  end: string;
  isPinned: boolean;
  status: AssignmentStatus;
  weeks: WeekQty[];
  /** Labour minutes a piece of its product takes (0: unknown). */
  labourMinutes: number;
}

export interface BomItem {
  materialId: number;
  qtyPerUnit: number;
  wastePct: number;
}

export interface MaterialInfo {
  id: number;
  code: string;
  uom: string;
  purchaseUom: string | null;
  purchaseFactor: number;
  leadTimeDays: number;
  minOrderQty: number;
  safetyStock: number;
  unitCost: number;
  supplierName: string | null;
  onHand: number;
}

/** Purchase lines not yet received, in the material's unit. */
export interface OpenPurchase {
  materialId: number;
  expectedOn: string;
  qty: number;
}

/** Everything a plan reads, loaded once: the engine never touches the database. */
export interface PlanInput {
  today: string;
  units: UnitInfo[];
  products: ProductInfo[];
  lines: LineInfo[];
  kept: KeptAssignment[];
  calendar: Pick<CalendarPeriod, 'startsOn' | 'endsOn' | 'capacityPct'>[];
  bom: Map<number, BomItem[]>;
  materials: MaterialInfo[];
  openPurchases: OpenPurchase[];
}

/** An assignment the plan made (new) or kept, with the weeks it occupies. */
export interface PlanAssignment {
  keptId: number | null;
  orderLineId: number;
  orderNo: string;
  sku: string;
  productId: number;
  unitId: number;
  unitCode: string;
  memberNo: string | null;
  qty: number;
  /** Labour minutes of the whole assignment: qty × the product's labour minutes. */
  minutes: number;
  start: string;
  end: string;
  isPinned: boolean;
  status: AssignmentStatus;
  weeks: WeekQty[];
  reason: AssignmentReason;
}

export interface LateResult {
  orderLineId: number;
  orderNo: string;
  sku: string;
  shortQty: number;
  reason: LateReason;
}

/** Per week: pieces offered and planned, and the people's labour minutes offered and planned. */
export interface UnitWeekLoad {
  unitCode: string;
  capacity: number[];
  load: number[];
  capacityMinutes: number[];
  loadMinutes: number[];
}

export type { Fairness };
