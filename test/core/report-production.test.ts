import type { CellFormulaValue, Worksheet } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { reportCentre } from './report-production-centre';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  await reportCentre(t);
});
afterEach(() => t.close());

function rowValues(sheet: Worksheet, row: number): unknown[] {
  return Array.from((sheet.getRow(row).values as unknown[]).slice(1), (value) => (value && typeof value === 'object' && 'result' in value ? (value as CellFormulaValue).result : (value ?? null)));
}

function headerRowOf(sheet: Worksheet): number {
  for (let row = 1; row < 20; row++) if (sheet.getCell(row, 1).value === 'No.') return row;
  throw new Error('no header');
}

describe('the production figures', () => {
  it('counts SPK weeks by the month they start in, deliveries with QC rejects, utilisation and value', async () => {
    const report = await t.must('reports:production', { from: '2026-10', to: '2026-12' });
    expect(report.asOf).toBe('2026-12-31');
    expect(report.total).toMatchObject({ assigned: 150, capacity: 4320, delivered: 110, accepted: 100, rejected: 10, valueIdr: 13_000_000 });
    // Utilisation: handed in ÷ capacity over the months with deliveries (110 ÷ 4320).
    expect([report.rejectPct, report.utilisationPct, report.unpricedAccepted]).toEqual([9.09, 2.55, 0]);
    expect(report.figures).toMatchObject({ producedQty: 110, capacity: 4320, utilisationPct: 2.55, productionValueIdr: 13_000_000, monthsWithData: ['2026-11', '2026-12'] });
    expect(report.byMonth.map((m) => [m.key, m.assigned, m.capacity, m.delivered, m.rejected, m.valueIdr, m.hasData])).toEqual([
      // October has no delivery: its capacity is left out of utilisation.
      ['2026-10', 0, 0, 0, 0, 0, false],
      ['2026-11', 120, 2400, 45, 5, 4_000_000, true],
      ['2026-12', 30, 1920, 65, 5, 9_000_000, true],
    ]);
    expect(report.missingMonths).toEqual(['2026-10']);
    // The dormant UX has neither capacity nor work: left out.
    expect(report.byUnit.map((u) => [u.unitCode, u.assigned, u.capacity, u.delivered, u.accepted, u.rejected, u.valueIdr])).toEqual([
      ['UA', 100, 1080, 100, 90, 10, 9_000_000],
      ['UB', 20, 1080, 10, 10, 0, 4_000_000],
      ['UC', 30, 2160, 0, 0, 0, 0],
    ]);
  });

  it('takes capacity from the unit history valid in each month and the production calendar', async () => {
    // UB doubles from December; the first week of December stops for a holiday.
    t.app.db.prepare("INSERT INTO unit_state (unit_id, valid_from, is_active, workers, monthly_capacity, recorded_at) SELECT id, '2026-12-01', 1, 8, 1040, 'x' FROM business_unit WHERE unit_code = 'UB'").run();
    await t.must('calendar:save', { startsOn: '2026-12-07', endsOn: '2026-12-12', kind: 'holiday', capacityPct: 0, name: 'Libur' });
    const report = await t.must('reports:production', { from: '2026-11', to: '2026-12' });
    expect(report.byUnit.find((u) => u.unitCode === 'UB')?.capacity).toBe(600 + 3 * 240);
    expect(report.byUnit.find((u) => u.unitCode === 'UA')?.capacity).toBe(600 + 3 * 120);
  });

  it('writes the workbook: months with live totals and shares, workshops, and workshop × month', async () => {
    const file = await t.must('files:report', { name: 'production', from: '2026-10', to: '2026-12' });
    expect(file.fileName).toBe('laporan-produksi-2026-10-2026-12.xlsx');
    const workbook = await readWorkbook(madeBytes(file));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Grafik', 'Per Unit Usaha', 'Unit per Bulan']);
    const summary = workbook.getWorksheet('Ringkasan')!;
    const h = headerRowOf(summary);
    expect(rowValues(summary, h)).toEqual([
      'No.', 'Bulan', 'Ditugaskan (pcs)', 'Kapasitas (pcs)', 'Utilisasi', 'Disetor (pcs)', 'Diterima QC (pcs)', 'Ditolak QC (pcs)', '% Tolak', 'Nilai Produksi (Rp)', 'Keterangan',
    ]);
    // October has no delivery: blanks and a remark, never zeros (its SPK pieces, none, are a count).
    expect(rowValues(summary, h + 1)).toEqual([1, 'Oktober 2026', 0, null, null, null, null, null, null, null, 'belum ada data']);
    expect(rowValues(summary, h + 2)).toEqual([2, 'November 2026', 120, 2400, 45 / 2400, 45, 40, 5, 5 / 45, 4_000_000]);
    expect(summary.getCell(h + 2, 5).value).toMatchObject({ formula: `IF(D${h + 2}=0,"",F${h + 2}/D${h + 2})` });
    expect(summary.getCell(h + 2, 5).numFmt).toBe('0.00%');
    const total = h + 4;
    expect(summary.getCell(total, 1).value).toBe('Jumlah');
    expect(summary.getCell(total, 3).value).toEqual({ formula: `SUBTOTAL(9,C${h + 1}:C${h + 3})`, result: 150 });
    expect(summary.getCell(total, 10).value).toEqual({ formula: `SUBTOTAL(9,J${h + 1}:J${h + 3})`, result: 13_000_000 });
    expect(summary.getCell(total, 9).value).toEqual({ formula: `IF(F${total}=0,"",H${total}/F${total})`, result: 10 / 110 });
    expect(summary.getCell(total, 5).value).toEqual({ formula: `IF(D${total}=0,"",F${total}/D${total})`, result: 110 / 4320 });
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: h });
    expect(summary.autoFilter).toBeTruthy();
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: `${h}:${h}` });
    expect(summary.headerFooter.oddFooter).toContain('&P');
    const units = workbook.getWorksheet('Per Unit Usaha')!;
    expect(rowValues(units, headerRowOf(units) + 1)).toEqual([1, 'UA', 'Usaha UA', 100, 1080, 100 / 1080, 100, 90, 10, 0.1, 9_000_000]);
    const detail = workbook.getWorksheet('Unit per Bulan')!;
    const d = headerRowOf(detail);
    // UA Nov, Dec; UB Nov, Dec; UC Nov, Dec.
    expect(rowValues(detail, d + 1).slice(1, 8)).toEqual(['UA', 'Usaha UA', 'Nov 2026', 100, 600, 45 / 600, 45]);
    expect(detail.getCell(d + 7, 1).value).toBe('Jumlah');
  });
});
