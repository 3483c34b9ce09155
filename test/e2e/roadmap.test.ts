import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/temp-app';
import { arrangeCentre, openSession, pdfPageCount, type Session } from './harness';

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
    await page.goto(session.url('#/roadmap'));
    // USD 11.000 of 12.600: ten months of twelve passed, so 10.500 by now is on track.
    await page.getByTestId('pct-export-usd-2026').filter({ hasText: '87,30 %' }).waitFor();
    expect(await page.getByTestId('status-export-usd-2026').textContent()).toBe('Sesuai jalur');
    expect(await page.getByTestId('actual-export-usd-2025').textContent()).toBe('12.000,00data');
    expect(await page.getByTestId('actual-production-idr-2026').textContent()).toBe('belum ada data');

    const target = page.getByTestId('target-export-usd-2026');
    await target.fill('15.000');
    await target.press('Enter');
    await page.getByTestId('pct-export-usd-2026').filter({ hasText: '73,33 %' }).waitFor();
    expect(await page.getByTestId('status-export-usd-2026').textContent()).toBe('Tertinggal');
    await page.getByTestId('notice-message').filter({ hasText: 'Target Nilai ekspor 2026 disimpan.' }).waitFor();
    expect(await page.getByTestId('headline-behind').textContent()).toBe('1 tertinggal');

    // A production actual typed by hand, from the annual report.
    await page.getByTestId('actual-production-idr-2025').click();
    await page.getByTestId('actual-dialog-value').fill('61.200');
    await page.getByTestId('actual-dialog-note').fill('Laporan RAT 2025');
    await page.getByTestId('actual-dialog-save').click();
    await page.getByTestId('actual-production-idr-2025').filter({ hasText: '61.200manual' }).waitFor();

    await page.getByTestId('milestone-add').click();
    await page.getByTestId('milestone-title').fill('Peluncuran katalog ekspor');
    await page.getByTestId('milestone-due').fill('30/06/2026');
    await page.getByTestId('milestone-status').selectOption('in-progress');
    await page.getByTestId('milestone-form-save').click();
    await page.getByTestId('milestone-row').filter({ hasText: 'Peluncuran katalog ekspor' }).waitFor();
    expect(await page.getByTestId('milestone-row').first().textContent()).toContain('30/06/2026lewat tenggat');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roadmap-download').click()]);
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

    await page.getByTestId('roadmap-print').click();
    await page.getByTestId('print-roadmap').waitFor();
    expect(page.url()).toContain('#/print/roadmap');
    expect(await page.getByTestId('letterhead-name').textContent()).toBe('Koperasi Industri Tas dan Koper (INTAKO)');
    expect(await page.getByTestId('print-title').textContent()).toBe('LAPORAN CAPAIAN ROADMAP REVITALISASI');
    expect(await page.getByTestId('print-pct-export-usd-2026').textContent()).toBe('73,33 %');
    expect(await page.getByTestId('print-status-export-usd-2026').textContent()).toBe('Tertinggal');
    expect(await page.getByTestId('print-actual-production-idr-2025').textContent()).toBe('61.200*');
    expect(await page.getByTestId('print-actual-production-idr-2026').textContent()).toBe('belum ada data');
    expect(await page.getByTestId('print-milestones').textContent()).toContain('Peluncuran katalog ekspor');
    // The roadmap sets no 2027 target: this year's USD 15.000 over USD 13.000 of the last twelve months, for 10 workers.
    expect(await page.getByTestId('gap-workers').textContent()).toContain('1012+2');
    expect(await page.getByTestId('signature-block').textContent()).toContain('H. Bambang Sugiarto');
    const pdf = join(folder, 'capaian-roadmap.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(1);
    await page.getByTestId('print-back').click();
    await page.getByTestId('roadmap-grid').waitFor();
    expect(session.problems).toEqual([]);
  });

  it('draws up a roadmap from the empty screen, and refuses a shorter period that would strand a target', async () => {
    session = await openSession({ arrange: arrangeExports });
    const { page } = session;
    await page.goto(session.url('#/roadmap'));
    await page.getByTestId('roadmap-create').click();
    await page.getByTestId('roadmap-name').fill('Roadmap Revitalisasi 2026–2028');
    await page.getByTestId('roadmap-start-year').fill('2026');
    await page.getByTestId('roadmap-end-year').fill('2028');
    await page.getByTestId('roadmap-baseline-year').fill('2025');
    await page.getByTestId('roadmap-kpi-members').uncheck();
    await page.getByTestId('own-kpi-add').click();
    await page.getByTestId('own-kpi-0-name').fill('Pengunjung kawasan');
    await page.getByTestId('own-kpi-0-unit').fill('orang');
    await page.getByTestId('roadmap-form-save').click();
    await page.getByTestId('roadmap-grid').waitFor();
    expect(await page.getByTestId('roadmap-title').textContent()).toBe('Roadmap Revitalisasi 2026–2028');
    expect(await page.getByTestId('kpi-members').count()).toBe(0);

    // +5 % a year from 2025's USD 12.000: 12.600 in 2026, 13.230 in 2027.
    await page.getByTestId('grow-export-usd').click();
    await page.getByTestId('grow-export-usd-apply').click();
    await page.getByTestId('notice-message').filter({ hasText: 'Target Nilai ekspor diisi: tumbuh 5 % per tahun dari tahun dasar.' }).waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="target-export-usd-2028"]')?.value === '13.891,50');
    expect(await page.getByTestId('target-export-usd-2027').inputValue()).toBe('13.230,00');

    await page.getByTestId('roadmap-edit').click();
    await page.getByTestId('roadmap-end-year').fill('2027');
    await page.getByTestId('roadmap-form-save').click();
    expect(await page.getByTestId('roadmap-form-error').textContent()).toBe(
      'Target Nilai ekspor untuk tahun 2028 berada di luar periode roadmap 2026–2027. Hapus target itu atau perluas periodenya.',
    );
    await page.getByTestId('roadmap-form-cancel').click();
    expect(await page.getByTestId('target-export-usd-2028').inputValue()).toBe('13.891,50');
    expect(session.problems).toEqual([]);
  });
});
