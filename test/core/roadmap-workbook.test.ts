import type ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { ROADMAP, roadmapCentre } from './roadmap-centre';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('centre:save', {
    name: 'Sentra IKM Tas dan Koper Tanggulangin', cooperativeName: '=HYPERLINK("x") & Co', address: 'Jl. Raya Kludan No. 68',
    district: 'Tanggulangin', regency: 'Sidoarjo',
  });
});
afterEach(() => t.close());

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The first row whose cell in `column` holds `text`. */
function rowWith(sheet: ExcelJS.Worksheet, text: string, column = 1): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(column).value === text) found = row;
  });
  if (!found) throw new Error(`no row ${text} in ${sheet.name}`);
  return found;
}

describe('the roadmap-progress workbook', () => {
  it('holds the summary with the gap ahead, every KPI year by year with live % of target, and the milestones', async () => {
    await roadmapCentre(t);
    await t.must('roadmap:save', ROADMAP);
    await t.must('roadmap:saveMilestone', { title: 'Peluncuran Wisata 3 in 1', dueOn: '2025-06-30', status: 'done', note: '=SUM(A1)' });
    await t.must('roadmap:saveMilestone', { title: 'Sertifikasi REX', dueOn: '2026-06-30', status: 'in-progress', note: null });
    const file = await t.must('files:report', { name: 'roadmap' });
    expect(file.fileName).toBe('capaian-roadmap-2026.xlsx');
    const bytes = madeBytes(file);
    if (process.env.ROADMAP_WORKBOOK_OUT) writeFileSync(process.env.ROADMAP_WORKBOOK_OUT, bytes);
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Grafik', 'Capaian KPI', 'Tonggak']);

    const summary = sheetNamed(workbook, 'Ringkasan');
    // Letterhead as text: the cooperative's name is never run as a formula.
    expect(summary.getCell('A1').value).toBe('=HYPERLINK("x") & Co');
    expect(summary.getCell('A1').numFmt).toBe('@');
    expect(rowWith(summary, 'LAPORAN CAPAIAN ROADMAP REVITALISASI').number).toBeLessThan(8);
    const exports = rowWith(summary, 'Nilai ekspor');
    const header = summary.getRow(exports.number - 1);
    expect(header.values).toEqual([undefined, 'KPI', 'Satuan', 'Tahun Dasar 2023', 'Target 2026', 'Realisasi 2026', '% Target', 'Status', 'Sumber']);
    expect([2, 3, 4, 5].map((c) => exports.getCell(c).value)).toEqual(['USD', 1200, 1389.15, 1200]);
    expect(exports.getCell(3).numFmt).toBe('#,##0.00');
    const pct = exports.getCell(6);
    expect(pct.formula).toBe(`IF(D${exports.number}=0,"",E${exports.number}/D${exports.number})`);
    expect(Number(pct.result)).toBeCloseTo(0.863838, 6);
    expect(pct.numFmt).toBe('0.00%');
    expect([7, 8].map((c) => exports.getCell(c).value)).toEqual(['sesuai jalur', 'data']);
    // Without data the figure is blank and says so, not zero.
    const production = rowWith(summary, 'Nilai produksi (omzet)');
    expect([production.getCell(4).value, production.getCell(5).value, production.getCell(6).value, production.getCell(7).value]).toEqual([6_000_000, null, null, 'belum ada data']);
    expect(rowWith(summary, 'Pengunjung kawasan').getCell(4).value).toBe(400_000);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(summary.headerFooter.oddHeader).toContain('=HYPERLINK("x") && Co');
    expect(summary.headerFooter.oddFooter).toContain('&P / &N');
    // The gap ahead: the roadmap's 2027 target at the last twelve months' productivity.
    // USD 1.200 in November 2025–October 2026 (ten months with data) with 18 workers; 2027 asks USD 1.458,61.
    const gapTitle = rowWith(summary, 'Kebutuhan untuk target ekspor 2027 pada produktivitas sekarang');
    expect([1, 3, 4, 5].map((c) => summary.getRow(gapTitle.number + 1).getCell(c).value)).toEqual(['Uraian', 'Sekarang', 'Dibutuhkan', 'Kekurangan']);
    const gapLines = [2, 3, 4, 5].map((offset) => summary.getRow(gapTitle.number + offset));
    expect(gapLines.map((row) => [row.getCell(1).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).result])).toEqual([
      ['Nilai ekspor setahun (USD)', 1200, 1458.61, 258.61], ['Tenaga kerja', 18, 22, 4], ['Unit usaha aktif', 2, 3, 1], ['Kapasitas produksi (pcs/bulan)', 900, 1094, 194],
    ]);
    expect(gapLines[1].getCell(5).formula).toBe(`D${gapLines[1].number}-C${gapLines[1].number}`);
    expect(summary.getRow(gapTitle.number + 7).getCell(1).value).toBe(
      'Dibutuhkan = jumlah sekarang × target ekspor 2027 ÷ ekspor 12 bulan terakhir (Nov 2025–Okt 2026: USD 1.200,00), dibulatkan ke atas.',
    );
    expect(summary.getRow(gapTitle.number + 8).getCell(1).value).toBe('Hanya 10 dari 12 bulan itu yang ada datanya; produktivitas mungkin terhitung terlalu rendah.');

    const kpis = sheetNamed(workbook, 'Capaian KPI');
    const kpiHeader = rowWith(kpis, 'No.');
    expect(kpiHeader.values).toEqual([
      undefined, 'No.', 'KPI', 'Satuan', 'Tahun', 'Tahun Dasar 2023', 'Target', 'Realisasi', 'Sumber', '% Target', 'Status', 'Keterangan',
    ]);
    expect(kpis.views[0]).toMatchObject({ state: 'frozen', ySplit: kpiHeader.number, xSplit: 4 });
    expect(kpis.autoFilter).toBe(`A${kpiHeader.number}:K${kpiHeader.number + 30}`);
    const at = (offset: number) => kpis.getRow(kpiHeader.number + offset);
    // Exports 2025: half a year of data, behind; the % is a live formula with its value.
    const behind = at(3);
    expect([2, 4, 5, 6, 7, 8, 10, 11].map((c) => behind.getCell(c).value)).toEqual(['Nilai ekspor', 2025, 1200, 1323, 660, 'data', 'tertinggal', 'data 6 dari 12 bulan']);
    expect(behind.getCell(9).formula).toBe(`IF(F${behind.number}=0,"",G${behind.number}/F${behind.number})`);
    expect(Number(behind.getCell(9).result)).toBeCloseTo(0.498866, 6);
    expect(at(5).getCell(7).value).toBeNull();
    expect(at(5).getCell(10).value).toBe('belum ada data');
    // Members 2023: typed by hand over the registry's 2.
    const members = at(21);
    expect([2, 4, 7, 8, 11].map((c) => members.getCell(c).value)).toEqual(['Anggota koperasi', 2023, 280, 'manual', 'tahun dasar; diisi manual; data: 2; Laporan RAT 2023']);
    expect(kpis.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: `${kpiHeader.number}:${kpiHeader.number}` });

    const milestones = sheetNamed(workbook, 'Tonggak');
    const first = rowWith(milestones, 'Peluncuran Wisata 3 in 1', 2);
    expect(milestones.getRow(first.number - 1).values).toEqual([undefined, 'No.', 'Tonggak', 'Tenggat', 'Status', 'Lewat Tenggat', 'Catatan']);
    expect(first.getCell(3).value).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(first.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect([first.getCell(4).value, first.getCell(6).value, first.getCell(6).numFmt]).toEqual(['selesai', '=SUM(A1)', '@']);
    expect([5, 6].map((c) => milestones.getRow(first.number + 1).getCell(c).value)).toEqual(['ya', null]);
  });

  it('is refused, with the way to make one, where no roadmap exists', async () => {
    const result = await t.call('files:report', { name: 'roadmap' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'NOT_FOUND', message: 'Belum ada roadmap revitalisasi. Susun dulu di layar Roadmap Revitalisasi.' });
  });
});
