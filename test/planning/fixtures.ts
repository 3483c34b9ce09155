import { dayNumber, weekIndex } from '../../main/core/planning/calendar';
import { capacityOf, type CapacityBook } from '../../main/core/planning/capacity';
import type { EngineResult } from '../../main/core/planning/engine';
import type { BomItem, KeptAssignment, LineInfo, MaterialInfo, PlanInput, UnitInfo } from '../../main/core/planning/types';

/** 23 November 2026 is a Monday: week 0 of every plan below. */
export const TODAY = '2026-11-23';

/** A bag workshop of 6 workers, 520 pieces a month (120 a full week), owned by active member INT-<id> unless `isMember: false`. */
export function unit(id: number, values: Partial<UnitInfo> = {}): UnitInfo {
  const isMember = values.isMember ?? true;
  return {
    id,
    unitCode: `U${String(id).padStart(3, '0')}`,
    name: `Unit ${id}`,
    grade: 'B',
    isMember,
    memberNo: isMember ? `INT-${id}` : null,
    isActive: true,
    monthlyCapacity: 520,
    offeredCapacity: null,
    workers: 6,
    categories: ['tas'],
    rejectRate: 0,
    ...values,
  };
}

let nextLine = 1;
export function line(shipBy: string, qty: number, values: Partial<LineInfo> = {}): LineInfo {
  const id = nextLine++;
  return { orderLineId: id, orderNo: `SO-${String(id).padStart(4, '0')}`, lineNo: 1, productId: 1, qty, shipBy, isExport: false, ...values };
}

export function material(id: number, values: Partial<MaterialInfo> = {}): MaterialInfo {
  return {
    id,
    code: `M${id}`,
    uom: 'sqft',
    purchaseUom: null,
    purchaseFactor: 1,
    leadTimeDays: 0,
    minOrderQty: 0,
    safetyStock: 0,
    unitCost: 0,
    supplierName: 'Penyamakan Magetan',
    onHand: 0,
    ...values,
  };
}

/**
 * A centre making bags (product 1, category tas), wallets (product 2, category dompet) and
 * suitcases (product 3), all without labour minutes (planned by pieces) unless a test says so.
 */
export function input(values: Partial<PlanInput> = {}): PlanInput {
  return {
    today: TODAY,
    units: [unit(1)],
    products: [
      { id: 1, sku: 'TAS-01', categoryCode: 'tas', labourMinutes: 0 },
      { id: 2, sku: 'DOM-01', categoryCode: 'dompet', labourMinutes: 0 },
      { id: 3, sku: 'KOP-01', categoryCode: 'koper', labourMinutes: 0 },
    ],
    lines: [],
    kept: [],
    calendar: [],
    bom: new Map<number, BomItem[]>(),
    materials: [],
    openPurchases: [],
    ...values,
  };
}

/** A kept assignment (pinned unless said otherwise) of one week. */
export function keptWeek(id: number, orderLineId: number, unitId: number, weekStart: string, qty: number, values: Partial<KeptAssignment> = {}): KeptAssignment {
  return { id, orderLineId, unitId, qty, countedQty: qty, start: weekStart, end: weekStart, isPinned: true, status: 'planned', weeks: [{ weekStart, qty }], labourMinutes: 0, ...values };
}

/** Pieces per unit code and week start, summed over every assignment of a plan. */
export function loadByUnitWeek(result: EngineResult): Map<string, number> {
  const load = new Map<string, number>();
  for (const a of result.assignments) {
    for (const w of a.weeks) load.set(`${a.unitCode} ${w.weekStart}`, (load.get(`${a.unitCode} ${w.weekStart}`) ?? 0) + w.qty);
  }
  return load;
}

export function weekCapacity(book: CapacityBook, unitIndex: number, weekStart: string): number {
  return capacityOf(book, unitIndex, weekIndex(book.calendar, dayNumber(weekStart)));
}

export function qtyByUnit(result: EngineResult): Map<string, number> {
  const totals = new Map<string, number>();
  for (const a of result.assignments) totals.set(a.unitCode, (totals.get(a.unitCode) ?? 0) + a.qty);
  return totals;
}
