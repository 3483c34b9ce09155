import { weekIndex } from './calendar';
import { consume, freeBetween, usable } from './capacity';
import { utilisation, type Scene } from './scene';
import type { Candidate } from './split';
import type { LineInfo, ProductInfo } from './types';

/** Reject rates above this shade a workshop's share no further: it still gets work. */
const MAX_REJECT_SHADE = 0.5;

/**
 * The weeks one line may use: first from the week its materials can arrive (ordered today) up to
 * its deadline, so purchases have time (`ready`); then, only if that is not enough, the earlier
 * weeks too, nearest first (`all`: their purchases will show as late).
 */
export interface Window {
  release: number;
  last: number;
  finishBy: number;
  /** Labour minutes a piece of the line's product takes (0: pieces only). */
  minutesPerPiece: number;
}
export type Reach = 'ready' | 'all';

export function windowOf(scene: Scene, product: ProductInfo, finishBy: number): Window {
  const last = Math.min(scene.calendar.weeks - 1, weekIndex(scene.calendar, finishBy));
  const release = Math.max(0, Math.min(last, weekIndex(scene.calendar, scene.today + (scene.leadDays.get(product.id) ?? 0))));
  return { release, last, finishBy, minutesPerPiece: product.labourMinutes };
}

/** Free pieces a workshop has in a window: in its material-ready weeks and before them. */
export interface Room {
  ready: number;
  earlier: number;
}

export function roomOf(scene: Scene, unit: number, window: Window): Room {
  return {
    ready: freeBetween(scene.book, unit, window.release, window.last, window.finishBy, window.minutesPerPiece),
    earlier: freeBetween(scene.book, unit, 0, window.release - 1, window.finishBy, window.minutesPerPiece),
  };
}

/** One pass of a line's split: the workshops it may use, in which weeks, and the grade that drew them (export). */
export interface Pass {
  units: number[];
  reach: Reach;
  grade: 'A' | 'B' | null;
}

/**
 * The passes that share a line out among a group of workshops, each a set of them and the weeks
 * they may use. Export orders go to grade A, then B (first in material-ready weeks, then in any
 * week), and only then to the rest: quality outranks timely purchases, which can be hurried;
 * domestic orders go to all.
 */
export function passes(scene: Scene, line: LineInfo, units: number[]): Pass[] {
  if (!line.isExport) return [{ units, reach: 'ready', grade: null }, { units, reach: 'all', grade: null }];
  const grade = (unit: number) => scene.input.units[unit].grade;
  const a = units.filter((u) => grade(u) === 'A');
  const b = units.filter((u) => grade(u) === 'B');
  const rest = units.filter((u) => grade(u) !== 'A' && grade(u) !== 'B');
  return [
    { units: a, reach: 'ready', grade: 'A' },
    { units: b, reach: 'ready', grade: 'B' },
    { units: a, reach: 'all', grade: 'A' },
    { units: b, reach: 'all', grade: 'B' },
    { units: rest, reach: 'ready', grade: null },
    { units: rest, reach: 'all', grade: null },
  ];
}

export function candidates(scene: Scene, rooms: Map<number, Room>, units: number[], reach: Reach): Candidate[] {
  const list: Candidate[] = [];
  for (const unit of units) {
    const room = rooms.get(unit);
    const free = room ? room.ready + (reach === 'all' ? room.earlier : 0) : 0;
    if (free <= 0) continue;
    const shade = 1 - Math.min(MAX_REJECT_SHADE, scene.input.units[unit].rejectRate);
    list.push({ unit, free, weight: free * shade, utilisation: utilisation(scene.book, unit) });
  }
  return list;
}

/**
 * Puts a workshop's share into its weeks in the window's order, adding to `byWeek`; returns the
 * pieces placed (the share, since the share never exceeds the room it was cut from).
 */
export function placeShare(scene: Scene, unit: number, share: number, window: Window, reach: Reach, byWeek: Map<number, number>): number {
  const { book } = scene;
  let left = share;
  const take = (w: number) => {
    const qty = Math.min(left, usable(book, unit, w, undefined, window.finishBy, window.minutesPerPiece));
    if (qty <= 0) return;
    consume(book, unit, w, qty, window.minutesPerPiece);
    byWeek.set(w, (byWeek.get(w) ?? 0) + qty);
    left -= qty;
  };
  for (let w = Math.max(window.release, book.firstOpen[unit]); w <= window.last && left > 0; w++) take(w);
  if (reach === 'all') for (let w = window.release - 1; w >= book.firstOpen[unit] && left > 0; w--) take(w);
  return share - left;
}
