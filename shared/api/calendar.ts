import { z } from 'zod';

/** What the national calendar (holidays, cuti bersama, Lebaran, Ramadan) added to the centre's. */
export interface NationalCalendarFill {
  /** Periods added: the national ones this calendar did not hold yet. */
  added: number;
  /** National periods already there (same kind and days), left as the centre edited them. */
  kept: number;
  fromYear: number;
  toYear: number;
}

/**
 * The production calendar's national list. A new centre (and the demo) starts with it; an
 * existing centre gets it only when someone asks on the Kalender Produksi screen.
 * (The calendar's own calls, list/save/remove, are with the plan's in planning.ts.)
 */
export const calendarInputs = {
  /** Adds the national periods the calendar does not hold yet; never changes or removes a period. */
  'calendar:national': z.object({}),
};

export interface CalendarOutputs {
  'calendar:national': NationalCalendarFill;
}
