import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, pdfPageCount, type Session } from './harness';
import { exportPapers, invoiceSheet, packingList } from './pages/papers';
import { printView } from './pages/print';
import { notice, toolbar } from './pages/shell';
import { shipmentFigures, shipmentForm, shipmentsScreen } from './pages/shipments';
import { cell, rows } from './pages/kit';

describe('shipments', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('ships a demo buyer’s order from the screen, suggests the container, prints the invoice and packing list and downloads the workbook', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    // The demo leaves Maison Verhaegen's order made, handed in and checked, waiting for a ship: the goods the shipment takes.
    const [order] = (await backend.must('orders:page', { buyerCode: 'BE-MVH', status: ['ready'] })).rows;
    if (!order) throw new Error('the demo should leave an order of BE-MVH ready to ship');
    const detail = await backend.must('orders:get', { id: order.id });
    // Every line shipped whole: the order itself is then marked shipped.
    const lines = detail.lines;
    expect(lines.length).toBeGreaterThan(0);
    const line = lines[0];
    const products = await backend.must('products:list', {});
    const productOf = (sku: string) => products.find((p) => p.sku === sku)!;
    const cartons = lines.reduce((sum, l) => sum + Math.ceil(l.qty / productOf(l.sku).cartonQty), 0);
    const pieces = lines.reduce((sum, l) => sum + l.qty, 0);

    await shipmentsScreen(page).open(session);
    const grid = shipmentsScreen(page).grid;
    await rows(grid).first().waitFor();
    const before = (await backend.must('shipments:list', {})).length;
    await shipmentsScreen(page).countShows(`${before} pengapalan`);

    await toolbar(page).add.click();
    await shipmentForm(page).form.waitFor();
    await shipmentForm(page).pickBuyer.waitFor();
    const shipmentNo = await shipmentForm(page).no.inputValue();
    expect(shipmentNo).toMatch(/^EXP-2026-\d{4}$/);
    await shipmentForm(page).buyer.selectOption('BE-MVH');
    await shipmentForm(page).line(0).row.waitFor();
    expect(await shipmentForm(page).line(0).row.textContent()).toContain(order.orderNo);

    // Too much is said at the line as it is typed; the open quantity fills with one click.
    await shipmentForm(page).line(0).qty.fill(String(line.qty + 1));
    await shipmentForm(page).line(0).qtyError.filter({ hasText: 'melebihi sisa' }).waitFor();
    for (let index = 0; index < lines.length; index += 1) await shipmentForm(page).line(index).all.click();
    await shipmentFigures(page).cartons.filter({ hasText: String(cartons) }).waitFor();
    expect(await shipmentFigures(page).suggestion.textContent()).toMatch(/LCL|20'|40'/);
    expect(await shipmentFigures(page).coo.textContent()).toBe('Pernyataan asal barang oleh eksportir terdaftar (REX) pada invoice');
    await shipmentForm(page).etd.fill('10/12/2026');
    await shipmentForm(page).portOfDischarge.fill('Antwerpen (BEANR)');
    await shipmentFigures(page).useSuggestion.click();
    await shipmentFigures(page).chosen.waitFor();
    await shipmentForm(page).save.click();
    await shipmentForm(page).status.filter({ hasText: 'Draf' }).waitFor();
    await notice(page).says(`Pengapalan ${shipmentNo} dibuat.`);
    const saved = (await backend.must('shipments:list', {})).find((s) => s.shipmentNo === shipmentNo)!;
    expect(saved).toMatchObject({ buyerCode: 'BE-MVH', status: 'draft', cartons, country: 'BE' });

    // Booked with what is typed, then shipped with the PEB: the order has left whole and is marked so.
    await shipmentForm(page).toBooked.click();
    await shipmentForm(page).status.filter({ hasText: 'Dipesan' }).waitFor();
    await shipmentForm(page).toShipped.click();
    await shipmentForm(page).stepPebNo.fill('000417');
    await shipmentForm(page).stepPebDate.fill('08/12/2026');
    await shipmentForm(page).stepConfirm.click();
    await shipmentForm(page).locked.waitFor();
    expect(await shipmentForm(page).status.textContent()).toBe('Dikapalkan');
    expect((await backend.must('orders:get', { id: order.id })).status).toBe('shipped');
    const shipment = await backend.must('shipments:get', { id: saved.id });
    expect(shipment).toMatchObject({ status: 'shipped', pebNo: '000417', pebDate: '2026-12-08', containerType: shipment.suggestion.type });
    expect(shipment.value.rateDate).toBe('2026-12-08');

    // The commercial invoice: in English for the buyer, with its number, buyer, HS code and totals.
    await shipmentForm(page).printInvoice.click();
    await printView(page).signatureBlock.waitFor();
    expect(await printView(page).title.textContent()).toBe('COMMERCIAL INVOICE');
    expect(await exportPapers(page).no.textContent()).toContain(shipmentNo);
    expect(await exportPapers(page).consignee.textContent()).toContain('Maison Verhaegen BV');
    expect(new Set(await invoiceSheet(page).hs.allTextContents())).toEqual(new Set(lines.map((l) => productOf(l.sku).hsCode)));
    expect(await invoiceSheet(page).totalQty.textContent()).toBe(new Intl.NumberFormat('en-GB').format(pieces));
    const euros = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(shipment.value.invoiceValue / 100);
    expect(await invoiceSheet(page).total.textContent()).toBe(`EUR ${euros}`);
    expect(await exportPapers(page).coo.textContent()).toBe('Proof of origin Statement on origin by a registered exporter (REX) on the invoice');
    expect(await invoiceSheet(page).marks.textContent()).toContain('MADE IN INDONESIA');
    expect(await printView(page).toolbar.textContent()).toContain('Kembali');
    folder = mkdtempSync(join(tmpdir(), 'sentra-shipment-'));
    const invoicePdf = join(folder, 'invoice.pdf');
    await page.pdf({ path: invoicePdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(invoicePdf))).toBe(1);
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', invoicePdf, join(folder, 'invoice')]);
      expect(existsSync(join(folder, 'invoice-1.png'))).toBe(true);
    }

    // The packing list from the table's toolbar: carton numbers and totals.
    await printView(page).back.click();
    await cell(grid, 'shipmentNo').filter({ hasText: shipmentNo }).click();
    await toolbar(page).packing.click();
    await printView(page).signatureBlock.waitFor();
    expect(await printView(page).title.textContent()).toBe('PACKING LIST');
    expect(await packingList(page).run.first().textContent()).toMatch(/^1/);
    expect(await packingList(page).totalCartons.textContent()).toBe(String(cartons));
    expect(await packingList(page).totalGross.textContent()).toBe(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(shipment.totals.grossKg));
    await page.pdf({ path: join(folder, 'packing.pdf'), preferCSSPageSize: true });
    // Three lines of carton ranges on A4 landscape: the marks and the signature may take a second page.
    expect(pdfPageCount(readFileSync(join(folder, 'packing.pdf')))).toBeLessThanOrEqual(lines.length === 1 ? 1 : 2);

    // Both papers as one workbook: real numbers, live totals with their values.
    await printView(page).back.click();
    await cell(grid, 'shipmentNo').filter({ hasText: shipmentNo }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), toolbar(page).workbook.click()]);
    expect(download.suggestedFilename()).toBe(`pengapalan-${shipmentNo}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Commercial Invoice', 'Packing List']);
    const invoice = workbook.getWorksheet('Commercial Invoice')!;
    const cells: unknown[] = [];
    invoice.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(shipmentNo);
    // The consignee's box: the buyer's name over its address.
    expect(cells).toContainEqual(expect.stringMatching(/^Maison Verhaegen BV\n.*Belgium/s));
    // The sheet holds euros; the API counts cents.
    expect(cells).toContainEqual(expect.objectContaining({ formula: expect.stringMatching(/^SUBTOTAL\(9,I\d+:I\d+\)$/), result: shipment.value.invoiceValue / 100 }));
    expect(invoice.views[0]).toMatchObject({ state: 'frozen' });
    expect(session.problems).toEqual([]);
  });
});
