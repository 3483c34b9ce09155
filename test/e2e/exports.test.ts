import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, pdfPageCount, type Session } from './harness';

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
    await page.goto(session.url('#/exports'));
    await page.getByTestId('exports-count').filter({ hasText: '2 baris' }).waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('export-month').selectOption('1');
    await page.getByTestId('export-year').fill('2026');
    await page.getByTestId('export-country').selectOption('US');
    await page.getByTestId('export-category').selectOption('tas');
    expect(await page.getByTestId('export-hsCode').inputValue()).toBe('4202.22');
    await page.getByTestId('export-fobUsd').fill('725,54');
    await page.getByTestId('export-form-save').click();
    await page.getByTestId('notice-message').filter({ hasText: 'Riwayat ekspor 01/2026 · Amerika Serikat · Tas · 4202.22 ditambahkan' }).waitFor();
    await page.getByTestId('exports-count').filter({ hasText: '3 baris · FOB USD 1.403,96' }).waitFor();
    await page.getByTestId('filter-year').selectOption('2026');
    await page.getByTestId('exports-count').filter({ hasText: '1 baris · FOB USD 725,54' }).waitFor();

    // Laporan: January 2026 against January 2025.
    await page.goto(session.url('#/reports'));
    await page.getByTestId('report-current-value').waitFor();
    await page.getByTestId('period-to-month').selectOption('1');
    await page.getByTestId('report-current-value').filter({ hasText: 'USD 725,54' }).waitFor();
    expect(await page.getByTestId('report-previous-value').textContent()).toBe('USD 678,42');
    expect(await page.getByTestId('report-growth-value').textContent()).toBe('+6,95 %');
    expect(await page.getByTestId('report-target-value').textContent()).toBe('belum ada peta jalan');
    expect(await page.getByTestId('report-by-country-line').allTextContents()).toEqual([
      'Amerika Serikat (US)USD 725,54USD 450,00+61,23 %100,00 %',
      'Jepang (JP)USD 0,00USD 228,42−100,00 %0,00 %',
    ]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toBe('kinerja-ekspor-2026-01-2026-01.xlsx');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByTestId('report-notice').filter({ hasText: 'kinerja-ekspor-2026-01-2026-01.xlsx' }).waitFor();
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
    await page.getByTestId('report-print').click();
    await page.getByTestId('print-export-performance').waitFor();
    expect(page.url()).toContain('#/print/export-performance/2026-01/2026-01');
    expect(await page.getByTestId('letterhead-name').textContent()).toBe('Koperasi Industri Tas dan Koper (INTAKO)');
    expect(await page.getByTestId('print-title').textContent()).toBe('LAPORAN KINERJA EKSPOR');
    expect(await page.getByTestId('print-current').textContent()).toBe('USD 725,54');
    expect(await page.getByTestId('print-previous').textContent()).toBe('USD 678,42');
    expect(await page.getByTestId('print-growth').textContent()).toBe('+6,95 %');
    expect(await page.getByTestId('print-target').textContent()).toBe('belum ada peta jalan');
    expect(await page.getByTestId('signature-block').textContent()).toContain('H. Bambang Sugiarto');
    const pdf = join(folder, 'kinerja-ekspor.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(1);
    await page.getByTestId('print-back').click();
    await page.getByTestId('report-export-performance').waitFor();
    expect(session.problems).toEqual([]);
  });
});
