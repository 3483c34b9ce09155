import type { Db } from '../platform/db/connection';
import { dateOfDay, dayNumber, isRainySeason, yearBefore } from './calendar';
import { MATERIALS, stockPolicy, toStep, type MaterialSpec } from './materials-data';
import type { DemoSpk } from './production-deliveries';
import type { Random } from './random';
import { storeDemand, type StoreMove } from './store-issues';

/** One material's part of the store's plan: issues and returns by day number. */
interface MaterialDemand {
  issues?: Map<number, StoreMove[]>;
  returns?: Map<number, StoreMove[]>;
}

interface Movement {
  day: number;
  kind: 'opening' | 'receipt' | 'issue' | 'return' | 'adjustment';
  delta: number;
  unitId: number | null;
  note: string | null;
}

const isSunday = (day: number) => new Date(day * 86_400_000).getUTCDay() === 0;
const round = (qty: number) => Math.round(qty * 10_000) / 10_000;
const floorStep = (qty: number, step: number) => round(Math.floor(qty / step + 1e-9) * step);

/**
 * One material's year: the store hands each SPK's material to its workshop (`demand`); when the
 * shelf plus what is on order, less the issues due within the lead time, falls to the reorder
 * point, the cooperative buys whole hides, rolls or cones for them and a month beyond, which
 * arrive after the supplier's lead time (leather later in the rainy season). An issue never takes
 * more than is on the shelf, so stock stays >= 0: the rest follows when the goods arrive.
 */
function simulate(random: Random, spec: MaterialSpec, demand: MaterialDemand, from: string, today: string): Movement[] {
  const policy = stockPolicy(spec);
  const wholeUnits = (qty: number) => Math.ceil(qty / spec.purchaseFactor - 1e-9) * spec.purchaseFactor;
  const first = dayNumber(from);
  const last = dayNumber(today);
  // What the issue plan calls for from each day on, to look ahead over a lead time in one subtraction.
  const ahead = new Float64Array(last - first + 3);
  for (let day = last; day >= first; day--) {
    ahead[day - first] = ahead[day - first + 1] + (demand.issues?.get(day) ?? []).reduce((sum, move) => sum + move.qty, 0);
  }
  const within = (fromDay: number, days: number) => ahead[Math.min(fromDay, last + 1) - first] - ahead[Math.min(fromDay + days, last + 1) - first];
  const leadTime = (date: string) => Math.max(1, Math.round(spec.leadTimeDays * (spec.category === 'kulit' && isRainySeason(date) ? 1.5 : 1)));
  let balance = toStep(wholeUnits(policy.reorderPoint + within(first, leadTime(from) * 2 + 14) + spec.monthlyUse * (0.3 + random.next() * 0.3)), spec.step);
  const movements: Movement[] = [{ day: first, kind: 'opening', delta: balance, unitId: null, note: 'Saldo awal' }];
  const arrivals: { day: number; qty: number }[] = [];
  const waiting: StoreMove[] = [];
  let waitingQty = 0;
  let head = 0;
  let planned = first - 1;
  for (let day = first + 1; day <= last; day++) {
    const date = dateOfDay(day);
    // Sunday: the store is shut; what falls due waits for Monday.
    if (isSunday(day)) continue;
    for (const arrival of arrivals) {
      if (arrival.day !== day) continue;
      balance = round(balance + arrival.qty);
      movements.push({ day, kind: 'receipt', delta: arrival.qty, unitId: null, note: null });
    }
    for (; planned <= day; planned++) {
      for (const move of demand.issues?.get(planned) ?? []) {
        waiting.push({ ...move });
        waitingQty += move.qty;
      }
    }
    while (head < waiting.length) {
      const move = waiting[head];
      const qty = Math.min(round(move.qty), floorStep(balance, issueStep(spec)));
      if (qty <= 0) break;
      balance = round(balance - qty);
      waitingQty -= qty;
      movements.push({ day, kind: 'issue', delta: -qty, unitId: move.unitId, note: null });
      move.qty = round(move.qty - qty);
      if (move.qty <= 0) head++;
    }
    // Offcuts and unused lining come back once the work is handed in.
    for (const move of demand.returns?.get(day) ?? []) {
      balance = round(balance + move.qty);
      movements.push({ day, kind: 'return', delta: move.qty, unitId: move.unitId, note: 'Sisa bahan dikembalikan' });
    }
    const onOrder = arrivals.filter((a) => a.day > day).reduce((sum, a) => sum + a.qty, 0);
    const lead = leadTime(date);
    const due = within(day + 1, Math.round(lead * 1.2) + 7) + Math.max(0, waitingQty);
    if (balance + onOrder - due <= policy.reorderPoint) {
      const want = due + within(day + Math.round(lead * 1.2) + 8, 30) + spec.monthlyUse * (0.3 + random.next() * 0.3);
      const qty = toStep(Math.max(policy.minOrderQty, wholeUnits(want)), spec.step);
      const arrives = day + Math.max(1, Math.round(lead * (0.8 + random.next() * 0.4)));
      // The store is shut on Sundays: goods due then come on the Monday (a Sunday arrival was never received).
      arrivals.push({ day: isSunday(arrives) ? arrives + 1 : arrives, qty });
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

/**
 * The store counts out what an SPK needs: whole pieces, sets and pairs, whole square feet, half
 * metres, thread by 50 m and glue by 0,1 kg. It buys and counts stock in the coarser `step`.
 */
function issueStep(spec: MaterialSpec): number {
  if (spec.uom === 'm') return spec.step >= 50 ? 50 : 0.5;
  if (spec.uom === 'kg') return 0.1;
  return 1;
}

/** Writes the ledger of every material from a year before today, with its issues to the SPKs' workshops; returns the row count. */
export function writeStock(
  db: Db, random: Random, materialIds: ReadonlyMap<string, number>, spks: readonly DemoSpk[], options: { today: string; now: string; isWeekly: boolean },
): number {
  const { today, now } = options;
  const insert = db.prepare('INSERT INTO stock_movement (material_id, moved_on, kind, delta, unit_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const from = yearBefore(today);
  const steps = new Map<number, { step: number; isCut: boolean }>();
  for (const spec of MATERIALS) {
    const id = materialIds.get(spec.code);
    if (id !== undefined) steps.set(id, { step: issueStep(spec), isCut: spec.category === 'kulit' || spec.category === 'kulit-sintetis' || spec.category === 'lining' });
  }
  const demand = storeDemand(db, random, spks, steps, { up: toStep, down: floorStep }, options.isWeekly);
  let count = 0;
  for (const spec of MATERIALS) {
    const materialId = materialIds.get(spec.code);
    if (materialId === undefined) continue;
    const flows = { issues: demand.issues.get(materialId), returns: demand.returns.get(materialId) };
    for (const m of simulate(random, spec, flows, from, today)) {
      insert.run(materialId, dateOfDay(m.day), m.kind, m.delta, m.unitId, m.note, now);
      count++;
    }
  }
  return count;
}
