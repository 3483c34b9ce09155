import type { Workbook } from 'exceljs';
import type { Shipment } from '../../../shared/api/shipments';
import { formatDateId } from '../../../shared/dates';
import type { Centre } from '../../../shared/domain/centre';
import type { Translate } from '../../../shared/i18n';
import { CURRENCIES, fromMinor, minorDigits, type Currency } from '../../../shared/money';
import { docSheet, finishTable, shipmentFacts, THIN, writeBlock, writeFacts, writeTableHeader } from './shipment-doc-sheet';
import { moneyFormat, sumOf } from './workbook-style';

const WIDTHS = [5, 15, 12, 34, 11, 9, 6, 12, 15];

function currencyOf(code: string): Currency {
  return CURRENCIES.find((c) => c === code) ?? 'USD';
}

/**
 * The commercial invoice: lines with buyer's PO, HS code, quantity, unit price and amount (a
 * live qty × price), the total, freight and insurance taken off to the FOB value (live), the
 * FOB value in USD, marks and numbers, the proof of origin and the declaration.
 */
export function writeInvoiceSheet(workbook: Workbook, shipment: Shipment, centre: Centre, doc: Translate, printedOn: string): void {
  const width = WIDTHS.length;
  const target = docSheet(workbook, doc('shipments.workbook.invoiceSheet'), doc, centre, doc('shipments.doc.invoiceTitle'), { width, landscape: false, printedOn });
  const { sheet } = target;
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  writeFacts(target, shipmentFacts(shipment, doc, doc('shipments.doc.invoiceNo')), width, doc('shipments.doc.none'));
  const currency = currencyOf(shipment.currency);
  const money = moneyFormat(minorDigits(currency));
  const header = writeTableHeader(target, [
    doc('shipments.doc.no'), doc('shipments.doc.buyerPo'), 'SKU', doc('shipments.doc.description'), doc('shipments.doc.hsCode'),
    doc('shipments.doc.qty'), '', doc('shipments.doc.unitPrice'), `${doc('shipments.doc.amount')} (${currency})`,
  ]);
  const first = target.row;
  shipment.lines.forEach((line, index) => {
    const row = sheet.getRow(target.row);
    const values = [index + 1, line.orderNo, line.sku, line.productName, line.hsCode, line.qty, line.uom, fromMinor(line.unitPrice, currency)];
    values.forEach((value, i) => (row.getCell(i + 1).value = value));
    row.getCell(9).value = { formula: `F${target.row}*H${target.row}`, result: fromMinor(line.amount, currency) };
    row.getCell(6).numFmt = '#,##0';
    row.getCell(8).numFmt = money;
    row.getCell(9).numFmt = money;
    row.getCell(4).alignment = { wrapText: true };
    for (let col = 1; col <= width; col++) row.getCell(col).border = THIN;
    target.row++;
  });
  const last = target.row - 1;
  finishTable(sheet, header, last, width);
  const totalRow = target.row;
  const sums: [string, { formula: string; result: number } | number][] = [
    [doc('shipments.doc.total'), { formula: `SUBTOTAL(9,I${first}:I${last})`, result: fromMinor(shipment.value.invoiceValue, currency) }],
    [doc('shipments.doc.freight'), fromMinor(shipment.freight, currency)],
    [doc('shipments.doc.insurance'), fromMinor(shipment.insurance, currency)],
  ];
  sums.forEach(([label, value], i) => {
    const rowNumber = totalRow + i;
    const row = sheet.getRow(rowNumber);
    // The totals row keeps the quantity column free for the pieces' total.
    sheet.mergeCells(rowNumber, 1, rowNumber, i === 0 ? 5 : 8);
    row.getCell(1).value = label;
    row.getCell(1).alignment = { horizontal: 'right' };
    row.getCell(1).font = { bold: i === 0 };
    row.getCell(9).value = value;
    row.getCell(9).numFmt = money;
    row.getCell(9).font = { bold: i === 0 };
  });
  const qtyCell = sheet.getRow(totalRow).getCell(6);
  qtyCell.value = { formula: `SUBTOTAL(9,F${first}:F${last})`, result: sumOf(shipment.lines.map((line) => line.qty)) };
  qtyCell.numFmt = '#,##0';
  qtyCell.font = { bold: true };
  target.row += sums.length;
  const fobRow = sheet.getRow(target.row);
  sheet.mergeCells(target.row, 1, target.row, 8);
  fobRow.getCell(1).value = `${doc('shipments.doc.fob')} (${shipment.incoterm === 'FOB' ? `FOB ${shipment.incotermPlace}` : 'FOB'})`;
  fobRow.getCell(1).alignment = { horizontal: 'right' };
  fobRow.getCell(1).font = { bold: true };
  fobRow.getCell(9).value = { formula: `I${totalRow}-I${totalRow + 1}-I${totalRow + 2}`, result: fromMinor(shipment.value.fobValue, currency) };
  fobRow.getCell(9).numFmt = money;
  fobRow.getCell(9).font = { bold: true };
  target.row++;
  const usdRow = sheet.getRow(target.row);
  sheet.mergeCells(target.row, 1, target.row, 8);
  usdRow.getCell(1).value = `${doc('shipments.doc.fobUsd')} — ${doc('shipments.doc.rate', { date: formatDateId(shipment.value.rateDate), rate: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(shipment.value.idrRate), currency })}`;
  usdRow.getCell(1).alignment = { horizontal: 'right' };
  usdRow.getCell(9).value = shipment.value.fobUsd / 100;
  usdRow.getCell(9).numFmt = '#,##0.00';
  target.row += 2;
  writeBlock(target, doc('shipments.doc.marks'), shipment.marks, width);
  writeBlock(target, doc('shipments.doc.coo'), doc(`shipments.coo.${shipment.coo}`), width);
  writeBlock(target, doc('shipments.doc.declaration'), doc('shipments.doc.signFor', { name: centre.cooperativeName ?? centre.name }), width);
  target.row += 2;
  sheet.getRow(target.row).getCell(1).value = centre.chairName ? `${centre.chairName}${centre.chairTitle ? `, ${centre.chairTitle}` : ''}` : '.............................................';
}
