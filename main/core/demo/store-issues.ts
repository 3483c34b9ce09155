import type { Db } from '../platform/db/connection';
import { dayNumber } from './calendar';
import type { DemoSpk } from './production-deliveries';
import type { Random } from './random';

/** Material handed to (or brought back by) one workshop on one day. */
export interface StoreMove {
  unitId: number;
  qty: number;
}

/** Per material id, per day number: the issues the SPKs call for and the offcuts that come back. */
export interface StoreDemand {
  issues: Map<number, Map<number, StoreMove[]>>;
  returns: Map<number, Map<number, StoreMove[]>>;
}

interface BomItem {
  materialId: number;
  qtyPerUnit: number;
  wastePct: number;
}

/** The store is shut on Sundays: an issue due then is made on the Saturday, a return on the Monday. */
function openDay(day: number, direction: -1 | 1): number {
  return new Date(day * 86_400_000).getUTCDay() === 0 ? day + direction : day;
}

/** One workshop's move per material and day: a second SPK the same day adds to it (found by key, not by search). */
function add(map: Map<number, Map<number, StoreMove[]>>, index: Map<string, StoreMove>, materialId: number, day: number, unitId: number, qty: number): void {
  const key = `${materialId}|${day}|${unitId}`;
  const same = index.get(key);
  if (same) {
    same.qty += qty;
    return;
  }
  let days = map.get(materialId);
  if (!days) map.set(materialId, (days = new Map()));
  const move = { unitId, qty };
  index.set(key, move);
  const moves = days.get(day);
  if (moves) moves.push(move);
  else days.set(day, [move]);
}

/**
 * What the store hands out: each SPK's material by the bill of materials, net ÷ (1 − waste) as
 * the planner issues it, to the workshop holding the SPK on its first day, with a little extra
 * leather and lining for the cutter (0–4 %). After the last lot is handed in, a workshop now and
 * then brings the whole units it has left back to the store. `round` rounds to the material's step.
 * At the stress scale the store hands out once a week, on the Monday, for the week's SPKs.
 */
export function storeDemand(
  db: Db, random: Random, spks: readonly DemoSpk[], steps: ReadonlyMap<number, { step: number; isCut: boolean }>,
  round: { up: (qty: number, step: number) => number; down: (qty: number, step: number) => number }, isWeekly: boolean,
): StoreDemand {
  const bom = new Map<number, BomItem[]>();
  const rows = db.prepare('SELECT product_id AS productId, material_id AS materialId, qty_per_unit AS qtyPerUnit, waste_pct AS wastePct FROM bom_line').all() as (BomItem & {
    productId: number;
  })[];
  for (const { productId, ...item } of rows) bom.set(productId, [...(bom.get(productId) ?? []), item]);
  const demand: StoreDemand = { issues: new Map(), returns: new Map() };
  // Issues and returns merge by key each in their own list: a return must never add to an issue of the same day.
  const issueIndex = new Map<string, StoreMove>();
  const returnIndex = new Map<string, StoreMove>();
  for (const spk of spks) {
    const start = dayNumber(spk.start);
    const issueDay = isWeekly ? start - ((new Date(start * 86_400_000).getUTCDay() + 6) % 7) : openDay(start, -1);
    for (const item of bom.get(spk.productId) ?? []) {
      const material = steps.get(item.materialId);
      if (!material) continue;
      const need = (spk.qty * item.qtyPerUnit) / (1 - item.wastePct / 100);
      const issued = round.up(need * (material.isCut ? 1 + random.next() * 0.04 : 1), material.step);
      if (issued <= 0) continue;
      add(demand.issues, issueIndex, item.materialId, issueDay, spk.unitId, issued);
      const used = (spk.deliveredQty * item.qtyPerUnit) / (1 - item.wastePct / 100);
      const left = round.down(issued - used, material.step);
      if (spk.deliveredQty >= spk.qty && spk.lastDelivery !== null && left > 0 && random.chance(0.4)) {
        add(demand.returns, returnIndex, item.materialId, openDay(dayNumber(spk.lastDelivery) + random.int(0, 3), 1), spk.unitId, left);
      }
    }
  }
  return demand;
}
