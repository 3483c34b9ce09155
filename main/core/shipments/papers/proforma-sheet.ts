import type { Workbook, Worksheet } from 'exceljs';
import type { ProformaPaper } from '../../../../shared/api/papers';
import { amountInWords } from '../../../../shared/domain/amount-words';
import { formatDateId } from '../../../../shared/dates';
import { translator, type Translate } from '../../../../shared/i18n';
import { CURRENCIES, fromMinor, minorDigits, type Currency } from '../../../../shared/money';
import type { CallContext } from '../../platform/app';
import { docSheet, finishTable, THIN, writeBlock, writeFacts, writeGoodsRow, writeParties, writeTableHeader, type DocSheet } from './doc-sheet';
import { goodsText } from './invoice-sheet';
import { excelDate, moneyFormat } from '../../platform/workbook/style';
import { proformaPaper } from './proforma';
import { paperWorkbook, refuseIncomplete, safeFileNo } from './workbooks';

/** No, SKU, description, HS code, quantity, unit, unit price, amount. */
const WIDTHS = [5, 13, 40, 11, 10, 6, 12, 16];

function currencyOf(code: string): Currency {
  return CURRENCIES.find((c) => c === code) ?? 'USD';
}

/** "PO 4500126368 of 01/10/2026": the buyer's own number with its date. */
function buyerPoOf(paper: Pick<ProformaPaper, 'buyerPo' | 'buyerPoDate'>, doc: Translate): string | null {
  if (!paper.buyerPo) return null;
  return paper.buyerPoDate ? doc('shipments.doc.poOf', { po: paper.buyerPo, date: formatDateId(paper.buyerPoDate) }) : paper.buyerPo;
}

/** The facts of the proforma as [label, value] pairs, two to a row under the parties. */
function proformaFacts(paper: ProformaPaper, doc: Translate): [string, string | Date | null][] {
  return [
    [doc('proforma.doc.proformaNo'), paper.proformaNo],
    [doc('shipments.doc.date'), excelDate(paper.date)],
    [doc('shipments.doc.buyerPo'), buyerPoOf(paper, doc)],
    [doc('proforma.doc.orderNo'), paper.orderNo],
    [doc('shipments.doc.paymentTerms'), paper.paymentTerms],
    [doc('shipments.doc.terms'), `${paper.incoterm} ${paper.incotermPlace}`.trim()],
    [doc('shipments.doc.portOfLoading'), paper.portOfLoading],
    [doc('shipments.doc.portOfDischarge'), paper.portOfDischarge],
    [doc('shipments.doc.destination'), paper.destination],
    [doc('proforma.doc.shipBy'), excelDate(paper.shipBy)],
    [doc('shipments.doc.currency'), paper.currency],
    [doc('shipments.doc.origin'), paper.countryOfOrigin],
  ];
}

/** A label across columns 1..7 right-aligned, its figure in the amount column. */
function sumRow(sheet: Worksheet, row: number, label: string, value: { formula: string; result: number }, money: string, bold: boolean): void {
  sheet.mergeCells(row, 1, row, 7);
  const cells = sheet.getRow(row);
  cells.getCell(1).value = label;
  cells.getCell(1).alignment = { horizontal: 'right' };
  cells.getCell(1).font = { bold };
  cells.getCell(8).value = value;
  cells.getCell(8).numFmt = money;
  cells.getCell(8).font = { bold };
  cells.getCell(8).border = THIN;
}

/**
 * A block of sentences across the width (the total in words, the validity), as writeBlock but
 * tall enough at about 0.85 characters per unit of column width: the serif a spreadsheet falls
 * back to for these cells sets fewer characters a line than writeBlock's estimate (LibreOffice
 * clipped the last line of a long total in words).
 */
function writeSentences(target: DocSheet, label: string, lines: string[], width: number): void {
  writeBlock(target, label, lines.join('\n'), width);
  let units = 0;
  for (let col = 1; col <= width; col++) units += target.sheet.getColumn(col).width ?? 9;
  const perLine = Math.max(1, Math.floor(units * 0.85));
  const needed = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  const row = target.sheet.getRow(target.row - 2);
  row.height = Math.max(row.height ?? 15, 15 * needed);
}

/**
 * The proforma invoice on an A4 portrait sheet: the exporter's letterhead, shipper and consignee,
 * notify party and the bank to pay into, the facts, the lines (amount = live qty × price), the
 * total (SUBTOTAL), the deposit the payment terms ask (live ROUND of total × percent) and the
 * balance, the total in words, the validity, the declaration and the signature.
 */
export function writeProformaSheet(workbook: Workbook, paper: ProformaPaper, doc: Translate, printedOn: string): void {
  const width = WIDTHS.length;
  const target = docSheet(workbook, doc('proforma.doc.sheet'), doc, paper.exporter, doc('proforma.doc.title'), { width, landscape: false, printedOn });
  const { sheet } = target;
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  writeParties(target, paper, doc, width, true);
  writeFacts(target, proformaFacts(paper, doc), width, doc('shipments.doc.none'));
  const currency = currencyOf(paper.currency);
  const digits = minorDigits(currency);
  const money = moneyFormat(digits);
  const header = writeTableHeader(target, [
    doc('shipments.doc.no'), 'SKU', doc('shipments.doc.description'), doc('shipments.doc.hsCode'),
    doc('shipments.doc.qty'), doc('proforma.doc.unit'), doc('shipments.doc.unitPrice'), `${doc('shipments.doc.amount')} (${paper.currency})`,
  ]);
  const first = target.row;
  for (const [index, line] of paper.lines.entries()) {
    const values = [index + 1, line.sku, goodsText(line, doc), line.hsCode, line.qty, line.uom, fromMinor(line.unitPrice, currency)];
    writeGoodsRow(sheet, target.row, values, { description: 3, qty: 5, price: 7 }, fromMinor(line.amount, currency), money, width);
    target.row++;
  }
  const last = target.row - 1;
  finishTable(sheet, header, last, width);
  const totalRow = target.row;
  sumRow(sheet, totalRow, `${doc('shipments.doc.total')} ${paper.incoterm} ${paper.incotermPlace}`.trim(), { formula: `SUBTOTAL(9,H${first}:H${last})`, result: fromMinor(paper.total, currency) }, money, true);
  target.row++;
  if (paper.deposit) {
    const { percent, amount } = paper.deposit;
    // Rounded once, as ProformaPaper.deposit is: the total's minor units × percent.
    sumRow(sheet, target.row, doc('proforma.doc.deposit', { percent }), { formula: `ROUND(H${totalRow}*${percent}/100,${digits})`, result: fromMinor(amount, currency) }, money, true);
    sumRow(sheet, target.row + 1, doc('proforma.doc.balance'), { formula: `H${totalRow}-H${target.row}`, result: fromMinor(paper.total - amount, currency) }, money, false);
    target.row += 2;
  }
  target.row++;
  const words = amountInWords(paper.total, paper.currency);
  if (words) writeSentences(target, doc('proforma.doc.inWords'), [doc('proforma.doc.say', { words })], width);
  writeSentences(target, doc('proforma.doc.terms'), [
    doc('proforma.doc.validity', { date: formatDateId(paper.shipBy), no: paper.proformaNo }),
    doc('proforma.doc.declaration'),
    doc('shipments.doc.signFor', { name: paper.exporter.name }),
  ], width);
  target.row += 2;
  sheet.getRow(target.row).getCell(1).value = paper.exporter.signatory ?? '.............................................';
}

/** The proforma of an order as a workbook in English; refused, naming each missing detail, while it has gaps. */
export async function proformaWorkbook(ctx: CallContext, ref: { id?: number; no?: string }): Promise<{ fileName: string; data: Buffer }> {
  const paper = proformaPaper(ctx, ref);
  refuseIncomplete(ctx, paper.gaps, 'proforma');
  const workbook = paperWorkbook(ctx);
  writeProformaSheet(workbook, paper, translator('en'), ctx.app.today());
  return { fileName: `proforma-${safeFileNo(paper.orderNo)}.xlsx`, data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
