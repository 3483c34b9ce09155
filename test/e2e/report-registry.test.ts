import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, pdfPageCount, type Session } from './harness';
import { printView } from './pages/print';
import { reportsScreen } from './pages/reports';

/** Where the screenshots for the lead go, when asked for. */
const SHOTS = process.env.REPORT_SHOTS_DIR;

function figure(value: number): string {
  return new Intl.NumberFormat('id-ID').format(value);
}

async function cellRight(workbook: ExcelJS.Workbook, sheetName: string, label: string): Promise<ExcelJS.CellValue> {
  const sheet = workbook.getWorksheet(sheetName);
  let found: ExcelJS.CellValue = null;
  sheet?.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

describe('the registry reports on the Laporan page', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('shows members and units at the period end and the government profile, downloads both workbooks and prints both', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-registry-report-'));
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const registry = await backend.must('reports:registry', {});

    await reportsScreen(page).open(session);
    await reportsScreen(page).listRegistry.click();
    await reportsScreen(page).registry.waitFor();
    await reportsScreen(page).membersValue.filter({ hasText: figure(registry.figures.members ?? -1) }).waitFor();
    expect(await reportsScreen(page).unitsValue.textContent()).toBe(figure(registry.summary.units));
    expect(await reportsScreen(page).workersValue.textContent()).toBe(figure(registry.summary.workers));
    expect(await reportsScreen(page).capacityValue.textContent()).toBe(figure(registry.summary.monthlyCapacity));
    expect(await reportsScreen(page).asOf.textContent()).toBe('Keadaan register per 31/10/2026 (akhir periode)');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'registry-screen.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), reportsScreen(page).download.click()]);
    expect(download.suggestedFilename()).toBe('anggota-unit-usaha-2026-01-2026-10.xlsx');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(await cellRight(workbook, 'Ringkasan', 'Jumlah anggota (aktif + non-aktif)')).toMatchObject({ result: registry.summary.members });
    expect(await cellRight(workbook, 'Ringkasan', 'Tenaga kerja (unit aktif)')).toMatchObject({ result: registry.summary.workers });

    await reportsScreen(page).print.click();
    await printView(page).registry.waitFor();
    expect(page.url()).toContain('#/print/registry/2026-01/2026-10');
    expect(await printView(page).title.textContent()).toBe('DAFTAR ANGGOTA DAN UNIT USAHA');
    expect(await printView(page).members.textContent()).toBe(figure(registry.summary.members));
    expect(await printView(page).membersTable.locator('tbody tr').count()).toBe(registry.members.length);
    expect(await printView(page).signatureBlock.textContent()).toContain('H. Bambang Sugiarto');
    const pdf = join(folder, 'registry.pdf');
    await page.pdf({ path: SHOTS ? join(SHOTS, 'registry-print.pdf') : pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(SHOTS ? join(SHOTS, 'registry-print.pdf') : pdf))).toBeGreaterThan(1);
    await printView(page).back.click();

    // The government profile: the ministry's figures, and what the app does not keep said as such.
    const government = await backend.must('reports:government', {});
    await reportsScreen(page).listGovernment.click();
    await reportsScreen(page).government.waitFor();
    await reportsScreen(page).unitsValue.filter({ hasText: figure(government.summary.units) }).waitFor();
    expect(await reportsScreen(page).missing.textContent()).toContain('Nilai investasi (di luar tanah dan bangunan)');
    expect(await reportsScreen(page).governmentUnits.locator('tbody tr').count()).toBe(Math.min(15, government.units.length));
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'government-screen.png'), fullPage: true });
    const [profileDownload] = await Promise.all([page.waitForEvent('download'), reportsScreen(page).download.click()]);
    expect(profileDownload.suggestedFilename()).toBe('profil-sentra-2026-01-2026-10.xlsx');
    const profileFile = join(folder, profileDownload.suggestedFilename());
    await profileDownload.saveAs(profileFile);
    const profile = new ExcelJS.Workbook();
    await profile.xlsx.readFile(profileFile);
    expect(await cellRight(profile, 'Profil Sentra', 'Jumlah unit usaha')).toMatchObject({ result: government.summary.units });

    await reportsScreen(page).print.click();
    await printView(page).government.waitFor();
    expect(page.url()).toContain('#/print/government/2026-01/2026-10');
    expect(await printView(page).missing.textContent()).toContain('Data belum tersedia');
    // Section G (what units still lack) follows F, as in the workbook, one row per missing field.
    expect(await printView(page).completeness.locator('tr').count()).toBe(government.completeness.length);
    const sections = await page.locator('h2.print-section').allTextContents();
    expect(sections.slice(-3).map((text) => text.slice(0, 2))).toEqual(['D.', 'F.', 'G.']);
    expect(await reportsScreen(page).governmentUnits.locator('tbody tr').count()).toBe(government.units.length);
    const governmentPdf = SHOTS ? join(SHOTS, 'government-print.pdf') : join(folder, 'government.pdf');
    await page.pdf({ path: governmentPdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(governmentPdf))).toBeGreaterThan(1);
    expect(session.problems).toEqual([]);
  });

  it('shows a new centre\'s government profile without a single zero: "belum ada data" on screen and on paper', async () => {
    session = await openSession({
      async arrange(backend) {
        await backend.must('centre:save', { name: 'Sentra Baru', cooperativeName: 'Koperasi Baru' });
      },
    });
    const { page, backend } = session;
    const government = await backend.must('reports:government', {});
    expect(government.figures.registry.units).toBeNull();
    await reportsScreen(page).open(session);
    await reportsScreen(page).listGovernment.click();
    await reportsScreen(page).government.waitFor();
    for (const card of ['units', 'production', 'materials', 'exports']) {
      expect(await reportsScreen(page).cardValue(card).textContent()).toBe('belum ada data');
    }
    const zero = /(^|[^\d.,])0([^\d.,]|$)/;
    expect(await reportsScreen(page).units.textContent()).not.toMatch(zero);
    await reportsScreen(page).print.click();
    await printView(page).government.waitFor();
    const profile = await printView(page).profile.locator('td.num').allTextContents();
    expect(profile.length).toBeGreaterThan(4);
    for (const text of profile) expect(text).not.toMatch(zero);
    expect(profile).toContain('belum ada data');
    expect(session.problems).toEqual([]);
  });
});
