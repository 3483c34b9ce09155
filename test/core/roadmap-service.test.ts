import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KpiProgress, RoadmapView } from '../../shared/api/roadmap';
import { addOrder, seedCentre } from '../planning/centre';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { ROADMAP, roadmapCentre } from './roadmap-centre';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
});
afterEach(() => t.close());

function kpi(view: RoadmapView, key: string): KpiProgress {
  const found = view.kpis.find((candidate) => (candidate.standard ?? candidate.name) === key);
  if (!found) throw new Error(`no KPI ${key}`);
  return found;
}

/** [year, target, actual, source, % of target, status] per year. */
function rows(progress: KpiProgress) {
  return progress.years.map((cell) => [cell.year, cell.target, cell.actual, cell.source, cell.pctOfTarget, cell.status]);
}

describe('roadmap progress', () => {
  it('takes actuals from the data where it has them, by hand where typed, and leaves years without data unknown', async () => {
    await roadmapCentre(t);
    expect(await t.must('roadmap:get', {})).toBeNull();
    const view = await t.must('roadmap:save', ROADMAP);
    expect([view.years, view.currentYear, view.monthsPassed]).toEqual([[2023, 2024, 2025, 2026, 2027], 2026, 10]);

    const exports = kpi(view, 'export-usd');
    expect([exports.label, exports.unit, exports.decimals, exports.measure]).toEqual(['Nilai ekspor', 'USD', 2, 'flow']);
    expect(rows(exports)).toEqual([
      [2023, null, 120_000, 'data', null, 'no-target'],
      [2024, 126_000, 126_000, 'data', 100, 'achieved'],
      [2025, 132_300, 66_000, 'data', 49.89, 'behind'],
      // Ten months of 2026 passed: USD 1.200 against 138.915 × 10/12 = 1.157,63 is on track.
      [2026, 138_915, 120_000, 'data', 86.38, 'on-track'],
      [2027, 145_861, null, null, null, 'no-data'],
    ]);
    expect(exports.years.map((cell) => cell.monthsWithData)).toEqual([12, 12, 6, 10, null]);

    // No delivered work at all: production value is unknown, not zero.
    expect(rows(kpi(view, 'production-idr')).map((row) => [row[0], row[2], row[5]])).toEqual([
      [2023, null, 'no-target'], [2024, null, 'no-target'], [2025, null, 'no-data'], [2026, null, 'no-data'], [2027, null, 'no-target'],
    ]);
    // The registry at each year's end (today for 2026); a level judged on the line from last year to the target.
    expect(rows(kpi(view, 'active-units'))).toEqual([
      [2023, null, 2, 'data', null, 'no-target'], [2024, 3, 3, 'data', 100, 'achieved'], [2025, 3, 2, 'data', 66.67, 'behind'],
      [2026, 4, 2, 'data', 50, 'behind'], [2027, null, null, null, null, 'no-target'],
    ]);
    expect(kpi(view, 'workers').years.map((cell) => cell.actual)).toEqual([16, 24, 18, 18, null]);
    // A hand value overrides the data and says so; the data's own figure stays visible.
    const members = kpi(view, 'members');
    expect(members.years.map((cell) => [cell.actual, cell.source, cell.dataValue, cell.note])).toEqual([
      [280, 'hand', 2, 'Laporan RAT 2023'], [3, 'data', 3, null], [2, 'data', 2, null], [2, 'data', 2, null], [null, null, null, null],
    ]);
    expect(members.years[3].status).toBe('achieved');
    const visitors = kpi(view, 'Pengunjung kawasan');
    expect([visitors.label, visitors.unit, visitors.decimals]).toEqual(['Pengunjung kawasan', 'orang', 2]);
    expect(rows(visitors)).toEqual([
      [2023, null, 25_000_000, 'hand', null, 'no-target'], [2024, 30_000_000, 31_000_000, 'hand', 103.33, 'achieved'],
      [2025, null, null, null, null, 'no-target'], [2026, 40_000_000, null, null, null, 'no-data'], [2027, null, null, null, null, 'no-target'],
    ]);
    expect(view.headline).toEqual({ year: 2026, kpis: 6, achieved: 1, onTrack: 1, behind: 2, noData: 2, exportTargetUsd: 138_915, exportActualUsd: 120_000 });
    expect((await t.must('roadmap:get', { year: 2024 }))?.headline).toMatchObject({ year: 2024, achieved: 3, behind: 0, exportActualUsd: 126_000 });
  });

  it('edits one cell at a time, grows targets from the baseline, and keeps stored values when the header is saved alone', async () => {
    await roadmapCentre(t);
    const view = await t.must('roadmap:save', ROADMAP);
    const exportsId = kpi(view, 'export-usd').id;
    const edited = await t.must('roadmap:setCell', { kpiId: exportsId, year: 2026, kind: 'target', value: 150_000 });
    expect(kpi(edited, 'export-usd').years[3]).toMatchObject({ target: 150_000, pctOfTarget: 80, status: 'behind' });
    const hand = await t.must('roadmap:setCell', { kpiId: kpi(view, 'production-idr').id, year: 2025, kind: 'actual', value: 5_500_000, note: 'Laporan RAT 2025' });
    expect(kpi(hand, 'production-idr').years[2]).toMatchObject({ actual: 5_500_000, source: 'hand', dataValue: null, pctOfTarget: 110, status: 'achieved' });

    // +5 % a year from 2023's USD 1.200: 1.260, 1.323, 1.389,15, 1.458,61.
    const grown = await t.must('roadmap:growTargets', { kpiId: exportsId, pct: 5 });
    expect(kpi(grown, 'export-usd').years.map((cell) => cell.target)).toEqual([null, 126_000, 132_300, 138_915, 145_861]);
    const refused = await t.call('roadmap:growTargets', { kpiId: kpi(view, 'production-idr').id, pct: 5 });
    expect(refused.ok ? null : refused.error.message).toBe(
      'Target Nilai produksi (omzet) tidak dapat disusun dari tahun dasar 2023: realisasi tahun itu belum ada data. Isi realisasinya dulu.',
    );

    const renamed = await t.must('roadmap:save', { ...ROADMAP, name: 'Nama baru', kpis: ROADMAP.kpis.map(({ targets: _t, actuals: _a, ...rest }) => rest) });
    expect(renamed.name).toBe('Nama baru');
    expect(kpi(renamed, 'production-idr').years[2].actual).toBe(5_500_000);
    expect(kpi(renamed, 'export-usd').years.map((cell) => cell.target)).toEqual([null, 126_000, 132_300, 138_915, 145_861]);
    // A KPI left out of the list goes, with its targets.
    const fewer = await t.must('roadmap:save', { ...ROADMAP, kpis: ROADMAP.kpis.slice(0, 2) });
    expect(fewer.kpis.map((k) => k.standard)).toEqual(['export-usd', 'production-idr']);
  });

  it('gives the export-performance report its target: the roadmap’s export target for the year the period ends in', async () => {
    await roadmapCentre(t);
    await t.must('roadmap:save', ROADMAP);
    const thisYear = await t.must('reports:exportPerformance', { from: '2026-01', to: '2026-10' });
    expect(thisYear.target).toEqual({ usd: 138_915, pct: 86.38 });
    // 2023 is the baseline: no target, so none is shown rather than a zero.
    expect((await t.must('reports:exportPerformance', { from: '2023-01', to: '2023-12' })).target).toBeNull();
    const file = await t.must('files:report', { name: 'export-performance', from: '2026-01', to: '2026-10' });
    expect(file.fileName).toBe('kinerja-ekspor-2026-01-2026-10.xlsx');
    const summary = (await readWorkbook(madeBytes(file))).getWorksheet('Ringkasan');
    let target: unknown[] = [];
    summary?.eachRow((row) => {
      if (row.getCell(1).value === 'Target peta jalan revitalisasi') target = [row.getCell(2).value, row.getCell(2).numFmt, row.getCell(3).value];
    });
    expect(target).toEqual([1389.15, '#,##0.00', 'tercapai 86,38 % dari target tahun 2026 (roadmap revitalisasi)']);
  });

  it('values delivered work at the order line price in rupiah at the order rate', async () => {
    seedCentre(t.app.db);
    const idrLine = addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-02-26', qty: 100 });
    const usdLine = addOrder(t.app.db, { orderNo: 'EXP-1', buyerId: 1, shipBy: '2027-02-26', qty: 50 });
    // The export order: USD 25,00 a piece at Rp16.000.
    t.app.db.prepare("UPDATE sales_order SET currency = 'USD', idr_rate = 16000 WHERE order_no = 'EXP-1'").run();
    t.app.db.prepare('UPDATE order_line SET unit_price = 2500 WHERE id = ?').run(usdLine);
    const a = await t.must('plan:assign', { orderLineId: idrLine, unitCode: 'UA', qty: 60, start: '2026-11-02' });
    const b = await t.must('plan:assign', { orderLineId: usdLine, unitCode: 'UB', qty: 20, start: '2026-11-02' });
    await t.must('deliveries:record', { assignmentId: a.id, deliveredOn: '2026-11-20', accepted: 40, rejected: 5 });
    await t.must('deliveries:record', { assignmentId: b.id, deliveredOn: '2026-11-21', accepted: 10, rejected: 0 });
    const view = await t.must('roadmap:save', {
      name: 'Produksi', startYear: 2025, endYear: 2026, baselineYear: 2025,
      kpis: [{ standard: 'production-idr', targets: [{ year: 2026, value: 9_000_000 }] }],
    });
    // 40 × Rp100.000 + 10 × USD 25 × 16.000 = Rp8.000.000; rejected pieces are not production.
    expect(rows(kpi(view, 'production-idr'))).toEqual([
      [2025, null, null, null, null, 'no-target'],
      [2026, 9_000_000, 8_000_000, 'data', 88.89, 'on-track'],
    ]);
  });
});
