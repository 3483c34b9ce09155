import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, pdfPageCount, type Session } from './harness';
import { exportForm, exportsScreen } from './pages/exports';
import { printView } from './pages/print';
import { reportsScreen } from './pages/reports';
import { notice, period, toolbar } from './pages/shell';

describe('export history and the export-performance report', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('adds a month by hand, reads the report against a year earlier, downloads its workbook and prints it', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        // A year earlier: USD 678,42 in January 2025.
        await backend.must('exports:save', { year: 2025, month: 1, country: 'US', category: 'tas', hsCode: '4202.22', fobUsdCents: 45_000 });
        await backend.must('exports:save', { year: 2025, month: 1, country: 'JP', category: 'dompet', hsCode: '4202.31', fobUsdCents: 22_842 });
      },
    });
    const { page } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-exports-'));

    // Riwayat Ekspor: January 2026 to the USA, bags, typed by hand.
    await exportsScreen(page).open(session);
    await exportsScreen(page).countShows('2 baris');
    await toolbar(page).add.click();
    await exportForm(page).month.selectOption('1');
    await exportForm(page).year.fill('2026');
    await exportForm(page).country.selectOption('US');
    await exportForm(page).category.selectOption('tas');
    expect(await exportForm(page).hsCode.inputValue()).toBe('4202.22');
    await exportForm(page).fobUsd.fill('725,54');
    await exportForm(page).save.click();
    await notice(page).says('Riwayat ekspor 01/2026 · Amerika Serikat · Tas · 4202.22 ditambahkan');
    await exportsScreen(page).countShows('3 baris · FOB USD 1.403,96');
    await exportsScreen(page).filterYear.selectOption('2026');
    await exportsScreen(page).countShows('1 baris · FOB USD 725,54');

    // Laporan: January 2026 against January 2025.
    await reportsScreen(page).open(session);
    await reportsScreen(page).currentValue.waitFor();
    await period(page).toMonth.selectOption('1');
    await reportsScreen(page).currentValue.filter({ hasText: 'USD 725,54' }).waitFor();
    expect(await reportsScreen(page).previousValue.textContent()).toBe('USD 678,42');
    expect(await reportsScreen(page).growthValue.textContent()).toBe('+6,95 %');
    expect(await reportsScreen(page).targetValue.textContent()).toBe('belum ada peta jalan');
    expect(await reportsScreen(page).byCountryLine.allTextContents()).toEqual([
      'Amerika Serikat (US)USD 725,54USD 450,00+61,23 %100,00 %',
      'Jepang (JP)USD 0,00USD 228,42−100,00 %0,00 %',
    ]);

    const [download] = await Promise.all([page.waitForEvent('download'), reportsScreen(page).download.click()]);
    expect(download.suggestedFilename()).toBe('kinerja-ekspor-2026-01-2026-01.xlsx');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    await reportsScreen(page).notice.filter({ hasText: 'kinerja-ekspor-2026-01-2026-01.xlsx' }).waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const summary = workbook.getWorksheet('Ringkasan');
    let fob: ExcelJS.Row | undefined;
    summary?.eachRow((row) => {
      if (row.getCell(1).value === 'Nilai ekspor FOB (USD)') fob = row;
    });
    expect(fob?.getCell(2).result).toBe(725.54);
    expect(fob?.getCell(3).result).toBe(678.42);
    expect(Number(fob?.getCell(5).result)).toBeCloseTo(0.0694555, 6);

    // Cetak: the same figures on A4 with the letterhead and the signatures.
    await reportsScreen(page).print.click();
    await printView(page).exportPerformance.waitFor();
    expect(page.url()).toContain('#/print/export-performance/2026-01/2026-01');
    expect(await printView(page).letterheadName.textContent()).toBe('Koperasi Industri Tas dan Koper (INTAKO)');
    expect(await printView(page).title.textContent()).toBe('LAPORAN KINERJA EKSPOR');
    expect(await printView(page).current.textContent()).toBe('USD 725,54');
    expect(await printView(page).previous.textContent()).toBe('USD 678,42');
    expect(await printView(page).growth.textContent()).toBe('+6,95 %');
    expect(await printView(page).target.textContent()).toBe('belum ada peta jalan');
    expect(await printView(page).signatureBlock.textContent()).toContain('H. Bambang Sugiarto');
    const pdf = join(folder, 'kinerja-ekspor.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(1);
    await printView(page).back.click();
    await reportsScreen(page).exportPerformance.waitFor();
    expect(session.problems).toEqual([]);
  });
});
