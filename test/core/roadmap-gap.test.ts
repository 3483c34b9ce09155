import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

/** Twelve units of 10 workers and 200 pieces a month; USD 100.000 of exports in each month from November 2025 to October 2026. */
async function productiveCentre(): Promise<void> {
  for (let i = 1; i <= 12; i++) {
    await t.must('units:save', { unitCode: `U${i}`, name: `Usaha ${i}`, workers: 10, monthlyCapacity: 200, isActive: true, stateFrom: '2024-01-01', categories: [] });
  }
  for (let i = 0; i < 12; i++) {
    const month = ((10 + i) % 12) + 1;
    await t.must('exports:save', { year: month >= 11 ? 2025 : 2026, month, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 10_000_000 });
  }
}

describe('the gap ahead', () => {
  it('scales today’s workers, units and capacity by next year’s export target over the last twelve months’ exports', async () => {
    await productiveCentre();
    const view = await t.must('roadmap:save', {
      name: 'Uji kebutuhan', startYear: 2025, endYear: 2028, baselineYear: 2024,
      kpis: [{ standard: 'export-usd', targets: [{ year: 2026, value: 130_000_000 }, { year: 2027, value: 150_000_000 }] }],
    });
    // USD 1.200.000 a year with 120 workers is USD 10.000 a worker; USD 1.500.000 in 2027 needs 150 of them.
    expect(view.gap).toEqual({
      targetYear: 2027, targetUsdCents: 150_000_000, basisFrom: '2025-11', basisTo: '2026-10', basisUsdCents: 120_000_000, monthsWithData: 12, reason: null,
      lines: [
        { key: 'exports', now: 120_000_000, needed: 150_000_000, gap: 30_000_000, exportsPerOne: null },
        { key: 'workers', now: 120, needed: 150, gap: 30, exportsPerOne: 1_000_000 },
        { key: 'active-units', now: 12, needed: 15, gap: 3, exportsPerOne: 10_000_000 },
        { key: 'capacity', now: 2_400, needed: 3_000, gap: 600, exportsPerOne: 50_000 },
      ],
    });
  });

  it('rounds what is needed up to whole ones, aims at this year when the roadmap ends, and says when it cannot divide', async () => {
    await productiveCentre();
    const ending = await t.must('roadmap:save', {
      name: 'Berakhir tahun ini', startYear: 2024, endYear: 2026, baselineYear: 2023,
      kpis: [{ standard: 'export-usd', targets: [{ year: 2026, value: 121_000_000 }] }],
    });
    // 120 × 1.210.000 ÷ 1.200.000 = 121; 12 units × 121/120 = 12,1 → 13.
    expect([ending.gap.targetYear, ending.gap.lines.map((line) => line.needed)]).toEqual([2026, [121_000_000, 121, 13, 2_420]]);
    const none = await t.must('roadmap:save', { name: 'Tanpa target', startYear: 2024, endYear: 2026, baselineYear: 2023, kpis: [{ standard: 'workers' }] });
    expect([none.gap.reason, none.gap.lines]).toEqual(['no-target', []]);
  });

  it('has no productivity to scale without exports in the last twelve months', async () => {
    const view = await t.must('roadmap:save', {
      name: 'Tanpa ekspor', startYear: 2026, endYear: 2027, baselineYear: 2025,
      kpis: [{ standard: 'export-usd', targets: [{ year: 2027, value: 5_000_000 }] }],
    });
    expect(view.gap).toMatchObject({ reason: 'no-exports', basisUsdCents: 0, monthsWithData: 0, lines: [{ key: 'exports', now: 0, needed: 5_000_000, gap: 5_000_000 }] });
  });
});
