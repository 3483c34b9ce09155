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
 * The spread of work among members: the load of each workshop an active member owns that makes a
 * category some open line asks for, over the plan's weeks, against what it offers (pieces or
 * people's time, whichever is fuller). Workshops of categories nobody ordered are left out: their
 * idleness says nothing about how fairly the orders were shared.
 */
export function fairnessOf(scene: Scene): Fairness {
  const last = lastPlanWeek(scene);
  const demanded = new Set<string>();
  for (const line of scene.input.lines) {
    const product = scene.products.get(line.productId);
    if (product) demanded.add(product.categoryCode);
  }
  const { book } = scene;
  const rates: number[] = [];
  scene.input.units.forEach((unit, u) => {
    if (!unit.isActive || !unit.isMember || !unit.categories.some((c) => demanded.has(c))) return;
    let load = 0;
    let capacity = 0;
    let loadMinutes = 0;
    let capacityMinutes = 0;
    for (let w = 0; w <= last; w++) {
      const cell = u * book.weeks + w;
      load += book.used[cell];
      capacity += book.full[cell];
      loadMinutes += book.usedMinutes[cell];
      capacityMinutes += book.fullMinutes[cell];
    }
    if (capacity > 0) rates.push(Math.max(load / capacity, capacityMinutes > 0 ? loadMinutes / capacityMinutes : 0));
  });
  const empty: Fairness = { measure: 'member-load', units: 0, withWork: 0, lowest: 0, highest: 0, mean: 0, cv: 0, maxMinRatio: null, weeks: last + 1 };
  if (rates.length === 0) return empty;
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const variance = rates.reduce((sum, r) => sum + (r - mean) ** 2, 0) / rates.length;
  const lowest = Math.min(...rates);
  const highest = Math.max(...rates);
  return {
    ...empty,
    units: rates.length,
    withWork: rates.filter((r) => r > 0).length,
    lowest: round4(lowest),
    highest: round4(highest),
    mean: round4(mean),
    cv: mean > 0 ? round4(Math.sqrt(variance) / mean) : 0,
    maxMinRatio: lowest > 0 ? round4(highest / lowest) : null,
  };
}

/** Pieces and labour minutes planned and offered per workshop and week, for the heat map. */
export function loadTable(scene: Scene, firstWeek: number, weeks: number): { weeks: string[]; load: UnitWeekLoad[] } {
  const span = Array.from({ length: Math.max(0, Math.min(weeks, scene.calendar.weeks - firstWeek)) }, (_, i) => firstWeek + i);
  const load: UnitWeekLoad[] = [];
  scene.input.units.forEach((unit, u) => {
    const row = u * scene.book.weeks;
    const capacity = span.map((w) => capacityOf(scene.book, u, w));
    const used = span.map((w) => scene.book.used[row + w]);
    if (capacity.some((c) => c > 0) || used.some((q) => q > 0)) {
      const capacityMinutes = span.map((w) => Math.round(scene.book.fullMinutes[row + w]));
      const loadMinutes = span.map((w) => Math.round(scene.book.usedMinutes[row + w]));
      load.push({ unitCode: unit.unitCode, capacity, load: used, capacityMinutes, loadMinutes });
    }
  });
  return { weeks: span.map((w) => weekStart(scene.calendar, w)), load };
}
