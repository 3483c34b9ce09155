import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { reportCentre } from '../core/report-production-centre';
import { openSession, pdfPageCount, type Session } from './harness';
import { materialsScreen } from './pages/materials';
import { printView } from './pages/print';
import { reportsScreen } from './pages/reports';
import { period } from './pages/shell';

/** Where the screenshots for the lead go when SENTRA_SHOTS names a folder. */
const SHOTS = process.env.SENTRA_SHOTS ?? null;

describe('the production and materials reports', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('shows production and materials for the year to date, downloads both workbooks and prints both', async () => {
    session = await openSession({ arrange: reportCentre });
    const { page, backend } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-production-report-'));
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const shot = async (name: string) => {
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    };
    // The default period is January to the last complete month (October on 23/11); the report centre's work is November's.
    const production = await backend.must('reports:production', { from: '2026-01', to: '2026-11' });
    expect(production.total).toMatchObject({ assigned: 120, delivered: 45, rejected: 5 });

    await reportsScreen(page).open(session);
    await reportsScreen(page).listProduction.click();
    await reportsScreen(page).production.waitFor();
    expect(await period(page).toMonth.inputValue()).toBe('10');
    await period(page).toMonth.selectOption('11');
    await reportsScreen(page).productionDeliveredValue.filter({ hasText: '45 pcs' }).waitFor();
    expect(await reportsScreen(page).productionRejectsValue.textContent()).toBe('11,11 %');
    expect(await reportsScreen(page).productionValueValue.textContent()).toBe('Rp 4 juta');
    expect(await reportsScreen(page).productionByMonthLine.count()).toBe(11);
    expect(await reportsScreen(page).productionMissing.textContent()).toContain('Okt 2026');
    await shot('production-screen');

    const [download] = await Promise.all([page.waitForEvent('download'), reportsScreen(page).download.click()]);
    expect(download.suggestedFilename()).toBe('laporan-produksi-2026-01-2026-11.xlsx');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Grafik', 'Per Unit Usaha', 'Unit per Bulan']);

    await reportsScreen(page).print.click();
    await printView(page).production.waitFor();
    expect(page.url()).toContain('#/print/production/2026-01/2026-11');
    expect(await printView(page).productionByUnitLine.count()).toBe(production.byUnit.length);
    await shot('production-print-screen');
    const pdf = join(SHOTS ?? folder, 'laporan-produksi.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(1);
    await printView(page).back.click();

    await reportsScreen(page).listMaterials.click();
    await reportsScreen(page).materials.waitFor();
    expect(await period(page).toMonth.inputValue()).toBe('10');
    await period(page).toMonth.selectOption('11');
    const materials = await backend.must('reports:materials', { from: '2026-01', to: '2026-11' });
    await materialsScreen(page).receivedValue.filter({ hasText: formatMoney(materials.totals.receivedValueIdr, 'IDR') }).waitFor();
    expect(await materialsScreen(page).reorderValue.textContent()).toBe(String(materials.belowReorder));
    expect(await materialsScreen(page).suggestionTableLine.count()).toBe(1);
    await shot('materials-screen');
    const [materialsFile] = await Promise.all([page.waitForEvent('download'), reportsScreen(page).download.click()]);
    expect(materialsFile.suggestedFilename()).toBe('laporan-bahan-2026-01-2026-11.xlsx');
    await reportsScreen(page).print.click();
    await printView(page).materials.waitFor();
    expect(await printView(page).materialsStockLine.count()).toBe(materials.materials.length);
    await shot('materials-print-screen');
    await page.pdf({ path: join(SHOTS ?? folder, 'laporan-bahan.pdf'), preferCSSPageSize: true });
    expect(session.problems).toEqual([]);
  });
});
