import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFacts, exportMonthSources, knownExportMonths } from '../../main/core/shipments/export-fact-queries';
import { writeExportHistory } from '../../main/core/demo/export-history';
import { createRandom } from '../../main/core/demo/random';
import type { Db } from '../../main/core/platform/db/connection';
import { tempApp, type TempApp } from '../helpers/temp-app';

const ROW = { year: 2025, month: 3, country: 'us', category: 'tas', hsCode: '420221', fobUsdCents: 1_250_050 };

describe('export history through the API', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await tempApp({ today: '2026-11-23' });
  });
  afterEach(() => t.close());

  it('keeps a row with its country as ISO code, its HS code dotted and its value in cents, and lists by year and country', async () => {
    const saved = await t.must('exports:save', ROW);
    expect(saved).toMatchObject({ year: 2025, month: 3, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 1_250_050 });
    await t.must('exports:save', { ...ROW, year: 2024, country: 'JP' });
    expect((await t.must('exports:list', {})).map((r) => [r.year, r.country])).toEqual([[2025, 'US'], [2024, 'JP']]);
    expect((await t.must('exports:list', { year: 2024 })).map((r) => r.country)).toEqual(['JP']);
    expect((await t.must('exports:list', { country: 'us' })).map((r) => r.year)).toEqual([2025]);
    const changed = await t.must('exports:save', { ...ROW, id: saved.id, fobUsdCents: 99 });
    expect(changed.fobUsdCents).toBe(99);
    expect(t.app.db.prepare("SELECT action FROM audit_log WHERE entity = 'export' ORDER BY id").pluck().all()).toEqual(['create', 'create', 'update']);
  });

  it('refuses a second row for the same month, country, category and HS code, a future month and an unknown category', async () => {
    await t.must('exports:save', ROW);
    const twice = await t.call('exports:save', { ...ROW, hsCode: '4202.21' });
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'DUPLICATE', message: expect.stringContaining('03/2025 US tas 4202.21 sudah tercatat') });
    const future = await t.call('exports:save', { ...ROW, year: 2026, month: 12 });
    expect(future.ok ? null : future.error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'month' } });
    const nextYear = await t.call('exports:save', { ...ROW, year: 2027, month: 1 });
    expect(nextYear.ok ? null : nextYear.error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'year' } });
    const category = await t.call('exports:save', { ...ROW, category: 'topi' });
    expect(category.ok ? null : category.error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'category' } });
    const month = await t.call('exports:save', { ...ROW, month: 13, hsCode: '42', fobUsdCents: -1, country: 'XX' }, 'en');
    expect(month.ok ? null : month.error.message).toBe(
      'Invalid input: month: the month must be 1–12 or a month name (January … December); country: unknown country; write the two-letter ISO code, e.g. US, BE, JP, CN; hsCode: the HS code must have 4, 6, 8 or 10 digits, e.g. 4202, 4202.21 or 4202.21.10; fobUsdCents: must not be negative',
    );
    expect((await t.must('exports:list', {})).length).toBe(1);
  });

  it('removes a row from the list and the reports, and brings it back', async () => {
    const saved = await t.must('exports:save', ROW);
    await t.must('exports:remove', { id: saved.id });
    expect(await t.must('exports:list', {})).toEqual([]);
    // Without a row the year's exports are unknown: null, never 0.
    expect((await t.must('reports:exportPerformance', { from: '2025-01', to: '2025-12' })).currentUsdCents).toBeNull();
    // While it is removed, the same month may be typed again; restoring the old one then clashes.
    const again = await t.must('exports:save', ROW);
    const restore = await t.call('exports:restore', { id: saved.id });
    expect(restore.ok ? null : restore.error.code).toBe('DUPLICATE');
    await t.must('exports:remove', { id: again.id });
    await t.must('exports:restore', { id: saved.id });
    expect((await t.must('reports:exportPerformance', { from: '2025-01', to: '2025-12' })).currentUsdCents).toBe(1_250_050);
  });
});

describe('the demonstration centre’s export history', () => {
  let t: TempApp;
  afterEach(() => t.close());

  function totals(sql: string): [string | number, number][] {
    return t.app.db.prepare(sql).raw().all() as [string | number, number][];
  }

  it('runs from January 2018 until the app’s first shipment, dips in 2020, and with the shipments grows about 5 % a year since', async () => {
    t = await tempApp({ today: '2026-11-23' });
    await t.must('demo:create', { seed: 1976 });
    const span = t.app.db.prepare("SELECT MIN(printf('%d-%02d', year, month)), MAX(printf('%d-%02d', year, month)), COUNT(DISTINCT year * 12 + month) FROM export_history").raw().get();
    const firstShipped = t.app.db.prepare("SELECT MIN(substr(COALESCE(peb_date, etd), 1, 7)) FROM shipment WHERE status IN ('shipped', 'closed')").pluck().get();
    expect(span).toEqual(['2018-01', '2023-02', 62]);
    expect(firstShipped).toBe('2023-03');
    // Each month from one source: history before the app, the app's shipments after — no month has both, none is missing.
    expect(exportMonthSources(t.app.db, '2018-01', '2026-12').filter((month) => month.twoSources)).toEqual([]);
    expect(knownExportMonths(t.app.db, '2018-01', '2026-10', '2026-11').size).toBe(8 * 12 + 10);
    const byYear = new Map<number, number>();
    for (const fact of exportFacts(t.app.db, '2018-01', '2026-12')) byYear.set(Number(fact.month.slice(0, 4)), (byYear.get(Number(fact.month.slice(0, 4))) ?? 0) + fact.fobUsdCents);
    const year = (y: number) => byYear.get(y) ?? 0;
    expect(year(2018) / 100).toBeGreaterThan(250_000);
    expect(year(2018) / 100).toBeLessThan(350_000);
    expect(year(2020)).toBeLessThan(year(2019) * 0.75);
    for (const y of [2023, 2024, 2025]) {
      const growth = year(y) / year(y - 1) - 1;
      expect(growth, String(y)).toBeGreaterThan(0.01);
      expect(growth, String(y)).toBeLessThan(0.09);
    }
    // Near the roadmap's +5 % a year from 2018, a little under it.
    expect(year(2025) / (year(2018) * 1.05 ** 7)).toBeGreaterThan(0.8);
    expect(year(2025) / (year(2018) * 1.05 ** 7)).toBeLessThan(1);
    const countries = totals('SELECT country, SUM(fob_usd_cents) AS v FROM export_history GROUP BY country ORDER BY v DESC').map(([code]) => code);
    expect(countries.slice(0, 2)).toEqual(['US', 'JP']);
    expect(countries.slice(2, 4).sort()).toEqual(['BE', 'NL']);
    expect(countries.indexOf('MY')).toBeLessThan(countries.indexOf('CN'));
    const categories = new Map(totals('SELECT category_code, SUM(fob_usd_cents) FROM export_history GROUP BY category_code'));
    const all = [...categories.values()].reduce((sum, value) => sum + value, 0);
    expect((categories.get('tas') ?? 0) / all).toBeGreaterThan(0.45);
    expect(categories.get('dompet') ?? 0).toBeGreaterThan(categories.get('koper') ?? 0);
    const again = await tempApp({ today: '2026-11-23' });
    try {
      await again.must('demo:create', { seed: 1976 });
      const rows = (db: Db) => db.prepare('SELECT year, month, country, category_code, hs_code, fob_usd_cents FROM export_history ORDER BY id').raw().all();
      expect(rows(again.app.db)).toEqual(rows(t.app.db));
    } finally {
      again.close();
    }
  });

  it('gives the stress scale years of history since 2010 in a few thousand rows', async () => {
    t = await tempApp({ today: '2026-11-23' });
    const write = () => writeExportHistory(t.app.db, createRandom(7), { today: '2026-11-23', now: '2026-11-23T00:00:00.000Z', isStress: true });
    const rows = t.app.db.transaction(write)();
    expect(rows).toBeGreaterThan(4_000);
    expect(rows).toBeLessThan(8_000);
    expect(t.app.db.prepare('SELECT MIN(year) FROM export_history').pluck().get()).toBe(2010);
  });
});
