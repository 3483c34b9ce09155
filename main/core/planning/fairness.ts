import type { Fairness } from '../../../shared/api/planning';
import { dayNumber, weekIndex, weekStart } from './calendar';
import { capacityOf } from './capacity';
import type { Scene } from './scene';
import type { UnitWeekLoad } from './types';

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The last week any open line may use: the plan's weeks run from this week to it. */
export function lastPlanWeek(scene: Scene): number {
  let last = -1;
  for (const line of scene.input.lines) {
    const finishBy = dayNumber(line.shipBy) - scene.settings.qcDays;
    last = Math.max(last, Math.min(scene.calendar.weeks - 1, weekIndex(scene.calendar, finishBy)));
  }
  return last;
}

/**
 * Utilisation (load ÷ capacity over the plan's weeks) of each active member-owned workshop that
 * makes a category some open line asks for, summarised as its coefficient of variation and the
 * ratio of the busiest to the idlest. Workshops of categories nobody ordered are left out: their
 * idleness says nothing about how fairly the orders were shared.
 */
export function fairnessOf(scene: Scene): Fairness {
  const last = lastPlanWeek(scene);
  const demanded = new Set<string>();
  for (const line of scene.input.lines) {
    const product = scene.products.get(line.productId);
    if (product) demanded.add(product.categoryCode);
  }
  const rates: number[] = [];
  scene.input.units.forEach((unit, u) => {
    if (!unit.isActive || !unit.isMember || !unit.categories.some((c) => demanded.has(c))) return;
    let load = 0;
    let capacity = 0;
    for (let w = 0; w <= last; w++) {
      load += scene.book.used[u * scene.calendar.weeks + w];
      capacity += capacityOf(scene.book, u, w);
    }
    if (capacity > 0) rates.push(load / capacity);
  });
  if (rates.length === 0) return { measure: 'utilisation-cv', units: 0, mean: 0, cv: 0, maxMinRatio: null, weeks: last + 1 };
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const variance = rates.reduce((sum, r) => sum + (r - mean) ** 2, 0) / rates.length;
  const min = Math.min(...rates);
  return {
    measure: 'utilisation-cv',
    units: rates.length,
    mean: round4(mean),
    cv: mean > 0 ? round4(Math.sqrt(variance) / mean) : 0,
    maxMinRatio: min > 0 ? round4(Math.max(...rates) / min) : null,
    weeks: last + 1,
  };
}

/** Pieces planned and offered per workshop and week, for the heat map. */
export function loadTable(scene: Scene, firstWeek: number, weeks: number): { weeks: string[]; load: UnitWeekLoad[] } {
  const span = Array.from({ length: Math.max(0, Math.min(weeks, scene.calendar.weeks - firstWeek)) }, (_, i) => firstWeek + i);
  const load: UnitWeekLoad[] = [];
  scene.input.units.forEach((unit, u) => {
    const capacity = span.map((w) => capacityOf(scene.book, u, w));
    const used = span.map((w) => scene.book.used[u * scene.calendar.weeks + w]);
    if (capacity.some((c) => c > 0) || used.some((q) => q > 0)) load.push({ unitCode: unit.unitCode, capacity, load: used });
  });
  return { weeks: span.map((w) => weekStart(scene.calendar, w)), load };
}
