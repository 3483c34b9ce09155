import type { PlanInput } from './types';

/**
 * Days as integers (days since 1970-01-01) and the centre's working calendar: Monday to Saturday
 * (25 working days a month), each day at 100 % unless a calendar period says otherwise.
 */
const DAY_MS = 86_400_000;
export const WORKING_DAYS_PER_WEEK = 6;

// A plan turns the same few hundred days back and forth tens of thousands of times: remember them.
const dayNumbers = new Map<string, number>();
const isoDays = new Map<number, string>();

export function dayNumber(iso: string): number {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
    dayNumbers.set(iso, day);
  }
  return day;
}

export function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}

/** 1970-01-01 was a Thursday, so day + 3 counts from a Monday. */
export function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

export function addDays(iso: string, days: number): string {
  return isoDay(dayNumber(iso) + days);
}

export interface WorkCalendar {
  today: number;
  firstMonday: number;
  weeks: number;
  /** Share of a full day's work per day of the horizon: 0 before today, on Sundays and shutdowns. */
  dayFactor: Float64Array;
  /** prefix[i] = sum of dayFactor[0..i): a week's or part-week's work in O(1). */
  prefix: Float64Array;
}

/**
 * Where periods overlap, the deepest cut wins (a holiday inside Ramadan is still a holiday);
 * overtime (over 100 %) counts only on days no period cuts.
 */
export function buildCalendar(periods: PlanInput['calendar'], today: string, weeks: number): WorkCalendar {
  const todayDay = dayNumber(today);
  const firstMonday = mondayOf(todayDay);
  const days = weeks * 7;
  const cut = new Float64Array(days).fill(1);
  const boost = new Float64Array(days).fill(1);
  for (const period of periods) {
    const from = Math.max(0, dayNumber(period.startsOn) - firstMonday);
    const to = Math.min(days - 1, dayNumber(period.endsOn) - firstMonday);
    const factor = period.capacityPct / 100;
    for (let i = from; i <= to; i++) {
      if (factor < 1) cut[i] = Math.min(cut[i], factor);
      else boost[i] = Math.max(boost[i], factor);
    }
  }
  const dayFactor = new Float64Array(days);
  const prefix = new Float64Array(days + 1);
  for (let i = 0; i < days; i++) {
    const isSunday = i % 7 === 6;
    const isPast = firstMonday + i < todayDay;
    dayFactor[i] = isSunday || isPast ? 0 : cut[i] < 1 ? cut[i] : boost[i];
    prefix[i + 1] = prefix[i] + dayFactor[i];
  }
  return { today: todayDay, firstMonday, weeks, dayFactor, prefix };
}

/** Index of the week holding a day (may fall outside 0..weeks-1). */
export function weekIndex(calendar: WorkCalendar, day: number): number {
  return Math.floor((day - calendar.firstMonday) / 7);
}

export function weekStart(calendar: WorkCalendar, week: number): string {
  return isoDay(calendar.firstMonday + week * 7);
}

/** Share of a normal week's work that week `week` offers between two days (inclusive). */
export function weekShare(calendar: WorkCalendar, week: number, fromDay = -Infinity, toDay = Infinity): number {
  const first = Math.max(week * 7, fromDay - calendar.firstMonday);
  const last = Math.min(week * 7 + 6, toDay - calendar.firstMonday);
  if (last < first) return 0;
  return (calendar.prefix[last + 1] - calendar.prefix[first]) / WORKING_DAYS_PER_WEEK;
}
