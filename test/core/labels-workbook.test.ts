import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shipment } from '../../shared/api/shipments';
import { LABEL_SHEET, labelSheets } from '../../shared/domain/carton-labels';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

/**
 * The labels paper of a demo shipment as a workbook, read back: the shipping marks first, then one
 * label per carton ("CTN 1 / N" … "CTN N / N") with the packing list's per-carton weights, eight to
 * an A4 page with a manual page break after each eight, at 100 % and never shrunk to fit.
 */
let t: TempApp;
let shipment: Shipment;
let workbook: ExcelJS.Workbook;
let zip: JSZip;
let packing: ExcelJS.Workbook;

beforeAll(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('demo:create', { seed: 7, scale: 'demo' });
  // A shipment of several runs that fills more than two sheets: the last sheet part empty.
  const id = t.app.db
    .prepare('SELECT shipment_id FROM shipment_line GROUP BY shipment_id HAVING SUM(cartons) BETWEEN 17 AND 60 AND COUNT(*) >= 2 ORDER BY shipment_id DESC LIMIT 1')
    .pluck()
    .get() as number;
  shipment = await t.must('shipments:get', { id });
  const file = await t.must('files:shipmentPaper', { id, paper: 'labels' });
  expect(file.fileName).toBe(`labels-${shipment.shipmentNo}.xlsx`);
  const bytes = madeBytes(file);
  workbook = await readWorkbook(bytes);
  zip = await JSZip.loadAsync(bytes);
  packing = await readWorkbook(madeBytes((await t.must('files:shipmentPaper', { id, paper: 'packing-list' }))));
}, 120_000);
afterAll(() => t.close());

/** Every label's top-left cell: row and column of the carton's block by its number. */
function labelAt(no: number): { top: number; left: number } {
  const index = no - 1;
  const sheet = Math.floor(index / 8);
  const slot = index % 8;
  return { top: sheet * 32 + Math.floor(slot / 2) * 8 + 1, left: slot % 2 === 0 ? 1 : 4 };
}

describe('the labels workbook of a shipment', () => {
  it('has the shipping marks, then the carton labels', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Shipping Marks', 'Carton Labels']);
    const marks = workbook.getWorksheet('Shipping Marks')!;
    const values: unknown[] = [];
    marks.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain('SHIPPING MARKS');
    expect(values).toContain(shipment.marks);
    expect(values).toContain(shipment.shipmentNo);
    // The side marks: one row per run of cartons with N.W. and G.W. per carton, and a live carton count.
    for (const range of shipment.lines.flatMap((line) => line.ranges)) {
      const cartonNos = range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
      let found: ExcelJS.Row | undefined;
      marks.eachRow((row) => {
        if (row.getCell(1).value === cartonNos) found = row;
      });
      expect(found, cartonNos).toBeDefined();
      expect([found!.getCell(2).value, found!.getCell(6).value, found!.getCell(7).value]).toEqual([range.count, range.netKg, range.grossKg]);
    }
    const total = values.find((value) => typeof value === 'object' && value !== null && 'formula' in value);
    expect(total).toMatchObject({ formula: expect.stringMatching(/^SUBTOTAL\(9,B\d+:B\d+\)$/), result: shipment.totals.cartons });
  });

  it('prints one label per carton, CTN 1 / N to CTN N / N, each a bordered block of merged cells', () => {
    const sheet = workbook.getWorksheet('Carton Labels')!;
    const count = shipment.totals.cartons;
    const found: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^CTN \d+ \/ \d+$/.test(cell.value) && cell.master === cell) found.push(cell.value);
    }));
    expect(found).toEqual(Array.from({ length: count }, (_, i) => `CTN ${i + 1} / ${count}`));
    const lineOf = (no: number) => shipment.lines.find((line) => line.firstCarton <= no && no <= line.lastCarton)!;
    const orders = new Map<string, string | null>();
    for (const no of [1, 8, 9, count]) {
      const { top, left } = labelAt(no);
      const line = lineOf(no);
      expect(sheet.getCell(top + 4, left).value).toBe(`CTN ${no} / ${count}`);
      expect(sheet.getCell(top + 4, left + 1).master.address).toBe(sheet.getCell(top + 4, left).address);
      expect(sheet.getCell(top + 4, left).font).toMatchObject({ bold: true, size: 24 });
      expect(sheet.getCell(top, left).value).toBe(shipment.buyerName.toUpperCase());
      expect(sheet.getCell(top + 3, left).value).toEqual(expect.stringContaining(line.sku));
      expect(sheet.getCell(top + 7, left).value).toBe('MADE IN INDONESIA');
      orders.set(line.orderNo, null);
      // The outline of the block: top and left on its first cell, bottom and right on its last.
      expect(sheet.getCell(top, left).border).toMatchObject({ top: { style: 'medium' }, left: { style: 'medium' } });
      expect(sheet.getCell(top + 7, left + 1).border).toMatchObject({ bottom: { style: 'medium' }, right: { style: 'medium' } });
    }
    // The buyer's PO, never our order number, on the labels.
    const po = t.app.db.prepare('SELECT buyer_po FROM sales_order WHERE order_no = ?').pluck().get(lineOf(1).orderNo) as string;
    expect(sheet.getCell(3, 1).value).toBe(`PO NO. ${po}`);
  });

  it('prints the packing list’s net and gross kg per carton on every label, as numbers', () => {
    const sheet = workbook.getWorksheet('Carton Labels')!;
    // The packing list's own rows: carton numbers "5–9" with their per-carton weights.
    const packed = packing.getWorksheet('Packing List')!;
    const perCarton = new Map<number, [number, number]>();
    packed.eachRow((row) => {
      const match = /^(\d+)(?:–(\d+))?$/.exec(String(row.getCell(1).value ?? ''));
      if (!match) return;
      for (let no = Number(match[1]); no <= Number(match[2] ?? match[1]); no++) perCarton.set(no, [row.getCell(8).value as number, row.getCell(9).value as number]);
    });
    expect(perCarton.size).toBe(shipment.totals.cartons);
    for (let no = 1; no <= shipment.totals.cartons; no++) {
      const { top, left } = labelAt(no);
      const net = sheet.getCell(top + 6, left);
      const gross = sheet.getCell(top + 6, left + 1);
      expect([net.value, gross.value], `carton ${no}`).toEqual(perCarton.get(no));
      expect(net.numFmt).toBe('"N.W. "#,##0.00" KG"');
      expect(gross.numFmt).toBe('"G.W. "#,##0.00" KG"');
    }
  });

  it('is laid out for A4 label sheets of 2 × 4 labels of 99.1 × 67.7 mm: page breaks every 8 labels, 100 %, no fit to page', async () => {
    const sheet = workbook.getWorksheet('Carton Labels')!;
    const pages = Math.ceil(shipment.totals.cartons / 8);
    expect(pages).toBeGreaterThan(2);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', scale: 100 });
    expect(sheet.pageSetup.fitToPage).toBeFalsy();
    expect(sheet.pageSetup.margins?.top).toBeCloseTo(13.1 / 25.4, 4);
    expect(sheet.pageSetup.margins?.left).toBeCloseTo(4.65 / 25.4, 4);
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(Array.from({ length: pages - 1 }, (_, i) => (i + 1) * 32));
    expect(xml).not.toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    const names = await zip.file('xl/workbook.xml')!.async('string');
    expect(names).toContain(`&apos;Carton Labels&apos;!$A$1:$E$${pages * 32}</definedName>`);
    expect(sheet.pageSetup.printArea).toBe(`A1:E${pages * 32}`);
    // Excel units: 7 px a unit of width (Calibri 11) at 96 px an inch; row heights in points.
    const mm = (width: number) => (width * 7 * 25.4) / 96;
    expect(mm(sheet.getColumn(1).width! + sheet.getColumn(2).width!)).toBeCloseTo(LABEL_SHEET.widthMm, 0);
    expect(mm(sheet.getColumn(3).width!)).toBeCloseTo(LABEL_SHEET.gapMm, 0);
    const labelPt = Array.from({ length: 8 }, (_, i) => sheet.getRow(i + 1).height).reduce((a, b) => a + b, 0);
    expect((labelPt * 25.4) / 72).toBeCloseTo(LABEL_SHEET.heightMm, 1);
    // Four labels down and the margins fit the page's 297 mm.
    expect(LABEL_SHEET.topMm + 4 * LABEL_SHEET.heightMm + sheet.pageSetup.margins!.bottom * 25.4).toBeLessThanOrEqual(297);
  });

  it('puts 120 cartons on 15 sheets', () => {
    expect(labelSheets(Array.from({ length: 120 }, (_, i) => i + 1)).map((sheet) => sheet.length)).toEqual(Array(15).fill(8));
    expect(labelSheets(Array.from({ length: 17 }, (_, i) => i + 1)).map((sheet) => sheet.length)).toEqual([8, 8, 1]);
  });
});
