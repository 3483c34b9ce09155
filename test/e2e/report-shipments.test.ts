import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, pdfPageCount, type Session } from './harness';

/** A sum the test expects known (the demo's shipments are valued). */
function known(value: number | null): number {
  if (value === null) throw new Error('expected a known FOB sum');
  return value;
}

describe('the shipments report', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('shows the shipments that left this year by country and month, downloads the workbook and prints it', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-shipments-report-'));
    // The screen opens on the reports' default period (January to the last complete month), as the backend resolves it.
    const expected = await backend.must('reports:shipments', {});
    const { from, to } = expected.period;
    expect(expected.totals.shipments).toBeGreaterThan(0);

    await page.goto(session.url('#/reports'));
    await page.getByTestId('report-list-shipments').click();
    await page.getByTestId('report-shipments').waitFor();
    await page.getByTestId('shipments-shipments-value').filter({ hasText: String(expected.totals.shipments) }).waitFor();
    expect(await page.getByTestId('shipments-fobUsd-value').textContent()).toBe(formatMoney(known(expected.totals.fobUsdCents), 'USD'));
    // Billions of rupiah in words on the card (it holds about fifteen characters), the exact sum under them.
    expect(await page.getByTestId('shipments-fobIdr-value').textContent()).toMatch(/^Rp \d{1,3}(,\d{1,2})? (juta|miliar)$/);
    expect(await page.getByTestId('shipments-fobIdr-note').textContent()).toBe(formatMoney(known(expected.totals.fobIdr), 'IDR'));
    const countries = await page.getByTestId('shipments-by-country-line').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
    expect(countries).toEqual(expected.byCountry.map((line) => line.country));
    expect(await page.getByTestId('shipments-by-month-line').count()).toBe(expected.byMonth.length);
    // Each month's counted exports, as export performance counts them.
    const counted = await page.getByTestId('shipments-by-month-counted').allTextContents();
    expect(counted[0]).toContain(formatMoney(expected.byMonth[0].countedUsdCents ?? Number.NaN, 'USD'));
    expect(await page.getByTestId('shipments-pending').textContent()).toBe(
      `Belum berangkat: ${expected.pending.booked} dipesan, ${expected.pending.draft} draf (ETD dalam periode)`,
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toBe(`laporan-pengapalan-${from}-${to}.xlsx`);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Per Negara', 'Per Bulan', 'Pengapalan', 'Rincian Barang']);
    let fob: ExcelJS.Row | undefined;
    workbook.getWorksheet('Ringkasan')?.eachRow((row) => {
      if (row.getCell(2).value === 'Nilai FOB (USD)') fob = row;
    });
    expect(fob?.getCell(3).result).toBe(known(expected.totals.fobUsdCents) / 100);

    await page.getByTestId('report-print').click();
    await page.getByTestId('print-shipments-report').waitFor();
    expect(page.url()).toContain(`#/print/shipments-report/${from}/${to}`);
    expect(await page.getByTestId('print-title').textContent()).toBe('LAPORAN PENGAPALAN EKSPOR');
    expect(await page.getByTestId('print-shipments-line').count()).toBe(expected.totals.shipments);
    expect(await page.getByTestId('shipments-fobUsd-value').textContent()).toBe(formatMoney(known(expected.totals.fobUsdCents), 'USD'));
    const pdf = join(folder, 'laporan-pengapalan.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(2);
    await page.getByTestId('print-back').click();
    await page.getByTestId('report-list-shipments').waitFor();
    expect(session.problems).toEqual([]);
  });
  it('names a shipment whose FOB is unknown beside the sums, on screen and on paper, and never counts it as 0', async () => {
    let shipmentNo = '';
    session = await openSession({
      demo: true,
      async arrange(backend) {
        // A demo EXW shipment of the default period whose trucking bill is not in yet: its FOB is unknown.
        const { from, to } = (await backend.must('reports:shipments', {})).period;
        const exw = backend.app.db
          .prepare("SELECT id, shipment_no AS no FROM shipment WHERE incoterm = 'EXW' AND status IN ('shipped', 'closed') AND substr(COALESCE(peb_date, etd), 1, 7) BETWEEN ? AND ? ORDER BY 2 LIMIT 1")
          .get(from, to) as { id: number; no: string } | undefined;
        if (!exw) throw new Error('the demo should hold an EXW shipment that left in the default period');
        await backend.must('shipments:setCosts', { id: exw.id, inlandCost: null });
        shipmentNo = exw.no;
      },
    });
    const { page, backend } = session;
    const expected = await backend.must('reports:shipments', {});
    expect(expected.withoutFob).toEqual([expect.objectContaining({ shipmentNo, gaps: ['inlandCost'], leftOutOf: ['fobUsdCents', 'fobIdr'] })]);
    const named = `Jumlah FOB tanpa 1 pengapalan yang nilai FOB-nya belum ada data: ${shipmentNo} (biaya darat ke pelabuhan).`;

    await page.goto(session.url('#/reports'));
    await page.getByTestId('report-list-shipments').click();
    await page.getByTestId('report-without-fob').filter({ hasText: named }).waitFor();
    // The cards sum the known FOB values and say how many shipments they leave out.
    expect(await page.getByTestId('shipments-fobUsd-value').textContent()).toBe(formatMoney(known(expected.totals.fobUsdCents), 'USD'));
    expect(await page.getByTestId('shipments-fobUsd-note').textContent()).toBe('tanpa 1 pengapalan yang nilai FOB-nya belum ada data');
    expect(await page.getByTestId('shipments-fobIdr-note').textContent()).toBe(`${formatMoney(known(expected.totals.fobIdr), 'IDR')} · tanpa 1 pengapalan yang nilai FOB-nya belum ada data`);

    await page.getByTestId('report-print').click();
    await page.getByTestId('print-shipments-report').waitFor();
    expect(await page.getByTestId('print-without-fob').textContent()).toBe(named);
    const row = page.getByTestId('print-shipments-line').filter({ hasText: shipmentNo });
    // Its FOB in the order currency, USD and rupiah: what it lacks, never 0.
    expect(await row.getByTestId('print-shipments-fob-unknown').allTextContents()).toEqual(Array(3).fill('belum ada data: biaya darat ke pelabuhan'));
    expect(session.problems).toEqual([]);
  });
});
