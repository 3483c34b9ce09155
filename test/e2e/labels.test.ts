import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { kgText } from '../../shared/domain/carton-labels';
import { openSession, pdfPageCount, type Session } from './harness';
import { cell, rows } from './pages/kit';
import { cartonLabels } from './pages/papers';
import { printView } from './pages/print';
import { toolbar } from './pages/shell';
import { shipmentForm, shipmentsScreen } from './pages/shipments';

describe('shipping marks and carton labels', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('prints a demo shipment’s marks and one label per carton on A4 sheets of 8, downloads them as a workbook, and refuses while a detail is missing', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    await shipmentsScreen(page).open(session);
    const grid = shipmentsScreen(page).grid;
    await rows(grid).first().waitFor();
    // A shipment on the first screen of the list with more than one sheet of labels, the last one part empty.
    const cartonsOf = backend.app.db.prepare('SELECT SUM(l.cartons) FROM shipment s JOIN shipment_line l ON l.shipment_id = s.id WHERE s.shipment_no = ?').pluck();
    const listed = (await grid.locator('.ag-row .ag-cell[col-id="shipmentNo"]').allTextContents()).map((text) => text.trim());
    const shipmentNo = listed.find((no) => {
      const cartons = cartonsOf.get(no) as number | null;
      return cartons !== null && cartons > 8 && cartons % 8 !== 0 && cartons <= 80;
    });
    if (!shipmentNo) throw new Error(`no shipment of 9 to 80 cartons among ${listed.join(', ')}`);
    const firstNo = cell(grid, 'shipmentNo').filter({ hasText: shipmentNo });
    const id = backend.app.db.prepare('SELECT id FROM shipment WHERE shipment_no = ?').pluck().get(shipmentNo) as number;
    const papers = await backend.must('papers:shipment', { id });
    const { shipment, cartons } = papers;
    const count = shipment.totals.cartons;
    expect(cartons).toHaveLength(count);
    expect(count).toBeGreaterThan(8);
    expect(papers.gaps).toEqual([]);

    // From the shipment's own screen: the labels as a workbook, then to print.
    await firstNo.click();
    await toolbar(page).edit.click();
    await shipmentForm(page).form.waitFor();
    expect(await shipmentForm(page).printLabels.textContent()).toBe('Label karton');
    const [download] = await Promise.all([page.waitForEvent('download'), shipmentForm(page).labelsWorkbook.click()]);
    expect(download.suggestedFilename()).toBe(`labels-${shipmentNo}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Shipping Marks', 'Carton Labels']);

    await shipmentForm(page).printLabels.click();
    await cartonLabels(page).sheet.first().waitFor();
    expect(await printView(page).title.textContent()).toBe('SHIPPING MARKS');
    // The main marks as the cartons carry them, and the side marks of every run of cartons.
    expect(await cartonLabels(page).mainMarks.textContent()).toBe(shipment.marks);
    expect(shipment.marks).toContain('MADE IN INDONESIA');
    expect(await cartonLabels(page).marksConsignee.textContent()).toBe(papers.consignee.name);
    const runs = shipment.lines.flatMap((line) => line.ranges);
    expect(await cartonLabels(page).sideMarkRun.count()).toBe(runs.length);
    expect(await cartonLabels(page).sideMarksCartons.textContent()).toBe(String(count));

    // One label per carton, eight to a sheet, each with the marks, PO, CTN number, weights and origin.
    expect(await cartonLabels(page).sheet.count()).toBe(Math.ceil(count / 8));
    expect(await cartonLabels(page).carton.allTextContents()).toEqual(cartons.map((c) => `CTN ${c.no} / ${count}`));
    expect(new Set(await cartonLabels(page).consignee.allTextContents())).toEqual(new Set([papers.consignee.name.toUpperCase()]));
    expect(await cartonLabels(page).po.allTextContents()).toEqual(cartons.map((c) => `PO NO. ${c.buyerPo}`));
    for (const c of cartons) expect(c.buyerPo).toMatch(/\d{3}/);
    // The packing list's per-carton figures, run by run.
    const perCarton = runs.flatMap((range) => Array.from({ length: range.count }, () => range));
    expect(await cartonLabels(page).net.allTextContents()).toEqual(perCarton.map((range) => `N.W. ${kgText(range.netKg)} KG`));
    expect(await cartonLabels(page).gross.allTextContents()).toEqual(perCarton.map((range) => `G.W. ${kgText(range.grossKg)} KG`));
    expect(new Set(await cartonLabels(page).origin.allTextContents())).toEqual(new Set(['MADE IN INDONESIA']));
    expect(await cartonLabels(page).item.first().textContent()).toContain(papers.goods[0].description!);
    // The millimetres of the label stock: 210 mm sheets, 99.1 × 67.7 mm labels (96 px an inch).
    const sheetBox = (await cartonLabels(page).sheet.first().boundingBox())!;
    const labelBox = (await cartonLabels(page).cartonLabel.first().boundingBox())!;
    expect(sheetBox.width).toBeCloseTo((210 / 25.4) * 96, 0);
    expect(labelBox.width).toBeCloseTo((99.1 / 25.4) * 96, 0);
    expect(labelBox.height).toBeCloseTo((67.7 / 25.4) * 96, 0);

    // On paper: the marks page, then a page per sheet of 8 labels.
    folder = mkdtempSync(join(tmpdir(), 'sentra-labels-'));
    const pdf = join(folder, 'labels.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBe(1 + Math.ceil(count / 8));
    expect(session.problems).toEqual([]);

    // A product of the shipment without its English description: nothing to print, the detail named.
    const sku = shipment.lines[0].sku;
    backend.app.db.prepare('UPDATE product SET name_en = NULL WHERE sku = ?').run(sku);
    await page.reload();
    await cartonLabels(page).gaps.waitFor();
    expect(await cartonLabels(page).gaps.textContent()).toContain('Label belum bisa dicetak');
    expect(await cartonLabels(page).gap.allTextContents()).toContain(`produk ${sku}: nama bahasa Inggris (name_en)`);
    expect(await cartonLabels(page).sheet.count()).toBe(0);
    expect(await printView(page).print.count()).toBe(0);
  });
});
