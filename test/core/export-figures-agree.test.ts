import { afterEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { twoSourceCentre } from './export-sources-centre';

/**
 * One definition per export figure: for a period, the exports total, by month, the previous
 * period, growth and the months with data are the same number through export performance, the
 * shipments report, the dashboard and the roadmap. The audit's cases: a month with one history row
 * and shipments; the default period; a previous year without data (null, never 0).
 */

let t: TempApp;
afterEach(() => t.close());

async function roadmapActual(year: number): Promise<{ actual: number | null; monthsWithData: number | null }> {
  const view = await t.must('roadmap:save', { name: 'Roadmap', startYear: 2026, endYear: 2026, baselineYear: 2025, kpis: [{ standard: 'export-usd' }] });
  const cell = view.kpis[0].years.find((y) => y.year === year);
  return { actual: cell?.actual ?? null, monthsWithData: cell?.monthsWithData ?? null };
}

describe('export figures agree across every report', () => {
  it('counts a month with one history row and shipments once: the shipments until a source is chosen (flagged), then the chosen one', async () => {
    t = await tempApp({ today: '2026-11-23' });
    const shipmentsUsdCents = await twoSourceCentre(t);
    const period = { from: '2026-09', to: '2026-10' };
    const perf = await t.must('reports:exportPerformance', period);
    const list = await t.must('reports:shipments', period);
    // The audit saw USD 100 here (the history row silently replaced the shipments).
    expect(perf.currentUsdCents).toBe(shipmentsUsdCents);
    expect(perf.monthSources).toEqual([{ month: '2026-09', source: 'shipments', historyUsdCents: 10_000, shipmentsUsdCents, twoSources: true, chosen: null }]);
    expect(list.exports.usdCents).toBe(perf.currentUsdCents);
    expect(list.byMonth.map((m) => [m.month, m.countedUsdCents])).toEqual(perf.byMonth.map((m) => [m.key, m.currentKnown ? m.currentUsdCents : null]));
    expect(list.exports.monthsWithData).toBe(perf.monthsWithData.current);
    expect(list.missingMonths).toEqual(perf.missingMonths);
    expect(list.exports.monthSources).toEqual(perf.monthSources);

    // A second history row for September typed by hand asks which source the month keeps, naming both figures.
    const refused = await t.call('exports:save', { year: 2026, month: 9, country: 'JP', category: 'tas', hsCode: '4202.21', fobUsdCents: 5_000 });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'CONFLICT', details: { field: 'monthSource', entity: 'exportMonth', id: '2026-09', values: { historyUsdCents: 15_000, shipmentsUsdCents } },
    });
    await t.must('exports:save', { year: 2026, month: 9, country: 'JP', category: 'tas', hsCode: '4202.21', fobUsdCents: 5_000, monthSource: 'history' });

    const chosen = await t.must('reports:exportPerformance', period);
    expect(chosen.currentUsdCents).toBe(15_000);
    expect(chosen.monthSources[0]).toMatchObject({ month: '2026-09', source: 'history', chosen: { by: expect.any(String) } });
    const listed = await t.must('reports:shipments', period);
    // The shipments report still lists the shipment; its month says the counted exports come from history.
    expect([listed.totals.fobUsdCents, listed.byMonth[0].fobUsdCents, listed.byMonth[0].countedUsdCents, listed.byMonth[0].source?.source]).toEqual([shipmentsUsdCents, shipmentsUsdCents, 15_000, 'history']);
    expect(listed.exports.usdCents).toBe(chosen.currentUsdCents);

    // Back to the shipments, through the month-source call.
    await t.must('exports:chooseMonthSource', { months: ['2026-09'], source: 'shipments' });
    expect((await t.must('reports:exportPerformance', period)).currentUsdCents).toBe(shipmentsUsdCents);
  });

  it('gives the dashboard, export performance and the roadmap the same figures for the default period', async () => {
    t = await tempApp({ today: '2026-11-23' });
    const shipmentsUsdCents = await twoSourceCentre(t);
    const perf = await t.must('reports:exportPerformance', {});
    expect(perf.period).toEqual({ from: '2026-01', to: '2026-10', previousFrom: '2025-01', previousTo: '2025-10', partialMonth: null });
    const board = (await t.must('dashboard:get', {})).exports;
    expect(board?.period).toEqual(perf.period);
    expect([board?.currentUsdCents, board?.previousUsdCents, board?.growthPct, board?.monthsWithData, board?.missingMonths, board?.monthSources])
      .toEqual([perf.currentUsdCents, perf.previousUsdCents, perf.growthPct, perf.monthsWithData, perf.missingMonths, perf.monthSources]);
    expect(board?.byMonth.slice(0, 10).map((m) => m.currentUsdCents)).toEqual(perf.byMonth.map((m) => (m.currentKnown ? m.currentUsdCents : null)));
    expect([perf.currentUsdCents, perf.previousUsdCents, perf.growthPct]).toEqual([shipmentsUsdCents, 5_000_000, Math.round(((shipmentsUsdCents - 5_000_000) / 5_000_000) * 10_000) / 100]);
    // September and October 2026 are known (the centre ships through the app since September); January–August are not.
    expect(perf.monthsWithData).toEqual({ current: 2, previous: 1 });
    const list = await t.must('reports:shipments', {});
    expect([list.period, list.exports.usdCents, list.exports.monthsWithData]).toEqual([perf.period, perf.currentUsdCents, perf.monthsWithData.current]);
    // The roadmap's 2026 actual and its months with data: the year so far (January–November) through the same facts.
    const year = await t.must('reports:exportPerformance', { from: '2026-01', to: '2026-11' });
    const roadmap = await roadmapActual(2026);
    expect(roadmap).toEqual({ actual: year.currentUsdCents, monthsWithData: year.monthsWithData.current });
  });

  it('prints a previous period without data as null with no growth, and names its months', async () => {
    t = await tempApp({ today: '2026-11-23' });
    await twoSourceCentre(t);
    const perf = await t.must('reports:exportPerformance', { from: '2026-10', to: '2026-10' });
    expect([perf.currentUsdCents, perf.previousUsdCents, perf.growthPct, perf.monthsWithData, perf.missingPreviousMonths]).toEqual([0, null, null, { current: 1, previous: 0 }, ['2025-10']]);
    expect(perf.byMonth[0]).toMatchObject({ currentKnown: true, previousKnown: false, growthPct: null });
  });

  it('compares a period running into this month with the same days a year earlier, and says so', async () => {
    t = await tempApp({ today: '2026-11-23' });
    await twoSourceCentre(t);
    // Two more shipments in November 2025 (by PEB date): the 3rd counts against 1–23 November 2026, the 25th does not.
    const { db } = t.app;
    for (const [no, day] of [['SHP-2025-A', '03'], ['SHP-2025-B', '25']]) {
      const kept = (db.prepare('PRAGMA table_info(shipment)').all() as { name: string }[]).map((c) => c.name)
        .filter((c) => !['id', 'shipment_no', 'peb_no', 'peb_date', 'etd', 'eta'].includes(c));
      db.prepare(
        `INSERT INTO shipment (shipment_no, peb_no, peb_date, etd, ${kept.join(', ')})
         SELECT ?, ?, ?, ?, ${kept.join(', ')} FROM shipment WHERE shipment_no = 'SHP-2026-001'`,
      ).run(no, `PEB-${no}`, `2025-11-${day}`, `2025-11-${day}`);
      const id = db.prepare('SELECT id FROM shipment WHERE shipment_no = ?').pluck().get(no);
      const columns = (db.prepare('PRAGMA table_info(shipment_line)').all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id' && c !== 'shipment_id');
      db.prepare(`INSERT INTO shipment_line (shipment_id, ${columns.join(', ')}) SELECT ?, ${columns.join(', ')} FROM shipment_line WHERE shipment_id = (SELECT id FROM shipment WHERE shipment_no = 'SHP-2026-001')`).run(id);
    }
    const one = (await t.must('reports:shipments', { from: '2026-09', to: '2026-09' })).totals.fobUsdCents;
    if (one === null) throw new Error('the September shipment has a rate within 7 days: its FOB is known');
    const perf = await t.must('reports:exportPerformance', { from: '2026-11', to: '2026-11' });
    expect(perf.period.partialMonth).toEqual({ month: '2026-11', throughDay: 23 });
    expect([perf.currentUsdCents, perf.previousUsdCents]).toEqual([0, one]);
    const whole = await t.must('reports:exportPerformance', { from: '2025-11', to: '2025-11' });
    expect(whole.currentUsdCents).toBe(2 * one);
  });

  it('on the audit\'s day (6 December) the dashboard and export performance both leave the week-old December out', async () => {
    t = await tempApp({ today: '2026-12-06' });
    for (const [year, month, fobUsd] of [[2025, 11, 100_000], [2025, 12, 300_000], [2026, 11, 110_000]] as const) {
      await t.must('exports:save', { year, month, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: fobUsd });
    }
    const perf = await t.must('reports:exportPerformance', {});
    const board = (await t.must('dashboard:get', {})).exports;
    expect(perf.period).toMatchObject({ from: '2026-01', to: '2026-11', partialMonth: null });
    expect([perf.currentUsdCents, perf.previousUsdCents, perf.growthPct]).toEqual([110_000, 100_000, 10]);
    expect([board?.currentUsdCents, board?.previousUsdCents, board?.growthPct]).toEqual([perf.currentUsdCents, perf.previousUsdCents, perf.growthPct]);
    // December chosen: 1–6 December 2026 against 1–6 December 2025, whose history (a whole month) cannot be cut: unknown, named.
    const december = await t.must('reports:exportPerformance', { from: '2026-12', to: '2026-12' });
    expect([december.period.partialMonth, december.previousUsdCents, december.growthPct, december.missingPreviousMonths]).toEqual([{ month: '2026-12', throughDay: 6 }, null, null, ['2025-12']]);
  });
});
