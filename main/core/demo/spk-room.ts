import type { Db } from '../platform/db/connection';
import { buildCalendar, dayNumber, isoDay, mondayOf, weekShare, type WorkCalendar } from '../planning/calendar';

/**
 * What each demo workshop still has free, week by week, while the demo writes its SPKs: the
 * pieces it offers the cooperative and its people's labour minutes in the same share, both cut by
 * the production calendar — the plan's own rule (planning/scene.ts weeklyOffer), so the SPKs the
 * demo hands out never overfill a week the plan or the production report will later read.
 */
export interface RoomWorkshop {
  /** Pieces a week: offered monthly capacity × 12 ÷ 52. */
  weekly: number;
  /** Labour minutes a week: workers × the centre's hours × 60 × the offered share. */
  minutes: number;
}

export class WorkshopRoom {
  private readonly calendar: WorkCalendar;
  private readonly usedPieces: Float64Array;
  private readonly usedMinutes: Float64Array;

  constructor(db: Db, private readonly workshops: readonly RoomWorkshop[], from: string, to: string) {
    const first = mondayOf(dayNumber(from));
    const weeks = Math.ceil((dayNumber(to) - first + 1) / 7) + 1;
    const periods = db
      .prepare('SELECT starts_on AS startsOn, ends_on AS endsOn, capacity_pct AS capacityPct FROM calendar_period WHERE ends_on >= ? AND starts_on <= ?')
      .all(isoDay(first), to) as { startsOn: string; endsOn: string; capacityPct: number }[];
    // Built as if "today" were the first Monday: no week of the demo's year counts as past.
    this.calendar = buildCalendar(periods, isoDay(first), weeks);
    this.usedPieces = new Float64Array(workshops.length * weeks);
    this.usedMinutes = new Float64Array(workshops.length * weeks);
  }

  private week(monday: string): number {
    const w = Math.round((dayNumber(monday) - this.calendar.firstMonday) / 7);
    return w >= 0 && w < this.calendar.weeks ? w : -1;
  }

  /** Pieces of a product of `minutesPerPiece` the workshop can still take in each of these weeks (Mondays). */
  free(workshop: number, mondays: readonly string[], minutesPerPiece: number): number[] {
    const { weekly, minutes: weekMinutes } = this.workshops[workshop];
    return mondays.map((monday) => {
      const w = this.week(monday);
      if (w < 0) return 0;
      const share = weekShare(this.calendar, w);
      const cell = workshop * this.calendar.weeks + w;
      const pieces = Math.floor(weekly * share + 1e-9) - this.usedPieces[cell];
      const minutes = weekMinutes * share - this.usedMinutes[cell];
      const byTime = minutesPerPiece > 0 ? Math.floor(minutes / minutesPerPiece + 1e-9) : pieces;
      return Math.max(0, Math.min(pieces, byTime));
    });
  }

  take(workshop: number, mondays: readonly string[], qtys: readonly number[], minutesPerPiece: number): void {
    mondays.forEach((monday, i) => {
      const w = this.week(monday);
      if (w < 0) return;
      const cell = workshop * this.calendar.weeks + w;
      this.usedPieces[cell] += qtys[i];
      this.usedMinutes[cell] += qtys[i] * minutesPerPiece;
    });
  }
}

/** `qty` over weeks as evenly as their room allows (the room holds at least `qty` in all). */
export function spreadOver(qty: number, free: readonly number[]): number[] {
  const out = free.map(() => 0);
  let left = qty;
  let open = free.map((_, i) => i).filter((i) => free[i] > 0);
  while (left > 0 && open.length > 0) {
    const even = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const take = Math.min(even, free[i] - out[i], left);
      out[i] += take;
      left -= take;
    }
    open = open.filter((i) => out[i] < free[i]);
  }
  return out;
}
