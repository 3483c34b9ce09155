import type { TFunction } from 'i18next';
import { calendarPeriodInput, CALENDAR_KINDS, type CalendarKind, type CalendarPeriod } from '../../../../shared/api/planning';
import { formatDateId } from '../../../../shared/dates';
import { pick } from '../../platform/common/choices';
import { dateForInput, numberForInput } from '../../platform/common/formText';
import { schemaErrors, type FieldErrors } from '../../platform/common/validation';

/** A production calendar period as typed. */
export interface CalendarFormValues {
  startsOn: string;
  endsOn: string;
  kind: CalendarKind;
  capacityPct: string;
  name: string;
}

/** What each kind usually leaves of a week's capacity: a holiday none, Ramadan shorter days, overtime more. */
const TYPICAL_PCT: Record<CalendarKind, number> = { holiday: 0, lebaran: 0, ramadan: 80, overtime: 120, other: 100 };

export function emptyPeriod(today: string): CalendarFormValues {
  return { startsOn: formatDateId(today), endsOn: formatDateId(today), kind: 'holiday', capacityPct: '0', name: '' };
}

export function periodToForm(period: CalendarPeriod): CalendarFormValues {
  return { startsOn: formatDateId(period.startsOn), endsOn: formatDateId(period.endsOn), kind: period.kind, capacityPct: String(period.capacityPct), name: period.name };
}

/** A new kind brings its usual capacity along. */
export function withKind(values: CalendarFormValues, text: string): CalendarFormValues {
  const kind = pick(CALENDAR_KINDS, text) ?? values.kind;
  return { ...values, kind, capacityPct: String(TYPICAL_PCT[kind]) };
}

export function formToInput(values: CalendarFormValues, id: number | undefined) {
  return {
    id,
    startsOn: dateForInput(values.startsOn) ?? '',
    endsOn: dateForInput(values.endsOn) ?? '',
    kind: values.kind,
    capacityPct: numberForInput(values.capacityPct),
    name: values.name,
  };
}

export function validatePeriod(values: CalendarFormValues, t: TFunction): FieldErrors {
  const input = formToInput(values, undefined);
  const errors = schemaErrors(calendarPeriodInput, input, t);
  if (!errors.endsOn && !errors.startsOn && input.endsOn < input.startsOn) errors.endsOn = t('ui.calendar.endBeforeStart');
  return errors;
}
