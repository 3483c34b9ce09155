import { describe, expect, it } from 'vitest';
import { addDays, centreDayOf, todayIso } from '../../shared/dates';

describe('the centre’s calendar day (WIB)', () => {
  it('dates a plan run at 23:04 UTC on 6 December as 7 December, the day the centre saw it', () => {
    expect(centreDayOf('2026-12-06T23:04:00.000Z')).toBe('2026-12-07');
    expect(centreDayOf('2026-12-06T16:59:59.000Z')).toBe('2026-12-06');
    expect(todayIso(new Date('2026-12-06T17:00:00.000Z'))).toBe('2026-12-07');
  });
});

describe('addDays', () => {
  it('moves an ISO date by whole days across month, year and leap day, whatever the time zone', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-23', -7)).toBe('2026-11-16');
  });
});
