import type { Workbook } from 'exceljs';
import type { ShipmentPapers } from '../../../../shared/api/papers';
import type { Translate } from '../../../../shared/i18n';
import { docSheet, finishTable, linesIn, shipmentFacts, THIN, writeBlock, writeFacts, writeParties, writeTableHeader } from './doc-sheet';
import { sumOf } from '../../platform/workbook/style';

const WIDTHS = [11, 9, 15, 11, 30, 8, 10, 10, 10, 11, 11, 13, 9];
const KG = '#,##0.00';
const M3 = '#,##0.000';

/** Numbers in the papers' own language (English), whatever the screen's. */
function english(value: number, digits = 2): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/**
 * The packing list, one row per run of cartons with the same contents: carton numbers, cartons,
 * article, pieces per carton, pieces (live cartons × pieces), net and gross per carton and for
 * the run, carton size and m³; live totals underneath and the shipping marks.
 */
export function writePackingSheet(workbook: Workbook, papers: ShipmentPapers, doc: Translate, printedOn: string): void {
  const { shipment } = papers;
  const width = WIDTHS.length;
  const target = docSheet(workbook, doc('shipments.workbook.packingSheet'), doc, papers.exporter, doc('shipments.doc.packingTitle'), { width, landscape: true, printedOn });
  const { sheet } = target;
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  writeParties(target, papers, doc, width, false);
  writeFacts(target, shipmentFacts(papers, doc, doc('shipments.doc.packingNo'), false), width, doc('shipments.doc.none'));
  const header = writeTableHeader(target, [
    doc('shipments.doc.cartonNo'), doc('shipments.doc.cartons'), doc('shipments.doc.buyerPo'), 'SKU', doc('shipments.doc.description'),
    doc('shipments.doc.perCarton'), doc('shipments.doc.qty'), doc('shipments.doc.netPerCarton'), doc('shipments.doc.grossPerCarton'),
    doc('shipments.doc.netTotal'), doc('shipments.doc.grossTotal'), doc('shipments.doc.size'), doc('shipments.doc.m3'),
  ]);
  const first = target.row;
  const poOf = new Map(papers.orders.map((order) => [order.orderNo, order.buyerPo ?? order.orderNo]));
  const runs = shipment.lines.flatMap((line, index) => line.ranges.map((range) => ({ line, range, good: papers.goods[index] })));
  for (const { line, range, good } of runs) {
    const r = target.row;
    const row = sheet.getRow(r);
    const size = `${line.cartonLengthCm} × ${line.cartonWidthCm} × ${line.cartonHeightCm}`;
    const values = [
      range.from === range.to ? String(range.from) : `${range.from}–${range.to}`, range.count, poOf.get(line.orderNo) ?? line.orderNo, line.sku, good?.description ?? '', range.pieces,
      { formula: `B${r}*F${r}`, result: range.count * range.pieces }, range.netKg, range.grossKg, range.netKgTotal, range.grossKgTotal, size, range.volumeM3,
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.border = THIN;
    });
    // Carton numbers and the size are text ("1–20"), whatever Excel would make of them.
    row.getCell(1).numFmt = '@';
    row.getCell(12).numFmt = '@';
    for (const col of [2, 6, 7]) row.getCell(col).numFmt = '#,##0';
    for (const col of [8, 9, 10, 11]) row.getCell(col).numFmt = KG;
    row.getCell(13).numFmt = M3;
    row.height = 15 * linesIn(sheet, String(values[4]), 5, 5);
    for (let col = 1; col <= width; col++) row.getCell(col).alignment = { vertical: 'top', wrapText: col === 5 };
    target.row++;
  }
  const last = target.row - 1;
  finishTable(sheet, header, last, width);
  const totals = sheet.getRow(target.row);
  sheet.mergeCells(target.row, 3, target.row, 6);
  totals.getCell(1).value = doc('shipments.doc.total');
  const sum = (col: string, result: number, format: string) => {
    const cell = totals.getCell(col);
    cell.value = { formula: `SUBTOTAL(9,${col}${first}:${col}${last})`, result };
    cell.numFmt = format;
  };
  sum('B', shipment.totals.cartons, '#,##0');
  sum('G', shipment.totals.qty, '#,##0');
  sum('J', sumOf(runs.map((run) => run.range.netKgTotal)), KG);
  sum('K', sumOf(runs.map((run) => run.range.grossKgTotal)), KG);
  sum('M', sumOf(runs.map((run) => run.range.volumeM3)), M3);
  for (let col = 1; col <= width; col++) {
    totals.getCell(col).font = { bold: true };
    totals.getCell(col).border = { top: { style: 'double' }, bottom: { style: 'thin' } };
  }
  target.row += 2;
  const summary = doc('shipments.doc.summary', {
    cartons: english(shipment.totals.cartons), qty: english(shipment.totals.qty), net: english(shipment.totals.netKg),
    gross: english(shipment.totals.grossKg), m3: english(shipment.totals.volumeM3, 3),
  });
  writeBlock(target, doc('shipments.doc.total'), summary, width);
  writeBlock(target, doc('shipments.doc.marks'), shipment.marks, width);
}
