import { buildCalendar, dayNumber, weekIndex, type WorkCalendar } from './calendar';
import { consume, newCapacityBook, type CapacityBook } from './capacity';
import type { PlanInput, PlanSettings, ProductInfo } from './types';

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

export function buildScene(input: PlanInput, settings: PlanSettings): Scene {
  const calendar = buildCalendar(input.calendar, input.today, settings.horizonWeeks);
  const book = newCapacityBook(calendar, input.units.map((u) => (u.isActive ? u.monthlyCapacity : 0)));
  const unitIndex = new Map(input.units.map((u, i) => [u.id, i]));
  const makers = new Map<string, number[]>();
  input.units.forEach((unit, i) => {
    if (!unit.isActive || unit.monthlyCapacity <= 0) return;
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
    for (const week of kept.weeks) consume(book, unit, weekIndex(calendar, dayNumber(week.weekStart)), week.qty);
  }
  return {
    input,
    settings,
    today: dayNumber(input.today),
    calendar,
    book,
    unitIndex,
    products: new Map(input.products.map((p) => [p.id, p])),
    productsBySku: new Map(input.products.map((p) => [p.sku.toUpperCase(), p])),
    makers,
    leadDays,
  };
}

/** Utilisation so far: what the ranking of "least busy first" reads. */
export function utilisation(book: CapacityBook, unit: number): number {
  return book.capacityTotal[unit] > 0 ? book.usedTotal[unit] / book.capacityTotal[unit] : 1;
}
