import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/temp-app';
import { arrangeCentre, openSession, pdfPageCount, type Session } from './harness';
import { dashboardScreen } from './pages/dashboard';
import { planScreen } from './pages/plan';
import { printView } from './pages/print';
import { milestoneList, roadmapScreen } from './pages/roadmap';
import { notice } from './pages/shell';

/** USD 1.000 a month through 2025 and USD 1.100 a month January–October 2026; one workshop of 10 since 2024. */
async function arrangeExports(backend: TempApp): Promise<void> {
  await arrangeCentre(backend);
  await backend.must('units:save', { unitCode: 'UU-01', name: 'Usaha Satu', workers: 10, monthlyCapacity: 800, isActive: true, stateFrom: '2024-01-01', categories: [] });
  for (let month = 1; month <= 12; month++) {
    await backend.must('exports:save', { year: 2025, month, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 100_000 });
    if (month <= 10) await backend.must('exports:save', { year: 2026, month, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 110_000 });
  }
}

describe('Roadmap Revitalisasi', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('edits a target and sees % of target change, adds a milestone, downloads the workbook and prints the report', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeExports(backend);
        await backend.must('roadmap:save', {
          name: 'Roadmap Uji 2026–2027', startYear: 2026, endYear: 2027, baselineYear: 2025,
          kpis: [{ standard: 'export-usd', targets: [{ year: 2026, value: 1_260_000 }] }, { standard: 'workers' }, { standard: 'production-idr' }],
        });
      },
    });
    const { page } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-roadmap-'));
    await roadmapScreen(page).open(session);
    // USD 11.000 of 12.600: ten months of twelve passed, so 10.500 by now is on track.
    await roadmapScreen(page).pct('export-usd', 2026).filter({ hasText: '87,30 %' }).waitFor();
    expect(await roadmapScreen(page).status('export-usd', 2026).textContent()).toBe('Sesuai jalur');
    expect(await roadmapScreen(page).actual('export-usd', 2025).textContent()).toBe('12.000,00data');
    expect(await roadmapScreen(page).actual('production-idr', 2026).textContent()).toBe('belum ada data');

    const target = roadmapScreen(page).target('export-usd', 2026);
    await target.fill('15.000');
    await target.press('Enter');
    await roadmapScreen(page).pct('export-usd', 2026).filter({ hasText: '73,33 %' }).waitFor();
    expect(await roadmapScreen(page).status('export-usd', 2026).textContent()).toBe('Tertinggal');
    await notice(page).says('Target Nilai ekspor 2026 disimpan.');
    expect(await roadmapScreen(page).headlineBehind.textContent()).toBe('1 tertinggal');

    // A production actual typed by hand, from the annual report.
    await roadmapScreen(page).actual('production-idr', 2025).click();
    await roadmapScreen(page).actualDialogValue.fill('61.200');
    await roadmapScreen(page).actualDialogNote.fill('Laporan RAT 2025');
    await roadmapScreen(page).actualDialogSave.click();
    await roadmapScreen(page).actual('production-idr', 2025).filter({ hasText: '61.200manual' }).waitFor();

    await milestoneList(page).add.click();
    await milestoneList(page).title.fill('Peluncuran katalog ekspor');
    await milestoneList(page).due.fill('30/06/2026');
    await milestoneList(page).status.selectOption('in-progress');
    await milestoneList(page).save.click();
    await milestoneList(page).row.filter({ hasText: 'Peluncuran katalog ekspor' }).waitFor();
    expect(await milestoneList(page).row.first().textContent()).toContain('30/06/2026lewat tenggat');

    const [download] = await Promise.all([page.waitForEvent('download'), roadmapScreen(page).download.click()]);
    expect(download.suggestedFilename()).toBe('capaian-roadmap-2026.xlsx');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    let exports: ExcelJS.Row | undefined;
    workbook.getWorksheet('Ringkasan')?.eachRow((row) => {
      if (row.getCell(1).value === 'Nilai ekspor') exports = row;
    });
    expect([exports?.getCell(4).value, exports?.getCell(5).value, exports?.getCell(7).value]).toEqual([15_000, 11_000, 'tertinggal']);
    expect(Number(exports?.getCell(6).result)).toBeCloseTo(0.733333, 6);
    const milestones: unknown[] = [];
    workbook.getWorksheet('Tonggak')?.eachRow((row) => milestones.push(row.getCell(2).value));
    expect(milestones).toContain('Peluncuran katalog ekspor');

    await roadmapScreen(page).print.click();
    await printView(page).roadmap.waitFor();
    expect(page.url()).toContain('#/print/roadmap');
    expect(await printView(page).letterheadName.textContent()).toBe('Koperasi Industri Tas dan Koper (INTAKO)');
    expect(await printView(page).title.textContent()).toBe('LAPORAN CAPAIAN ROADMAP REVITALISASI');
    expect(await printView(page).pct('export-usd', 2026).textContent()).toBe('73,33 %');
    expect(await printView(page).status('export-usd', 2026).textContent()).toBe('Tertinggal');
    expect(await printView(page).actual('production-idr', 2025).textContent()).toBe('61.200*');
    expect(await printView(page).actual('production-idr', 2026).textContent()).toBe('belum ada data');
    expect(await printView(page).milestones.textContent()).toContain('Peluncuran katalog ekspor');
    // The roadmap sets no 2027 target: this year's USD 15.000 over USD 13.000 of the last twelve months, for 10 workers.
    expect(await planScreen(page).gapWorkers.textContent()).toContain('1012+2');
    expect(await printView(page).signatureBlock.textContent()).toContain('H. Bambang Sugiarto');
    const pdf = join(folder, 'capaian-roadmap.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(1);
    await printView(page).back.click();
    await roadmapScreen(page).grid.waitFor();
    expect(session.problems).toEqual([]);
  });

  it('draws up a roadmap from the empty screen, and refuses a shorter period that would strand a target', async () => {
    session = await openSession({ arrange: arrangeExports });
    const { page } = session;
    await roadmapScreen(page).open(session);
    await roadmapScreen(page).create.click();
    await roadmapScreen(page).name.fill('Roadmap Revitalisasi 2026–2028');
    await roadmapScreen(page).startYear.fill('2026');
    await roadmapScreen(page).endYear.fill('2028');
    await roadmapScreen(page).baselineYear.fill('2025');
    await roadmapScreen(page).kpiMembers.uncheck();
    await roadmapScreen(page).ownKpiAdd.click();
    await roadmapScreen(page).ownKpi(0).name.fill('Pengunjung kawasan');
    await roadmapScreen(page).ownKpi(0).unit.fill('orang');
    await roadmapScreen(page).save.click();
    await roadmapScreen(page).grid.waitFor();
    expect(await roadmapScreen(page).title.textContent()).toBe('Roadmap Revitalisasi 2026–2028');
    expect(await dashboardScreen(page).kpiMembers.count()).toBe(0);

    // +5 % a year from 2025's USD 12.000: 12.600 in 2026, 13.230 in 2027.
    await roadmapScreen(page).growExportUsd.click();
    await roadmapScreen(page).growExportUsdApply.click();
    await notice(page).says('Target Nilai ekspor diisi: tumbuh 5 % per tahun dari tahun dasar.');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="target-export-usd-2028"]')?.value === '13.891,50');
    expect(await roadmapScreen(page).target('export-usd', 2027).inputValue()).toBe('13.230,00');

    await roadmapScreen(page).edit.click();
    await roadmapScreen(page).endYear.fill('2027');
    await roadmapScreen(page).save.click();
    expect(await roadmapScreen(page).error.textContent()).toBe(
      'Target Nilai ekspor untuk tahun 2028 berada di luar periode roadmap 2026–2027. Hapus target itu atau perluas periodenya.',
    );
    await roadmapScreen(page).cancel.click();
    expect(await roadmapScreen(page).target('export-usd', 2028).inputValue()).toBe('13.891,50');
    expect(session.problems).toEqual([]);
  });
});
