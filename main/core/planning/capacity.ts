import { weekIndex, weekShare, type WorkCalendar } from './calendar';

/** A workshop's pieces per week at 100 %: monthly capacity × 12 months ÷ 52 weeks. */
export function weeklyBase(monthlyCapacity: number): number {
  return (monthlyCapacity * 12) / 52;
}

/** What one workshop offers in a normal week: pieces, and its people's labour minutes (Infinity: time not counted). */
export interface WeeklyOffer {
  monthlyPieces: number;
  minutes: number;
}

/**
 * Pieces and labour minutes offered and used per workshop and week (index unit × weeks + week).
 * A week holds work while both last: a product of `m` labour minutes takes one piece and `m`
 * minutes a piece (a product without labour minutes takes pieces only). `used` only grows as
 * work is placed, so `firstOpen` — each workshop's first week with room left for any open line —
 * only moves on, and searches start there: in a full centre most weeks are never looked at twice.
 */
export interface CapacityBook {
  calendar: WorkCalendar;
  weeks: number;
  base: Float64Array;
  minuteBase: Float64Array;
  /** Whole pieces of each full week (from today on), calendar included. */
  full: Int32Array;
  /** Labour minutes of each full week, calendar included. */
  fullMinutes: Float64Array;
  used: Int32Array;
  usedMinutes: Float64Array;
  firstOpen: Int32Array;
  usedTotal: Float64Array;
  capacityTotal: Float64Array;
  usedMinutesTotal: Float64Array;
  minutesTotal: Float64Array;
  /**
   * Fewest labour minutes a piece of any open line takes (0 when one takes none): a week with
   * fewer minutes left than this is full for every line, and `firstOpen` passes it.
   */
  smallestStep: number;
}

function isClosed(book: CapacityBook, cell: number): boolean {
  if (book.full[cell] - book.used[cell] <= 0) return true;
  return book.smallestStep > 0 && book.fullMinutes[cell] - book.usedMinutes[cell] < book.smallestStep - 1e-9;
}

function advanceFirstOpen(book: CapacityBook, unit: number): void {
  const row = unit * book.weeks;
  let first = book.firstOpen[unit];
  while (first < book.weeks && isClosed(book, row + first)) first++;
  book.firstOpen[unit] = first;
}

/** Without `minutesPerWeek` people's time is not counted (pieces only, as the production report reads capacity). */
export function newCapacityBook(calendar: WorkCalendar, monthlyCapacities: number[], minutesPerWeek?: number[], smallestStep = 0): CapacityBook {
  const count = monthlyCapacities.length;
  const weeks = calendar.weeks;
  const base = Float64Array.from(monthlyCapacities, weeklyBase);
  const minuteBase = Float64Array.from(monthlyCapacities, (_, u) => minutesPerWeek?.[u] ?? Infinity);
  const full = new Int32Array(count * weeks);
  const fullMinutes = new Float64Array(count * weeks);
  const capacityTotal = new Float64Array(count);
  const minutesTotal = new Float64Array(count);
  for (let u = 0; u < count; u++) {
    for (let w = 0; w < weeks; w++) {
      const share = weekShare(calendar, w);
      full[u * weeks + w] = Math.floor(base[u] * share + 1e-9);
      fullMinutes[u * weeks + w] = share > 0 ? minuteBase[u] * share : 0;
      capacityTotal[u] += full[u * weeks + w];
      minutesTotal[u] += fullMinutes[u * weeks + w];
    }
  }
  const book: CapacityBook = {
    calendar,
    weeks,
    base,
    minuteBase,
    full,
    fullMinutes,
    used: new Int32Array(count * weeks),
    usedMinutes: new Float64Array(count * weeks),
    firstOpen: new Int32Array(count),
    usedTotal: new Float64Array(count),
    capacityTotal,
    usedMinutesTotal: new Float64Array(count),
    minutesTotal,
    smallestStep,
  };
  for (let u = 0; u < count; u++) advanceFirstOpen(book, u);
  return book;
}

function isWhole(book: CapacityBook, week: number, fromDay?: number, toDay?: number): boolean {
  const monday = book.calendar.firstMonday + week * 7;
  return (fromDay === undefined || fromDay <= monday) && (toDay === undefined || toDay >= monday + 6);
}

/** Pieces a week offers between two days; a whole week is read from the table. */
export function capacityOf(book: CapacityBook, unit: number, week: number, fromDay?: number, toDay?: number): number {
  if (isWhole(book, week, fromDay, toDay)) return book.full[unit * book.weeks + week];
  return Math.floor(book.base[unit] * weekShare(book.calendar, week, fromDay, toDay) + 1e-9);
}

/** Labour minutes a week offers between two days. */
export function minutesOf(book: CapacityBook, unit: number, week: number, fromDay?: number, toDay?: number): number {
  if (isWhole(book, week, fromDay, toDay)) return book.fullMinutes[unit * book.weeks + week];
  const share = weekShare(book.calendar, week, fromDay, toDay);
  return share > 0 ? book.minuteBase[unit] * share : 0;
}

/**
 * Pieces of a product taking `minutesPerPiece` still free in a week for work due by `toDay`: the
 * fewer of the pieces and of the pieces its people's minutes left allow. Work already there is
 * taken to sit in the days before a deadline first (the safe side).
 */
export function usable(book: CapacityBook, unit: number, week: number, fromDay?: number, toDay?: number, minutesPerPiece = 0): number {
  const cell = unit * book.weeks + week;
  let free = capacityOf(book, unit, week, fromDay, toDay) - book.used[cell];
  if (free <= 0) return 0;
  if (minutesPerPiece > 0) {
    const byTime = Math.floor((minutesOf(book, unit, week, fromDay, toDay) - book.usedMinutes[cell]) / minutesPerPiece + 1e-9);
    if (byTime < free) free = byTime;
  }
  return free > 0 ? free : 0;
}

export function consume(book: CapacityBook, unit: number, week: number, qty: number, minutesPerPiece = 0): void {
  if (week < 0 || week >= book.weeks) return;
  const cell = unit * book.weeks + week;
  book.used[cell] += qty;
  book.usedTotal[unit] += qty;
  book.usedMinutes[cell] += qty * minutesPerPiece;
  book.usedMinutesTotal[unit] += qty * minutesPerPiece;
  if (week === book.firstOpen[unit]) advanceFirstOpen(book, unit);
}

/** Pieces free in weeks `from`..`to` for work due by `toDay`, skipping the weeks already full. */
export function freeBetween(book: CapacityBook, unit: number, from: number, to: number, toDay?: number, minutesPerPiece = 0): number {
  let free = 0;
  for (let w = Math.max(from, book.firstOpen[unit]); w <= to; w++) free += usable(book, unit, w, undefined, toDay, minutesPerPiece);
  return free;
}

/** Share of a week's pieces or people's time in use, whichever is higher (1 = full; more = over). */
export function weekLoad(book: CapacityBook, unit: number, week: number): number {
  const cell = unit * book.weeks + week;
  const pieces = book.full[cell] > 0 ? book.used[cell] / book.full[cell] : book.used[cell] > 0 ? Infinity : 0;
  const minutes = book.fullMinutes[cell] > 0 ? book.usedMinutes[cell] / book.fullMinutes[cell] : book.usedMinutes[cell] > 0 ? Infinity : 0;
  return Math.max(pieces, minutes);
}

/**
 * Places `qty` on one workshop from `fromDay` on, week by week in its spare pieces and time (a
 * manager's own assignment); returns the pieces per week index, or null when the horizon is too short.
 */
export function placeFrom(book: CapacityBook, unit: number, fromDay: number, qty: number, minutesPerPiece = 0): Map<number, number> | null {
  const placed = new Map<number, number>();
  let left = qty;
  for (let w = Math.max(0, weekIndex(book.calendar, fromDay)); w < book.weeks && left > 0; w++) {
    const take = Math.min(left, usable(book, unit, w, fromDay, undefined, minutesPerPiece));
    if (take <= 0) continue;
    consume(book, unit, w, take, minutesPerPiece);
    placed.set(w, take);
    left -= take;
  }
  return left > 0 ? null : placed;
}
