import type { CallContext } from '../../platform/app';
import { unitCapacityHistory } from '../production/queries';
import { buildCalendar, dayNumber, isoDay, mondayOf } from '../../planning/calendar';
import { listPeriods } from '../../planning/calendar-store';
import { newCapacityBook } from '../../planning/capacity';
import { lastDayOf } from './period';

/**
 * CAPACITY IN A PERIOD — the one definition every report uses.
 *
 * The pieces each workshop offers the cooperative (its offered capacity, or all of its monthly
 * capacity when it names none; nothing while dormant), put through the production plan's own
 * weekly rule: monthly × 12 ÷ 52 a week, scaled by the production calendar (holidays, Lebaran,
 * Ramadan, overtime) and rounded down to whole pieces per week (planning/capacity.ts
 * newCapacityBook, the same `full` the plan fills). A week belongs to the month its Monday falls
 * in — the same weeks the SPK pieces are counted in — and a month or a period is the sum of its
 * weeks. The state used is the one valid on the month's last day (today in the current month).
 *
 * The plan also caps a week by its workers' labour time (workers × hours × 60 minutes, in the
 * same share as the pieces offered); that cap depends on what each product takes and is not a
 * count of pieces, so capacity here is the plan's piece capacity only.
 */

export interface FigureUnit {
  id: number;
  unitCode: string;
  name: string;
}

/** What a workshop state offers the cooperative a month, as planning/scene.ts weeklyOffer reads it. */
export function offeredPieces(isActive: boolean, monthlyCapacity: number, offeredCapacity: number | null): number {
  if (!isActive) return 0;
  return offeredCapacity === null ? monthlyCapacity : Math.min(offeredCapacity, monthlyCapacity);
}

/** Units (by code) and pieces per `unitId|month` (cells without capacity are absent). */
export function capacityByUnitMonth(ctx: CallContext, months: string[], today: string): { units: FigureUnit[]; capacity: Map<string, number> } {
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
  const units: FigureUnit[] = [];
  const states = new Map<number, { validFrom: string; monthly: number }[]>();
  for (const row of history) {
    if (!states.has(row.unitId)) {
      units.push({ id: row.unitId, unitCode: row.unitCode, name: row.name });
      states.set(row.unitId, []);
    }
    if (row.validFrom !== null && row.isRemoved === 0) {
      states.get(row.unitId)?.push({ validFrom: row.validFrom, monthly: offeredPieces(row.isActive === 1, row.monthlyCapacity ?? 0, row.offeredCapacity) });
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
