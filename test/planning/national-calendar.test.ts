import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../../shared/dates';
import { saveCentre } from '../../main/core/platform/db/centre';
import { buildCalendar, dayNumber, weekShare } from '../../main/core/planning/calendar';
import { NATIONAL_YEARS, nationalPeriods, RAMADAN_CAPACITY_PCT } from '../../main/core/planning/holidays-id';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

const CENTRE = { name: 'Sentra Uji' };

function daysOf(year: number, named: (name: string) => boolean): string[] {
  const days: string[] = [];
  for (const period of nationalPeriods()) {
    if (period.kind !== 'holiday' || !named(period.name) || !period.startsOn.startsWith(String(year))) continue;
    for (let day = dayNumber(period.startsOn); day <= dayNumber(period.endsOn); day++) days.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  return days.sort();
}

const isCuti = (name: string) => name.startsWith('Cuti bersama');

describe('the national calendar (data)', () => {
  it('holds real dates, each in its own year, ends never before starts', () => {
    for (const period of nationalPeriods()) {
      expect(isValidIsoDate(period.startsOn) && isValidIsoDate(period.endsOn), period.name).toBe(true);
      expect(period.endsOn >= period.startsOn, period.name).toBe(true);
      expect(period.startsOn.slice(0, 4), period.name).toBe(period.endsOn.slice(0, 4));
    }
    expect(NATIONAL_YEARS.map((year) => year.year)).toEqual([2024, 2025, 2026, 2027]);
  });

  it('has Idul Fitri on the decreed days, with the Lebaran shutdown around it and Ramadan before', () => {
    const fitri = daysOf(2024, (n) => n.startsWith('Idul Fitri'))
      .concat(daysOf(2025, (n) => n.startsWith('Idul Fitri')), daysOf(2026, (n) => n.startsWith('Idul Fitri')), daysOf(2027, (n) => n.startsWith('Idul Fitri')));
    expect(fitri).toEqual(['2024-04-10', '2024-04-11', '2025-03-31', '2025-04-01', '2026-03-21', '2026-03-22', '2027-03-10', '2027-03-11']);
    for (const year of NATIONAL_YEARS) {
      const [lebaranFrom, lebaranTo] = year.lebaran;
      const [ramadanFrom, ramadanTo] = year.ramadan;
      const firstFitri = fitri.find((day) => day.startsWith(String(year.year))) ?? '';
      expect(lebaranFrom <= firstFitri && firstFitri <= lebaranTo).toBe(true);
      expect(dayNumber(lebaranTo) - dayNumber(lebaranFrom) + 1).toBeGreaterThanOrEqual(7);
      // Ramadan runs 29 or 30 days up to the eve of Idul Fitri; its hours stop where the shutdown starts.
      expect(dayNumber(firstFitri) - dayNumber(ramadanFrom)).toBeGreaterThanOrEqual(29);
      expect(dayNumber(firstFitri) - dayNumber(ramadanFrom)).toBeLessThanOrEqual(30);
      expect(dayNumber(lebaranFrom) - dayNumber(ramadanTo)).toBe(1);
    }
  });

  it('counts the days of each decree: 17 holidays, 8 to 11 cuti bersama', () => {
    // 2024: 17 by the SKB plus the two voting days; 2025: ten cuti bersama plus 18 August (HUT RI ke-80).
    expect(daysOf(2024, (n) => !isCuti(n))).toHaveLength(19);
    expect(daysOf(2024, isCuti)).toHaveLength(10);
    expect(daysOf(2025, (n) => !isCuti(n))).toHaveLength(17);
    expect(daysOf(2025, isCuti)).toHaveLength(11);
    expect(daysOf(2026, (n) => !isCuti(n))).toHaveLength(17);
    expect(daysOf(2026, isCuti)).toEqual(['2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24']);
    expect(daysOf(2027, isCuti)).toHaveLength(8);
  });
});

describe('a new centre', () => {
  it('starts with the national calendar when it is first saved, and only then', async () => {
    expect(await t.must('calendar:list', {})).toEqual([]);
    await t.must('centre:save', CENTRE);
    const periods = await t.must('calendar:list', {});
    expect(periods).toHaveLength(nationalPeriods().length);
    expect(periods.find((p) => p.startsOn === '2026-03-21')).toMatchObject({ endsOn: '2026-03-22', kind: 'holiday', capacityPct: 0, name: 'Idul Fitri 1447 H' });
    expect(periods.find((p) => p.kind === 'ramadan' && p.startsOn === '2026-02-19')).toMatchObject({ endsOn: '2026-03-17', capacityPct: RAMADAN_CAPACITY_PCT });
    const audit = await t.must('audit:list', { entity: 'plan' });
    expect(audit.filter((entry) => entry.action === 'calendar-national')).toHaveLength(1);

    // Editable like any period: a removed holiday stays removed when the centre is saved again.
    const christmasEve = periods.find((p) => p.startsOn === '2026-12-24');
    await t.must('calendar:remove', { id: christmasEve?.id ?? 0 });
    await t.must('centre:save', { ...CENTRE, name: 'Sentra Uji Tanggulangin' });
    expect(await t.must('calendar:list', {})).toHaveLength(nationalPeriods().length - 1);
  });

  it('cuts the plan\'s weeks: Lebaran 2027 closes the week, Ramadan shortens the days', async () => {
    await t.must('centre:save', CENTRE);
    const periods = await t.must('calendar:list', { from: '2027-01-01', to: '2027-03-31' });
    const calendar = buildCalendar(periods, '2027-01-11', 12);
    const share = (monday: string) => weekShare(calendar, (dayNumber(monday) - calendar.firstMonday) / 7);
    expect(share('2027-01-18')).toBe(1);
    expect(share('2027-02-15')).toBeCloseTo(RAMADAN_CAPACITY_PCT / 100, 10);
    // Nyepi on Monday, then the shutdown from Tuesday to the next Monday.
    expect(share('2027-03-08')).toBe(0);
    expect(share('2027-03-15')).toBeCloseTo(5 / 6, 10);
  });
});

describe('an existing centre', () => {
  it('is not changed silently; the calendar screen offers the list and adds only what is missing', async () => {
    saveCentre(t.app.db, { ...(await t.must('centre:get', {})), ...CENTRE }, t.app.now());
    await t.must('calendar:save', { startsOn: '2026-12-24', endsOn: '2026-12-24', kind: 'holiday', capacityPct: 50, name: 'Setengah hari' });
    await t.must('centre:save', CENTRE);
    expect(await t.must('calendar:list', {})).toHaveLength(1);

    const filled = await t.must('calendar:national', {});
    expect(filled).toEqual({ added: nationalPeriods().length - 1, kept: 1, fromYear: 2024, toYear: 2027 });
    // The centre's own Christmas Eve (half a day) is kept as it was edited.
    const periods = await t.must('calendar:list', { from: '2026-12-24', to: '2026-12-24' });
    expect(periods).toEqual([expect.objectContaining({ capacityPct: 50, name: 'Setengah hari' })]);
    expect(await t.must('calendar:national', {})).toMatchObject({ added: 0, kept: nationalPeriods().length });
  });
});
