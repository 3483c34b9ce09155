import { weekIndex, weekShare, type WorkCalendar } from './calendar';

/** A workshop's pieces per week at 100 %: monthly capacity × 12 months ÷ 52 weeks. */
export function weeklyBase(monthlyCapacity: number): number {
  return (monthlyCapacity * 12) / 52;
}

/**
 * Pieces offered and used per workshop and week (index unit × weeks + week). `used` only grows as
 * work is placed, so `firstOpen` — each workshop's first week with room left — only moves on, and
 * searches start there: in a full centre most weeks are never looked at twice.
 */
export interface CapacityBook {
  calendar: WorkCalendar;
  weeks: number;
  base: Float64Array;
  /** Whole pieces of each full week (from today on), calendar included. */
  full: Int32Array;
  used: Int32Array;
  firstOpen: Int32Array;
  usedTotal: Float64Array;
  capacityTotal: Float64Array;
}

export function newCapacityBook(calendar: WorkCalendar, monthlyCapacities: number[]): CapacityBook {
  const count = monthlyCapacities.length;
  const weeks = calendar.weeks;
  const base = Float64Array.from(monthlyCapacities, weeklyBase);
  const full = new Int32Array(count * weeks);
  const capacityTotal = new Float64Array(count);
  const firstOpen = new Int32Array(count);
  for (let u = 0; u < count; u++) {
    for (let w = 0; w < weeks; w++) {
      full[u * weeks + w] = Math.floor(base[u] * weekShare(calendar, w) + 1e-9);
      capacityTotal[u] += full[u * weeks + w];
    }
    let first = 0;
    while (first < weeks && full[u * weeks + first] <= 0) first++;
    firstOpen[u] = first;
  }
  return { calendar, weeks, base, full, used: new Int32Array(count * weeks), firstOpen, usedTotal: new Float64Array(count), capacityTotal };
}

/** Pieces a week offers between two days; a whole week is read from the table. */
export function capacityOf(book: CapacityBook, unit: number, week: number, fromDay?: number, toDay?: number): number {
  const monday = book.calendar.firstMonday + week * 7;
  const whole = (fromDay === undefined || fromDay <= monday) && (toDay === undefined || toDay >= monday + 6);
  if (whole) return book.full[unit * book.weeks + week];
  return Math.floor(book.base[unit] * weekShare(book.calendar, week, fromDay, toDay) + 1e-9);
}

/**
 * Pieces still free in a week for work due by `toDay`: work already there is taken to sit in the
 * days before a deadline first (the safe side).
 */
export function usable(book: CapacityBook, unit: number, week: number, fromDay?: number, toDay?: number): number {
  const free = capacityOf(book, unit, week, fromDay, toDay) - book.used[unit * book.weeks + week];
  return free > 0 ? free : 0;
}

export function consume(book: CapacityBook, unit: number, week: number, qty: number): void {
  if (week < 0 || week >= book.weeks) return;
  const row = unit * book.weeks;
  book.used[row + week] += qty;
  book.usedTotal[unit] += qty;
  let first = book.firstOpen[unit];
  while (first < book.weeks && book.full[row + first] - book.used[row + first] <= 0) first++;
  book.firstOpen[unit] = first;
}

/** Pieces free in weeks `from`..`to` for work due by `toDay`, skipping the weeks already full. */
export function freeBetween(book: CapacityBook, unit: number, from: number, to: number, toDay?: number): number {
  let free = 0;
  for (let w = Math.max(from, book.firstOpen[unit]); w <= to; w++) free += usable(book, unit, w, undefined, toDay);
  return free;
}

/**
 * Places `qty` on one workshop from `fromDay` on, week by week in its spare capacity (a manager's
 * own assignment); returns the pieces per week index, or null when the horizon is too short.
 */
export function placeFrom(book: CapacityBook, unit: number, fromDay: number, qty: number): Map<number, number> | null {
  const placed = new Map<number, number>();
  let left = qty;
  for (let w = Math.max(0, weekIndex(book.calendar, fromDay)); w < book.weeks && left > 0; w++) {
    const take = Math.min(left, usable(book, unit, w, fromDay));
    if (take <= 0) continue;
    consume(book, unit, w, take);
    placed.set(w, take);
    left -= take;
  }
  return left > 0 ? null : placed;
}
