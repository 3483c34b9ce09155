import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openSession, pdfPageCount, type Session } from './harness';
import { printView } from './pages/print';
import { reportsScreen, shipmentsReport } from './pages/reports';

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

    await reportsScreen(page).open(session);
    await reportsScreen(page).listShipments.click();
    await reportsScreen(page).shipments.waitFor();
    await shipmentsReport(page).shipmentsValue.filter({ hasText: String(expected.totals.shipments) }).waitFor();
    expect(await shipmentsReport(page).fobUsdValue.textContent()).toBe(formatMoney(known(expected.totals.fobUsdCents), 'USD'));
    // Billions of rupiah in words on the card (it holds about fifteen characters), the exact sum under them.
    expect(await shipmentsReport(page).fobIdrValue.textContent()).toMatch(/^Rp \d{1,3}(,\d{1,2})? (juta|miliar)$/);
    expect(await shipmentsReport(page).fobIdrNote.textContent()).toBe(formatMoney(known(expected.totals.fobIdr), 'IDR'));
    const countries = await shipmentsReport(page).byCountryLine.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
    expect(countries).toEqual(expected.byCountry.map((line) => line.country));
    expect(await shipmentsReport(page).byMonthLine.count()).toBe(expected.byMonth.length);
    // Each month's counted exports, as export performance counts them.
    const counted = await shipmentsReport(page).byMonthCounted.allTextContents();
    expect(counted[0]).toContain(formatMoney(expected.byMonth[0].countedUsdCents ?? Number.NaN, 'USD'));
    expect(await shipmentsReport(page).pending.textContent()).toBe(
      `Belum berangkat: ${expected.pending.booked} dipesan, ${expected.pending.draft} draf (ETD dalam periode)`,
    );

    const [download] = await Promise.all([page.waitForEvent('download'), reportsScreen(page).download.click()]);
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

    await reportsScreen(page).print.click();
    await printView(page).shipmentsReport.waitFor();
    expect(page.url()).toContain(`#/print/shipments-report/${from}/${to}`);
    expect(await printView(page).title.textContent()).toBe('LAPORAN PENGAPALAN EKSPOR');
    expect(await printView(page).shipmentsLine.count()).toBe(expected.totals.shipments);
    expect(await shipmentsReport(page).fobUsdValue.textContent()).toBe(formatMoney(known(expected.totals.fobUsdCents), 'USD'));
    const pdf = join(folder, 'laporan-pengapalan.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBeGreaterThanOrEqual(2);
    await printView(page).back.click();
    await reportsScreen(page).listShipments.waitFor();
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

    await reportsScreen(page).open(session);
    await reportsScreen(page).listShipments.click();
    await reportsScreen(page).withoutFob.filter({ hasText: named }).waitFor();
    // The cards sum the known FOB values and say how many shipments they leave out.
    expect(await shipmentsReport(page).fobUsdValue.textContent()).toBe(formatMoney(known(expected.totals.fobUsdCents), 'USD'));
    expect(await shipmentsReport(page).fobUsdNote.textContent()).toBe('tanpa 1 pengapalan yang nilai FOB-nya belum ada data');
    expect(await shipmentsReport(page).fobIdrNote.textContent()).toBe(`${formatMoney(known(expected.totals.fobIdr), 'IDR')} · tanpa 1 pengapalan yang nilai FOB-nya belum ada data`);

    await reportsScreen(page).print.click();
    await printView(page).shipmentsReport.waitFor();
    expect(await printView(page).withoutFob.textContent()).toBe(named);
    const row = printView(page).shipmentsLine.filter({ hasText: shipmentNo });
    // Its FOB in the order currency, USD and rupiah: what it lacks, never 0.
    expect(await printView(row).shipmentsFobUnknown.allTextContents()).toEqual(Array(3).fill('belum ada data: biaya darat ke pelabuhan'));
    expect(session.problems).toEqual([]);
  });
});
