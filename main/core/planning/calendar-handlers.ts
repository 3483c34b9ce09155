import type { calendarInputs } from '../../../shared/api/calendar';
import type { AreaHandlers } from '../platform/handler-types';
import { fillNationalCalendar } from './calendar-store';

/** The production calendar's national list (its list/save/remove are with the plan's calls). */
export const calendarHandlers = {
  'calendar:national': (_args, ctx) => fillNationalCalendar(ctx),
} satisfies AreaHandlers<keyof typeof calendarInputs>;
