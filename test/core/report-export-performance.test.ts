import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { EXPORT_ROWS_2022 } from '../fixtures/export-rows';
import { readWorkbook } from '../fixtures/workbooks';
import { madeBytes } from '../helpers/made-file';

const ROWS = [
  ...EXPORT_ROWS_2022,
  // Outside both periods: left out.
  { year: 2022, month: 10, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 99_999 },
];

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('centre:save', {
    name: 'Sentra IKM Tas dan Koper Tanggulangin', cooperativeName: '=HYPERLINK("x") & Co', address: 'Jl. Raya Kludan No. 68',
    district: 'Tanggulangin', regency: 'Sidoarjo', phone: '(031) 8851 276',
  });
  for (const row of ROWS) await t.must('exports:save', row);
});
afterEach(() => t.close());

describe('the export-performance figures', () => {
  it('compares the period with the same months a year earlier, by month, country, category and HS code', async () => {
    const report = await t.must('reports:exportPerformance', { from: '2022-01', to: '2022-09' });
    expect(report.period).toEqual({ from: '2022-01', to: '2022-09', previousFrom: '2021-01', previousTo: '2021-09', partialMonth: null });
    expect(report.monthsWithData).toEqual({ current: 3, previous: 3 });
    expect([report.currentUsdCents, report.previousUsdCents, report.growthPct, report.target, report.hasRoadmap]).toEqual([72_554, 67_842, 6.95, null, false]);
    expect(report.byMonth.map((l) => [l.key, l.label, l.currentUsdCents, l.previousUsdCents, l.growthPct])).toEqual([
      ['2022-01', 'Januari 2022', 40_000, 35_000, 14.29], ['2022-02', 'Februari 2022', 0, 0, null], ['2022-03', 'Maret 2022', 22_554, 22_842, -1.26],
      ['2022-04', 'April 2022', 0, 0, null], ['2022-05', 'Mei 2022', 0, 10_000, null], ['2022-06', 'Juni 2022', 0, 0, null],
      ['2022-07', 'Juli 2022', 0, 0, null], ['2022-08', 'Agustus 2022', 0, 0, null], ['2022-09', 'September 2022', 10_000, 0, null],
    ]);
    expect(report.byCountry.map((l) => [l.key, l.label, l.currentUsdCents, l.previousUsdCents, l.sharePct])).toEqual([
      ['US', 'Amerika Serikat', 40_000, 35_000, 55.13], ['JP', 'Jepang', 22_554, 22_842, 31.09], ['BE', 'Belgia', 10_000, 0, 13.78],
      ['NL', 'Belanda', 0, 10_000, 0],
    ]);
    expect(report.byCategory.map((l) => [l.label, l.currentUsdCents])).toEqual([['Tas', 40_000], ['Dompet', 22_554], ['Ikat Pinggang', 10_000]]);
    expect(report.byHsCode.map((l) => l.key)).toEqual(['4202.21', '4202.31', '4203.30', '4202.22']);
    // Months without a single row are unknown, not zero, and the report says which.
    expect(report.missingMonths).toEqual(['2022-02', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08']);
    expect(report.missingPreviousMonths).toEqual(['2021-02', '2021-04', '2021-06', '2021-07', '2021-08', '2021-09']);
  });

  it('gives no growth where the earlier period had no data (null, not 0), and takes January to the last complete month when no months are given', async () => {
    const fresh = await t.must('reports:exportPerformance', { from: '2021-05', to: '2021-06' });
    expect([fresh.currentUsdCents, fresh.previousUsdCents, fresh.growthPct, fresh.monthsWithData]).toEqual([10_000, null, null, { current: 1, previous: 0 }]);
    const ytd = await t.must('reports:exportPerformance', {});
    expect(ytd.period).toEqual({ from: '2026-01', to: '2026-10', previousFrom: '2025-01', previousTo: '2025-10', partialMonth: null });
    // A chosen period that runs into this month is compared with the same days a year earlier.
    const running = await t.must('reports:exportPerformance', { from: '2026-01', to: '2026-11' });
    expect(running.period.partialMonth).toEqual({ month: '2026-11', throughDay: 23 });
  });

  it('refuses a period that ends before it starts, reaches past this month or runs over twelve months', async () => {
    for (const [from, to, words] of [
      ['2022-09', '2022-01', 'tidak boleh sebelum bulan awal'], ['2026-10', '2026-12', 'tidak boleh melewati bulan berjalan (November 2026)'],
      ['2021-01', '2022-01', 'paling panjang 12 bulan'],
    ]) {
      const result = await t.call('reports:exportPerformance', { from, to });
      expect(result.ok ? null : result.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(words) });
    }
    const badMonth = await t.call('files:report', { name: 'export-performance', from: '2022-13' });
    expect(badMonth.ok ? null : badMonth.error.message).toContain('periode harus ditulis TTTT-BB');
  });
});

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The row whose first cell holds `label`, e.g. "Jumlah". */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row ${label} in ${sheet.name}`);
  return found;
}

describe('the export-performance workbook', () => {
  it('holds a summary and four breakdowns with real numbers, live totals carrying their results, and print setup', async () => {
    const file = await t.must('files:report', { name: 'export-performance', from: '2022-01', to: '2022-09' });
    expect(file.fileName).toBe('kinerja-ekspor-2022-01-2022-09.xlsx');
    const workbook = await readWorkbook(madeBytes(file));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Per Bulan', 'Per Negara', 'Per Kategori', 'Per Kode HS']);

    const summary = sheetNamed(workbook, 'Ringkasan');
    // The letterhead lines first, as text (the cooperative's name is not run as a formula).
    expect([1, 2, 3].map((r) => summary.getCell(`A${r}`).value)).toEqual([
      '=HYPERLINK("x") & Co', 'Sentra IKM Tas dan Koper Tanggulangin', 'Jl. Raya Kludan No. 68, Kec. Tanggulangin, Sidoarjo',
    ]);
    expect(summary.getCell('A1').numFmt).toBe('@');
    const fob = rowLabelled(summary, 'Nilai ekspor FOB (USD)');
    const headerRow = fob.number - 1;
    expect(summary.getRow(headerRow).values).toEqual([undefined, 'Uraian', 'Jan–Sep 2022 (USD)', 'Jan–Sep 2021 (USD)', 'Selisih', 'Pertumbuhan (%)']);
    expect(fob.getCell(2).value).toEqual({ formula: "SUM('Per Bulan'!D11:D19)", result: 725.54 });
    expect(fob.getCell(3).value).toEqual({ formula: "SUM('Per Bulan'!E11:E19)", result: 678.42 });
    expect(fob.getCell(2).numFmt).toBe('#,##0.00');
    const growth = fob.getCell(5);
    expect(growth.formula).toBe(`IF(C${fob.number}=0,"",B${fob.number}/C${fob.number}-1)`);
    expect(Number(growth.result)).toBeCloseTo(0.0694555, 6);
    expect(growth.numFmt).toBe('0.00%');
    expect(rowLabelled(summary, 'Negara tujuan (jumlah)').getCell(2).value).toBe(3);
    expect(rowLabelled(summary, 'Target peta jalan revitalisasi').getCell(2).value).toBe('target: belum ada peta jalan — pencapaian terhadap target belum dapat dihitung');
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(summary.headerFooter.oddFooter).toContain('&P / &N');
    expect(summary.headerFooter.oddHeader).toContain('=HYPERLINK("x") && Co');

    const months = sheetNamed(workbook, 'Per Bulan');
    expect(months.getRow(10).values).toEqual([
      undefined, 'No.', 'Bulan', 'Bulan Pembanding', 'Jan–Sep 2022 (USD)', 'Jan–Sep 2021 (USD)', 'Pertumbuhan (%)', 'Pangsa (%)', 'Keterangan',
    ]);
    expect(months.getRow(11).getCell(2).value).toBe('Januari 2022');
    expect(months.getCell('D11').value).toBe(400);
    expect(months.getCell('F11').formula).toBe('IF(E11=0,"",D11/E11-1)');
    expect(Number(months.getCell('F11').result)).toBeCloseTo(1 / 7, 12);
    expect(months.getCell('G11').formula).toBe('IF(SUM($D$11:$D$19)=0,"",D11/SUM($D$11:$D$19))');
    expect(Number(months.getCell('G11').result)).toBeCloseTo(40_000 / 72_554, 12);
    expect(months.getCell('H12').value).toBe('belum ada data; tahun lalu belum ada data');
    expect(months.getCell('F19').value).toBeNull();
    const total = rowLabelled(months, 'Jumlah');
    expect(total.number).toBe(20);
    expect(total.getCell(4).value).toEqual({ formula: 'SUBTOTAL(9,D11:D19)', result: 725.54 });
    expect(total.getCell(5).value).toEqual({ formula: 'SUBTOTAL(9,E11:E19)', result: 678.42 });
    expect(total.getCell(6).formula).toBe('IF(E20=0,"",D20/E20-1)');
    expect(Number(total.getCell(6).result)).toBeCloseTo(0.0694555, 6);
    expect(months.views[0]).toMatchObject({ state: 'frozen', ySplit: 10, xSplit: 3 });
    expect(months.autoFilter).toBeTruthy();
    expect(months.pageSetup.printTitlesRow).toBe('10:10');

    const countries = sheetNamed(workbook, 'Per Negara');
    expect([11, 12, 13, 14].map((r) => [countries.getCell(`B${r}`).value, countries.getCell(`C${r}`).value, countries.getCell(`D${r}`).value])).toEqual([
      ['US', 'Amerika Serikat', 400], ['JP', 'Jepang', 225.54], ['BE', 'Belgia', 100], ['NL', 'Belanda', 0],
    ]);
    expect(countries.getCell('F13').value).toBeNull();
    expect(countries.getCell('B11').numFmt).toBe('@');
    expect(sheetNamed(workbook, 'Per Kode HS').getCell('B11').value).toBe('4202.21');
  });

  it('says the roadmap lacks that year\'s export target, rather than that there is no roadmap', async () => {
    // A roadmap whose export KPI has targets from 2023 on only: 2022 has none.
    const view = await t.must('roadmap:save', { name: 'Roadmap 2023–2026', startYear: 2023, endYear: 2026, baselineYear: 2022, kpis: [{ standard: 'export-usd' }] });
    await t.must('roadmap:setCell', { kpiId: view.kpis[0].id, year: 2023, kind: 'target', value: 800 });
    const report = await t.must('reports:exportPerformance', { from: '2022-01', to: '2022-09' });
    expect([report.target, report.hasRoadmap]).toEqual([null, true]);
    const file = await t.must('files:report', { name: 'export-performance', from: '2022-01', to: '2022-09' });
    const summary = sheetNamed(await readWorkbook(madeBytes(file)), 'Ringkasan');
    expect(rowLabelled(summary, 'Target peta jalan revitalisasi').getCell(2).value).toBe(
      'target: peta jalan belum memuat target nilai ekspor 2022 — pencapaian terhadap target belum dapat dihitung',
    );
  });
});
