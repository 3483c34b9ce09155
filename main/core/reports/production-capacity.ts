import type { CallContext } from '../app';
import { unitCapacityHistory } from '../db/report-production';
import { buildCalendar, dayNumber, isoDay, mondayOf } from '../planning/calendar';
import { listPeriods } from '../planning/calendar-store';
import { newCapacityBook } from '../planning/capacity';

/**
 * What each workshop could make per month, by the plan's own capacity logic: the weekly base of
 * its monthly capacity (× 12 ÷ 52) scaled by the production calendar (holidays, Lebaran,
 * Ramadan, overtime), summed over the weeks whose Monday falls in the month — the same weeks the
 * SPK pieces are counted in. The capacity is the one the unit's history gives for the month's
 * last day (today in the current month); a dormant unit offers none.
 */

/** `2026-02` → `2026-02-28`. */
export function lastDayOf(month: string): string {
  const [year, monthNo] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthNo, 0)).toISOString().slice(0, 10);
}

export interface ReportUnit {
  id: number;
  unitCode: string;
  name: string;
}

/** Units (by code) and pieces per `unitId|month`. */
export function capacityByUnitMonth(ctx: CallContext, months: string[], today: string): { units: ReportUnit[]; capacity: Map<string, number> } {
  const capacity = new Map<string, number>();
  if (months.length === 0) return { units: [], capacity };
  const start = dayNumber(`${months[0]}-01`);
  const firstMonday = mondayOf(start) < start ? mondayOf(start) + 7 : mondayOf(start);
  const end = dayNumber(lastDayOf(months[months.length - 1]));
  const weeks = Math.floor((end - firstMonday) / 7) + 1;
  // The calendar built as if "today" were the first Monday: no day of the period counts as past.
  const periods = listPeriods(ctx, { from: isoDay(firstMonday), to: isoDay(firstMonday + weeks * 7 - 1) });
  const calendar = buildCalendar(periods, isoDay(firstMonday), weeks);
  const history = unitCapacityHistory(ctx.app.db, lastDayOf(months[months.length - 1]));
  const units: ReportUnit[] = [];
  const states = new Map<number, { validFrom: string; monthly: number }[]>();
  for (const row of history) {
    if (!states.has(row.unitId)) {
      units.push({ id: row.unitId, unitCode: row.unitCode, name: row.name });
      states.set(row.unitId, []);
    }
    if (row.validFrom !== null && row.isRemoved === 0) {
      states.get(row.unitId)?.push({ validFrom: row.validFrom, monthly: row.isActive === 1 ? (row.monthlyCapacity ?? 0) : 0 });
    }
  }
  for (const month of months) {
    const asOf = lastDayOf(month) < today ? lastDayOf(month) : today;
    const monthly = units.map((unit) => {
      let value = 0;
      for (const state of states.get(unit.id) ?? []) if (state.validFrom <= asOf) value = state.monthly;
      return value;
    });
    const book = newCapacityBook(calendar, monthly);
    for (let w = 0; w < weeks; w++) {
      if (isoDay(firstMonday + w * 7).slice(0, 7) !== month) continue;
      units.forEach((unit, u) => {
        const pieces = book.full[u * weeks + w];
        if (pieces > 0) capacity.set(`${unit.id}|${month}`, (capacity.get(`${unit.id}|${month}`) ?? 0) + pieces);
      });
    }
  }
  return { units, capacity };
}
