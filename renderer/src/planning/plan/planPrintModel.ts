import type { AssignmentRow } from '../../../../shared/api/planning';

/** One workshop's open SPKs on the printed plan, with its subtotals. */
export interface WorkshopWork {
  unitCode: string;
  unitName: string;
  /** The owning active member's number; null for a workshop no active member owns. */
  memberNo: string | null;
  spks: AssignmentRow[];
  pieces: number;
  /** Labour minutes of its SPKs (0 where every product is planned by pieces). */
  minutes: number;
}

/** Whole working hours of labour minutes, as the SPK view shows an SPK's. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 60);
}

/**
 * The open SPKs as the plan screen lists them, grouped by workshop (by its code), each
 * workshop's SPKs by start week, then order and SKU. Nothing is figured afresh: the pieces and
 * minutes are the SPKs' own, only added up.
 */
export function workByWorkshop(open: readonly AssignmentRow[]): WorkshopWork[] {
  const byUnit = new Map<string, WorkshopWork>();
  for (const spk of open) {
    const unit = byUnit.get(spk.unitCode) ?? { unitCode: spk.unitCode, unitName: spk.unitName, memberNo: spk.memberNo, spks: [], pieces: 0, minutes: 0 };
    unit.spks.push(spk);
    unit.pieces += spk.qty;
    unit.minutes += spk.minutes;
    byUnit.set(spk.unitCode, unit);
  }
  const units = [...byUnit.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  for (const unit of units) {
    unit.spks.sort((a, b) => a.start.localeCompare(b.start) || a.orderNo.localeCompare(b.orderNo) || a.sku.localeCompare(b.sku) || a.id - b.id);
  }
  return units;
}
