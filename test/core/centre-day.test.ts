import { describe, expect, it } from 'vitest';
import { centreDayOf, todayIso } from '../../shared/dates';

describe('the centre’s calendar day (WIB)', () => {
  it('dates a plan run at 23:04 UTC on 6 December as 7 December, the day the centre saw it', () => {
    expect(centreDayOf('2026-12-06T23:04:00.000Z')).toBe('2026-12-07');
    expect(centreDayOf('2026-12-06T16:59:59.000Z')).toBe('2026-12-06');
    expect(todayIso(new Date('2026-12-06T17:00:00.000Z'))).toBe('2026-12-07');
  });
});
