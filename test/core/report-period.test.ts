import { afterEach, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../main/core/reports/period';
import { defaultReportMonths } from '../../shared/api/exports';
import { tempApp, type TempApp } from '../helpers/temp-app';

/** The one default period of every report, the dashboard and `sentra report`: January to the last complete month. */
let t: TempApp;
afterEach(() => t.close());

async function on(today: string) {
  t = await tempApp({ today });
  return (from?: string, to?: string) => resolvePeriod(t.ctx, from, to);
}

describe('the report period', () => {
  it('defaults to January to the last complete month, and in January to the whole previous year', async () => {
    expect(defaultReportMonths('2026-12-06')).toEqual({ from: '2026-01', to: '2026-11' });
    expect(defaultReportMonths('2027-01-10')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(defaultReportMonths('2026-02-28')).toEqual({ from: '2026-01', to: '2026-01' });
    const period = await on('2027-01-10');
    expect(period()).toEqual({ from: '2026-01', to: '2026-12', previousFrom: '2025-01', previousTo: '2025-12', partialMonth: null });
  });

  it('labels a chosen period that runs into this month with the day it is compared through', async () => {
    const period = await on('2026-12-06');
    expect(period('2026-12', '2026-12')).toEqual({ from: '2026-12', to: '2026-12', previousFrom: '2025-12', previousTo: '2025-12', partialMonth: { month: '2026-12', throughDay: 6 } });
    // Only the start given: this year runs to the last complete month, a month after it to itself; an earlier year to its December.
    expect(period('2026-03')).toMatchObject({ from: '2026-03', to: '2026-11', partialMonth: null });
    expect(period('2026-12')).toMatchObject({ from: '2026-12', to: '2026-12', partialMonth: { month: '2026-12', throughDay: 6 } });
    expect(period('2025-03')).toMatchObject({ from: '2025-03', to: '2025-12', partialMonth: null });
    expect(period(undefined, '2026-06')).toMatchObject({ from: '2026-01', to: '2026-06', partialMonth: null });
    expect(() => period('2026-12', '2027-01')).toThrow('tidak boleh melewati bulan berjalan');
  });
});
