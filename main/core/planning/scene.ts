import { buildCalendar, dayNumber, weekIndex, type WorkCalendar } from './calendar';
import { consume, newCapacityBook, type CapacityBook } from './capacity';
import type { PlanInput, PlanSettings, ProductInfo, UnitInfo } from './types';

/**
 * The plain data of a plan arranged for quick lookups: units by index, the workshops able to make
 * each category, each product's longest material lead time, and the capacity book with the kept
 * assignments already in it. Built once per plan or promise.
 */
export interface Scene {
  input: PlanInput;
  settings: PlanSettings;
  today: number;
  calendar: WorkCalendar;
  book: CapacityBook;
  unitIndex: Map<number, number>;
  products: Map<number, ProductInfo>;
  productsBySku: Map<string, ProductInfo>;
  /** Active workshops with capacity, by category code (indexes into input.units). */
  makers: Map<string, number[]>;
  /** Longest lead time among a product's materials, in days. */
  leadDays: Map<number, number>;
}

/**
 * What a workshop offers in a normal week: the pieces it offers the cooperative (all of its
 * capacity unless it says less), and its people's time in the same proportion (workers × the
 * centre's hours × 60 minutes): a workshop keeping half its capacity for its own buyers keeps
 * half its people too. A dormant workshop offers nothing.
 */
export function weeklyOffer(unit: UnitInfo, settings: PlanSettings): { monthlyPieces: number; minutes: number } {
  if (!unit.isActive) return { monthlyPieces: 0, minutes: 0 };
  const offered = unit.offeredCapacity === null ? unit.monthlyCapacity : Math.min(unit.offeredCapacity, unit.monthlyCapacity);
  const share = unit.monthlyCapacity > 0 ? offered / unit.monthlyCapacity : 0;
  return { monthlyPieces: offered, minutes: unit.workers * settings.workHoursPerWeek * 60 * share };
}

/** Fewest labour minutes a piece of an open line takes (0 when one has none): see CapacityBook.smallestStep. */
function smallestStep(input: PlanInput, products: Map<number, ProductInfo>): number {
  let step = Infinity;
  for (const line of input.lines) step = Math.min(step, products.get(line.productId)?.labourMinutes ?? 0);
  return Number.isFinite(step) ? step : 0;
}

export function buildScene(input: PlanInput, settings: PlanSettings): Scene {
  const calendar = buildCalendar(input.calendar, input.today, settings.horizonWeeks);
  const products = new Map(input.products.map((p) => [p.id, p]));
  const offers = input.units.map((u) => weeklyOffer(u, settings));
  const book = newCapacityBook(calendar, offers.map((o) => o.monthlyPieces), offers.map((o) => o.minutes), smallestStep(input, products));
  const unitIndex = new Map(input.units.map((u, i) => [u.id, i]));
  const makers = new Map<string, number[]>();
  input.units.forEach((unit, i) => {
    if (offers[i].monthlyPieces <= 0) return;
    for (const category of unit.categories) {
      const list = makers.get(category) ?? [];
      list.push(i);
      makers.set(category, list);
    }
  });
  const leadByMaterial = new Map(input.materials.map((m) => [m.id, m.leadTimeDays]));
  const leadDays = new Map<number, number>();
  for (const [productId, items] of input.bom) {
    leadDays.set(productId, Math.max(0, ...items.map((item) => leadByMaterial.get(item.materialId) ?? 0)));
  }
  for (const kept of input.kept) {
    const unit = unitIndex.get(kept.unitId);
    if (unit === undefined) continue;
    for (const week of kept.weeks) consume(book, unit, weekIndex(calendar, dayNumber(week.weekStart)), week.qty, kept.labourMinutes);
  }
  return {
    input,
    settings,
    today: dayNumber(input.today),
    calendar,
    book,
    unitIndex,
    products,
    productsBySku: new Map(input.products.map((p) => [p.sku.toUpperCase(), p])),
    makers,
    leadDays,
  };
}

/** Utilisation so far, of pieces or people's time whichever is fuller: what the ranking of "least busy first" reads. */
export function utilisation(book: CapacityBook, unit: number): number {
  const pieces = book.capacityTotal[unit] > 0 ? book.usedTotal[unit] / book.capacityTotal[unit] : 1;
  const minutes = book.minutesTotal[unit] > 0 ? book.usedMinutesTotal[unit] / book.minutesTotal[unit] : book.usedMinutesTotal[unit] > 0 ? 1 : 0;
  return Math.max(pieces, minutes);
}
