import type { Db } from '../db/connection';
import { dateOfDay, dayNumber, domesticSeason, isRainySeason, yearBefore } from './calendar';
import { MATERIALS, stockPolicy, toStep, type MaterialSpec } from './materials-data';
import { PRODUCTS } from './products-data';
import type { Random } from './random';
import { recipe } from './recipes';

/** A workshop that can draw material: active all through the ledger's year. */
export interface Workshop {
  id: number;
  categories: readonly string[];
}

interface Movement {
  day: number;
  kind: 'opening' | 'receipt' | 'issue' | 'return' | 'adjustment';
  delta: number;
  unitId: number | null;
  note: string | null;
}

const round = (qty: number) => Math.round(qty * 10_000) / 10_000;
const floorStep = (qty: number, step: number) => round(Math.floor(qty / step + 1e-9) * step);

/** Which product categories use each material, so that leather goes to leather workshops. */
function categoriesByMaterial(): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const spec of PRODUCTS) {
    for (const line of recipe(spec)) {
      const set = uses.get(line.materialCode) ?? new Set<string>();
      set.add(spec.category);
      uses.set(line.materialCode, set);
    }
  }
  return uses;
}

/**
 * One material's year: workshops draw from the cooperative's store several times a week, more
 * before Lebaran; when stock plus what is on order falls to the reorder point the cooperative
 * buys whole hides, rolls or cones, which arrive after the supplier's lead time (leather later
 * in the rainy season). An issue never takes more than is on the shelf, so stock stays >= 0.
 */
function simulate(random: Random, spec: MaterialSpec, workshops: readonly Workshop[], from: string, today: string): Movement[] {
  const policy = stockPolicy(spec);
  const wholeUnits = (qty: number) => Math.ceil(qty / spec.purchaseFactor - 1e-9) * spec.purchaseFactor;
  let balance = toStep(wholeUnits(policy.reorderPoint + spec.monthlyUse * (0.6 + random.next() * 0.6)), spec.step);
  const movements: Movement[] = [{ day: dayNumber(from), kind: 'opening', delta: balance, unitId: null, note: 'Saldo awal' }];
  const arrivals: { day: number; qty: number }[] = [];
  // What each workshop holds of the material: a return never exceeds it.
  const held = new Map<number, number>();
  const perIssue = spec.monthlyUse / 10;
  for (let day = dayNumber(from) + 1; day <= dayNumber(today); day++) {
    const date = dateOfDay(day);
    // Sunday: the store is shut.
    if (new Date(day * 86_400_000).getUTCDay() === 0) continue;
    for (const arrival of arrivals.filter((a) => a.day === day)) {
      balance = round(balance + arrival.qty);
      movements.push({ day, kind: 'receipt', delta: arrival.qty, unitId: null, note: null });
    }
    if (random.chance(Math.min(0.95, (10 / 25) * domesticSeason(date)))) {
      const qty = Math.min(toStep(perIssue * (0.5 + random.next()), spec.step), floorStep(balance, spec.step));
      if (qty > 0 && workshops.length > 0) {
        const unitId = random.pick(workshops).id;
        held.set(unitId, round((held.get(unitId) ?? 0) + qty));
        balance = round(balance - qty);
        movements.push({ day, kind: 'issue', delta: -qty, unitId, note: null });
      }
    }
    // Offcuts and unused lining sometimes come back from a workshop.
    if (held.size > 0 && random.chance(0.01)) {
      const unitId = random.pick([...held.keys()]);
      const qty = Math.min(toStep(perIssue * 0.1, spec.step), floorStep(held.get(unitId) ?? 0, spec.step));
      if (qty > 0) {
        held.set(unitId, round((held.get(unitId) ?? 0) - qty));
        balance = round(balance + qty);
        movements.push({ day, kind: 'return', delta: qty, unitId, note: 'Sisa bahan dikembalikan' });
      }
    }
    const onOrder = arrivals.filter((a) => a.day > day).reduce((sum, a) => sum + a.qty, 0);
    if (balance + onOrder <= policy.reorderPoint) {
      const qty = toStep(Math.max(policy.minOrderQty, wholeUnits(spec.monthlyUse * (0.8 + random.next() * 0.5))), spec.step);
      const slow = spec.category === 'kulit' && isRainySeason(date) ? 1.5 : 1;
      arrivals.push({ day: day + Math.max(1, Math.round(spec.leadTimeDays * slow * (0.8 + random.next() * 0.4))), qty });
    }
    // The year-end stock count finds small differences; a shortfall never exceeds the shelf.
    if (date.endsWith('-12-31') && random.chance(0.3)) {
      const delta = random.chance(0.6) ? -Math.min(spec.step * random.int(1, 5), floorStep(balance, spec.step)) : spec.step * random.int(1, 3);
      if (delta !== 0) {
        balance = round(balance + delta);
        movements.push({ day, kind: 'adjustment', delta: round(delta), unitId: null, note: 'Stock opname akhir tahun: selisih hitung' });
      }
    }
  }
  return movements;
}

/** Writes the ledger of every material from a year before today; returns the row count. */
export function writeStock(
  db: Db, random: Random, materialIds: ReadonlyMap<string, number>, workshops: readonly Workshop[], today: string, now: string,
): number {
  const insert = db.prepare('INSERT INTO stock_movement (material_id, moved_on, kind, delta, unit_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const uses = categoriesByMaterial();
  const from = yearBefore(today);
  let count = 0;
  for (const spec of MATERIALS) {
    const materialId = materialIds.get(spec.code);
    if (materialId === undefined) continue;
    const categories = uses.get(spec.code) ?? new Set<string>();
    const suited = workshops.filter((w) => w.categories.some((c) => categories.has(c)));
    for (const m of simulate(random, spec, suited.length > 0 ? suited : workshops, from, today)) {
      insert.run(materialId, dateOfDay(m.day), m.kind, m.delta, m.unitId, m.note, now);
      count++;
    }
  }
  return count;
}
