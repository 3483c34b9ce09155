import type { Workbook } from 'exceljs';
import type { ShipmentPapers } from '../../../../shared/api/papers';
import { destinationText, labelSheets, sideMarkRuns } from '../../../../shared/domain/carton-labels';
import { COUNTRIES } from '../../../../shared/countries';
import type { Translate } from '../../../../shared/i18n';
import { docSheet, finishTable, THIN, writeFacts, writeTableHeader } from './doc-sheet';

const WIDTHS = [12, 10, 18, 12, 10, 13, 13, 19];
const KG = '#,##0.00';

/**
 * SHIPPING MARKS of a shipment, the first sheet of its labels workbook: the main marks as the
 * cartons carry them, then the side marks of each run of cartons (N.W., G.W. and MEAS per
 * carton) with a live count of the cartons; the layout of the label sheets that follow.
 */
export function writeMarksSheet(workbook: Workbook, papers: ShipmentPapers, doc: Translate, printedOn: string): void {
  const { shipment } = papers;
  const width = WIDTHS.length;
  const target = docSheet(workbook, doc('labels.sheet.marks'), doc, papers.exporter, doc('labels.marksTitle'), { width, landscape: false, printedOn });
  const { sheet } = target;
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  writeFacts(target, [
    [doc('labels.shipmentNo'), shipment.shipmentNo],
    [doc('labels.consignee'), papers.consignee.name],
    [doc('labels.port'), destinationText(papers)],
    [doc('labels.destination'), COUNTRIES[shipment.country]?.en ?? shipment.country],
    [doc('labels.cartons'), String(shipment.totals.cartons)],
  ], width, doc('shipments.doc.none'));

  sheet.mergeCells(target.row, 1, target.row, width);
  sheet.getCell(target.row, 1).value = doc('labels.mainMarks');
  sheet.getCell(target.row, 1).font = { bold: true };
  target.row++;
  const marksLines = shipment.marks.split('\n');
  sheet.mergeCells(target.row, 1, target.row, width);
  const marks = sheet.getCell(target.row, 1);
  marks.value = shipment.marks;
  marks.font = { bold: true, size: 14 };
  marks.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  marks.border = THIN;
  // A merged cell does not grow with its lines: the row is made tall enough for them.
  sheet.getRow(target.row).height = 20 * marksLines.length + 6;
  target.row += 2;

  sheet.mergeCells(target.row, 1, target.row, width);
  sheet.getCell(target.row, 1).value = doc('labels.sideMarks');
  sheet.getCell(target.row, 1).font = { bold: true };
  target.row++;
  const header = writeTableHeader(target, [
    doc('labels.table.cartonNo'), doc('labels.table.cartons'), doc('labels.table.buyerPo'), doc('labels.table.sku'),
    doc('labels.table.perCarton'), doc('labels.table.net'), doc('labels.table.gross'), doc('labels.table.meas'),
  ]);
  const runs = sideMarkRuns(papers);
  const first = target.row;
  for (const run of runs) {
    const row = sheet.getRow(target.row);
    [run.cartonNos, run.count, run.buyerPo, run.sku, run.pieces, run.netKg, run.grossKg, run.sizeCm].forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.border = THIN;
    });
    // Carton numbers and the size are text ("1–20", "60 x 40 x 40"), whatever Excel would make of them.
    row.getCell(1).numFmt = '@';
    row.getCell(8).numFmt = '@';
    row.getCell(2).numFmt = '#,##0';
    row.getCell(5).numFmt = '#,##0';
    row.getCell(6).numFmt = KG;
    row.getCell(7).numFmt = KG;
    target.row++;
  }
  const last = target.row - 1;
  finishTable(sheet, header, last, width);
  const totals = sheet.getRow(target.row);
  totals.getCell(1).value = doc('labels.table.total');
  totals.getCell(2).value = { formula: `SUBTOTAL(9,B${first}:B${last})`, result: shipment.totals.cartons };
  totals.getCell(2).numFmt = '#,##0';
  for (let col = 1; col <= width; col++) {
    totals.getCell(col).font = { bold: true };
    totals.getCell(col).border = { top: { style: 'double' }, bottom: { style: 'thin' } };
  }
  target.row += 2;
  sheet.mergeCells(target.row, 1, target.row, width);
  const layout = sheet.getCell(target.row, 1);
  layout.value = doc('labels.layout');
  layout.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(target.row).height = 30;
  sheet.getCell(target.row + 1, 1).value = doc('labels.sheets', { cartons: papers.cartons.length, sheets: labelSheets(papers.cartons).length });
}
