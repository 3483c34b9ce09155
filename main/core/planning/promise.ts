import type { PromiseReason } from '../../../shared/api/planning';
import { dayNumber, isoDay, weekIndex, weekShare, WORKING_DAYS_PER_WEEK } from './calendar';
import { consume, usable, type CapacityBook } from './capacity';
import { materialsReady } from './mrp';
import type { Scene } from './scene';

export type PromiseOutcome = { shipDate: string } | { shipDate: null; reason: PromiseReason; sku: string };

/**
 * The day `qty` pieces could be finished from `fromDay` on in the spare capacity of `makers`,
 * taking that capacity (in the copy of the book the promise works on); null beyond the horizon.
 */
function earliestFinish(book: CapacityBook, makers: number[], fromDay: number, qty: number, minutesPerPiece: number): number | null {
  const calendar = book.calendar;
  let left = qty;
  for (let w = Math.max(0, weekIndex(calendar, fromDay)); w < calendar.weeks; w++) {
    const spare = makers.map((u) => usable(book, u, w, fromDay, undefined, minutesPerPiece));
    const total = spare.reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    const take = Math.min(left, total);
    let toTake = take;
    makers.forEach((u, i) => {
      const part = Math.min(toTake, spare[i]);
      consume(book, u, w, part, minutesPerPiece);
      toTake -= part;
    });
    if (take < left) {
      left -= take;
      continue;
    }
    // Within the last week, the day by which the working days' share of its spare covers the rest.
    const target = (weekShare(calendar, w, fromDay) * left) / total;
    const monday = calendar.firstMonday + w * 7;
    let done = 0;
    for (let day = Math.max(monday, fromDay); day < monday + 7; day++) {
      done += calendar.dayFactor[day - calendar.firstMonday] / WORKING_DAYS_PER_WEEK;
      if (done >= target - 1e-9) return day;
    }
    return monday + 5;
  }
  return null;
}

/**
 * The earliest ship date for a prospective order on top of the current plan: each line starts
 * when its materials can be in hand (today from uncommitted stock, else after the lead time),
 * takes the spare capacity of every active workshop making its category, week by week, and ships
 * QC days after its last piece. The plan itself is not touched: the promise works on copies.
 */
export function promiseShipDate(scene: Scene, uncommitted: Map<number, number>, lines: { sku: string; qty: number }[]): PromiseOutcome {
  const found = lines.map((line) => ({ ...line, product: scene.productsBySku.get(line.sku.trim().toUpperCase()) }));
  const unknown = found.find((line) => !line.product);
  if (unknown) return { shipDate: null, reason: 'unknown-sku', sku: unknown.sku };
  const unmade = found.find((line) => (scene.makers.get(line.product?.categoryCode ?? '') ?? []).length === 0);
  if (unmade) return { shipDate: null, reason: 'no-unit', sku: unmade.sku };

  const { book: plan } = scene;
  const book: CapacityBook = {
    ...plan,
    used: plan.used.slice(),
    usedTotal: plan.usedTotal.slice(),
    usedMinutes: plan.usedMinutes.slice(),
    usedMinutesTotal: plan.usedMinutesTotal.slice(),
    firstOpen: plan.firstOpen.slice(),
  };
  const stock = new Map(uncommitted);
  const materials = new Map(scene.input.materials.map((m) => [m.id, m]));
  let ship = scene.today;
  for (const line of found) {
    if (!line.product) continue;
    const ready = materialsReady(scene.input.today, line.product.id, line.qty, scene.input.bom, materials, stock);
    const finish = earliestFinish(book, scene.makers.get(line.product.categoryCode) ?? [], dayNumber(ready), line.qty, line.product.labourMinutes);
    if (finish === null) return { shipDate: null, reason: 'beyond-horizon', sku: line.sku };
    ship = Math.max(ship, finish + scene.settings.qcDays);
  }
  return { shipDate: isoDay(ship) };
}
