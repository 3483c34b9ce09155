import type ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GovernmentReport } from '../../shared/api/registry-reports';
import type { ProductionReport } from '../../shared/api/report-production';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { reportCentre } from './report-production-centre';
import { madeBytes } from '../helpers/made-file';

/**
 * One definition per figure: capacity, utilisation, production quantity and value, months with
 * data, members, units and workers are the same number in every report that shows them (the
 * audit found June 2026 utilisation 3,44 % against 4,04 %, capacity 5.480.378 against 5.626.080,
 * production value Rp 1 apart). Expectations are computed from the database, never demo literals.
 */

function rowWith(sheet: ExcelJS.Worksheet, text: string, column = 1): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(column).value === text) found = row;
  });
  if (!found) throw new Error(`no row ${text} in ${sheet.name}`);
  return found;
}

function resultOf(value: ExcelJS.CellValue): unknown {
  return value && typeof value === 'object' && 'result' in value ? value.result : value;
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe('the figures of the demonstration centre, through every report', () => {
  let t: TempApp;
  beforeAll(async () => {
    t = await tempApp({ today: '2026-12-07' });
    await t.must('demo:create', { seed: 1976 });
  });
  afterAll(() => t.close());

  /** Production value straight from the source rows: accepted × price at the order's rate, summed exactly, rounded once. */
  function valueFromRows(from: string, to: string): number {
    const rows = t.app.db
      .prepare(
        `SELECT d.accepted * ol.unit_price AS worth, o.currency, o.idr_rate AS rate FROM delivery d JOIN work_assignment a ON a.id = d.assignment_id
         JOIN order_line ol ON ol.id = a.order_line_id JOIN sales_order o ON o.id = ol.order_id WHERE d.delivered_on BETWEEN ? AND ?`,
      )
      .all(from, to) as { worth: number; currency: string; rate: number | null }[];
    const exact = rows.reduce((total, row) => total + (row.currency === 'IDR' ? row.worth : row.rate === null ? 0 : ((row.worth / (row.currency === 'JPY' ? 1 : 100)) * row.rate)), 0);
    return Math.round(exact);
  }

  for (const period of [{ from: '2026-06', to: '2026-06' }, { from: '2026-01', to: '2026-11' }]) {
    it(`agrees between the production report, the government profile and the registry report for ${period.from}…${period.to}`, async () => {
      const production: ProductionReport = await t.must('reports:production', period);
      const government: GovernmentReport = await t.must('reports:government', period);
      const registry = await t.must('reports:registry', period);
      expect(government.figures).toEqual(production.figures);
      expect(registry.figures).toEqual(government.figures.registry);
      const f = production.figures;
      expect(f.producedQty).not.toBeNull();
      expect([production.utilisationPct, production.total.capacity, production.total.delivered, production.total.valueIdr])
        .toEqual([government.utilisationPct, government.installedCapacity, government.producedQty, government.productionValueIdr]);
      expect(f.productionValueIdr).toBe(valueFromRows(`${period.from}-01`, f.asOf));
      expect(f.utilisationPct).toBe(Math.round(((f.producedQty ?? 0) / (f.capacity ?? 1)) * 10_000) / 100);
      // Lines add up to the figure: months, workshops, units of the profile.
      expect(sum(production.byMonth.map((line) => line.valueIdr))).toBe(f.productionValueIdr);
      expect(sum(production.byUnit.map((line) => line.valueIdr))).toBe(f.productionValueIdr);
      expect(sum(production.byUnit.map((line) => line.capacity))).toBe(f.capacity);
      expect(sum(government.units.map((line) => line.productionValueIdr))).toBe(f.productionValueIdr);
      expect(sum(government.units.map((line) => line.capacity))).toBe(f.capacity);
      // Members are aktif at the period's end; dormant units are the rest.
      expect(f.registry.members).toBe(registry.membersByStatus.aktif);
      expect(f.registry.dormantUnits).toBe(registry.dormantUnits);
    });
  }

  it('writes the same figures into both workbooks', async () => {
    const period = { from: '2026-01', to: '2026-11' };
    const report = await t.must('reports:government', period);
    const government = await readWorkbook(madeBytes((await t.must('files:report', { name: 'government', ...period }))));
    const profile = government.getWorksheet('Profil Sentra');
    if (!profile) throw new Error('no profile');
    const value = (label: string) => resultOf(rowWith(profile, label).getCell(2).value);
    expect(value('Nilai produksi')).toBe(report.figures.productionValueIdr);
    expect(value('Kapasitas ditawarkan ke koperasi dalam periode')).toBe(report.figures.capacity);
    expect(value('Kapasitas terpakai (utilisasi)')).toBe((report.figures.utilisationPct ?? 0) / 100);
    expect(value('Anggota koperasi aktif')).toBe(report.figures.registry.members);
    expect(value('Tenaga kerja')).toBe(report.figures.registry.workers);
    // Every unit without a KBLI is counted and named.
    const withoutKbli = report.units.filter((line) => !line.unit.kbli).length;
    if (withoutKbli > 0) expect(value('Unit tanpa KBLI')).toBe(withoutKbli);
    const production = await readWorkbook(madeBytes((await t.must('files:report', { name: 'production', ...period }))));
    const summary = production.getWorksheet('Ringkasan');
    if (!summary) throw new Error('no summary');
    const total = rowWith(summary, 'Jumlah');
    expect(resultOf(total.getCell(10).value)).toBe(report.figures.productionValueIdr);
    expect(resultOf(total.getCell(4).value)).toBe(report.figures.capacity);
    expect(resultOf(total.getCell(6).value)).toBe(report.figures.producedQty);
  });

  it('measures the roadmap by the same definitions', async () => {
    const view = await t.must('roadmap:get', {});
    if (!view) throw new Error('no roadmap');
    const year = (standard: string, y: number) => view.kpis.find((kpi) => kpi.standard === standard)?.years.find((cell) => cell.year === y);
    const last = await t.must('reports:production', { from: '2025-01', to: '2025-12' });
    expect(year('production-idr', 2025)?.dataValue).toBe(last.figures.productionValueIdr);
    const registry = last.figures.registry;
    expect([year('members', 2025)?.dataValue, year('workers', 2025)?.dataValue, year('active-units', 2025)?.dataValue])
      .toEqual([registry.members, registry.workers, registry.activeUnits]);
  });
});

describe('a small centre: rounding once, unpriced orders named, missing months named', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await tempApp({ today: '2026-12-31' });
    await reportCentre(t);
  });
  afterEach(() => t.close());

  it('sums value exactly and rounds once: two half rupiah make one, in every report', async () => {
    // UB hands in 10 more in November; at Rp16.000,002 a dollar each month's 10 × USD 25 is Rp4.000.000,5.
    const ub = t.app.db.prepare("SELECT a.id FROM work_assignment a JOIN business_unit u ON u.id = a.unit_id WHERE u.unit_code = 'UB'").pluck().get() as number;
    await t.must('deliveries:record', { assignmentId: ub, deliveredOn: '2026-11-30', accepted: 10, rejected: 0 });
    t.app.db.prepare("UPDATE sales_order SET idr_rate = 16000.002 WHERE order_no = 'EXP-1'").run();
    const period = { from: '2026-10', to: '2026-12' };
    const production = await t.must('reports:production', period);
    const government = await t.must('reports:government', period);
    // 90 × Rp100.000 + 2 × Rp4.000.000,5 = Rp17.000.001 (rounded per month it was Rp17.000.002).
    expect(production.figures.productionValueIdr).toBe(17_000_001);
    expect(government.productionValueIdr).toBe(17_000_001);
    expect(sum(production.byMonth.map((line) => line.valueIdr))).toBe(17_000_001);
    expect(sum(government.units.map((line) => line.productionValueIdr))).toBe(17_000_001);
  });

  it('names the orders without a rate and marks the value partial, on screen data, workbook and roadmap', async () => {
    t.app.db.prepare("UPDATE sales_order SET idr_rate = NULL WHERE order_no = 'EXP-1'").run();
    const report = await t.must('reports:production', { from: '2026-10', to: '2026-12' });
    expect(report.figures.unpricedOrders).toEqual([{ orderNo: 'EXP-1', currency: 'USD', accepted: 10 }]);
    expect(report.figures.productionValueIdr).toBe(9_000_000);
    const workbook = await readWorkbook(madeBytes((await t.must('files:report', { name: 'production', from: '2026-10', to: '2026-12' }))));
    const texts: string[] = [];
    workbook.getWorksheet('Ringkasan')?.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.some((text) => text.includes('sebagian') && text.includes('EXP-1'))).toBe(true);
    await t.must('roadmap:save', { name: 'R', startYear: 2026, endYear: 2026, baselineYear: 2025, kpis: [{ standard: 'production-idr', targets: [{ year: 2026, value: 20_000_000 }] }] });
    const view = await t.must('roadmap:get', {});
    const cell = view?.kpis[0].years.find((c) => c.year === 2026);
    expect([cell?.dataValue, cell?.unpricedOrders]).toEqual([9_000_000, ['EXP-1']]);
  });

  it('judges a year with one month of deliveries on that month, naming the others', async () => {
    const report = await t.must('reports:government', { from: '2026-01', to: '2026-11' });
    expect(report.figures.monthsWithData).toEqual(['2026-11']);
    expect(report.figures.missingMonths).toHaveLength(10);
    // November: UA handed in 45 against the capacity November's weeks offered.
    const production = await t.must('reports:production', { from: '2026-11', to: '2026-11' });
    expect(report.installedCapacity).toBe(production.figures.capacity);
    expect(report.utilisationPct).toBe(production.utilisationPct);
    const workbook = await readWorkbook(madeBytes((await t.must('files:report', { name: 'government', from: '2026-01', to: '2026-11' }))));
    const profile = workbook.getWorksheet('Profil Sentra');
    if (!profile) throw new Error('no profile');
    expect(String(rowWith(profile, 'Kapasitas terpakai (utilisasi)').getCell(4).value)).toContain('Januari 2026, Februari 2026');
    expect(rowWith(profile, 'C. Produksi dan kapasitas (data 1 dari 11 bulan)')).toBeTruthy();
  });
});

describe('a new centre: unknown, never zero', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await tempApp({ today: '2026-12-07' });
  });
  afterEach(() => t.close());

  it('has a government profile without zeros in its JSON and its workbook', async () => {
    const report = await t.must('reports:government', { from: '2026-01', to: '2026-11' });
    expect(report.figures.registry).toMatchObject({ members: null, units: null, activeUnits: null, dormantUnits: null, workers: null, registeredMonthlyCapacity: null });
    expect([report.producedQty, report.productionValueIdr, report.installedCapacity, report.utilisationPct, report.exportUsdCents]).toEqual([null, null, null, null, null]);
    const workbook = await readWorkbook(madeBytes((await t.must('files:report', { name: 'government', from: '2026-01', to: '2026-11' }))));
    const profile = workbook.getWorksheet('Profil Sentra');
    if (!profile) throw new Error('no profile');
    for (const label of ['Jumlah unit usaha', 'Unit usaha aktif', 'Anggota koperasi aktif', 'Tenaga kerja', 'Kapasitas terpasang per bulan', 'Produksi (diserahkan unit usaha)', 'Nilai produksi']) {
      expect(rowWith(profile, label).getCell(2).value).toBe('belum ada data');
    }
    const numbers: unknown[] = [];
    profile.eachRow((row) => numbers.push(resultOf(row.getCell(2).value)));
    expect(numbers.filter((value) => value === 0)).toEqual([]);
  });
});
