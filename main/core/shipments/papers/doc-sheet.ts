import type { Borders, Workbook, Worksheet } from 'exceljs';
import type { ShipmentPapers } from '../../../../shared/api/papers';
import { COUNTRIES } from '../../../../shared/countries';
import { formatDateId } from '../../../../shared/dates';
import type { PaperExporter } from '../../../../shared/api/papers';
import { bankLines, buyerPoText, exporterLines, letterheadLines, notifyLines, partyLines } from '../../../../shared/domain/paper-text';
import { CONTAINER_LABELS } from '../../../../shared/domain/shipments';
import type { Translate } from '../../../../shared/i18n';
import { excelDate, headerFooterText } from '../../platform/workbook/style';

/**
 * The head both shipping papers share: the seller's letterhead, the title, and the shipment's
 * facts as label/value pairs in two columns. Everything is written as plain values: the only
 * formulas in these sheets are the sums built from row numbers.
 */

export const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export interface DocSheet {
  sheet: Worksheet;
  /** The next free row. */
  row: number;
}

function merged(sheet: Worksheet, row: number, from: number, to: number, value: string | number | Date | null, font: { bold?: boolean; size?: number } = {}): void {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getRow(row).getCell(from);
  cell.value = value;
  cell.font = font;
  cell.alignment = { vertical: 'top', wrapText: true, horizontal: typeof value === 'number' ? 'right' : 'left' };
  if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
}

/** A sheet on A4 with the seller in the page header and "Page 1 of 2" in the footer. */
export function docSheet(workbook: Workbook, name: string, doc: Translate, exporter: PaperExporter, title: string, options: { width: number; landscape: boolean; printedOn: string }): DocSheet {
  const seller = exporter.name;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: options.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(seller)}&R${headerFooterText(title)}`,
      oddFooter: `&L${headerFooterText(doc('shipments.doc.printed', { date: formatDateId(options.printedOn) }))}&R${doc('shipments.doc.page')}`,
    },
  });
  merged(sheet, 1, 1, options.width, seller, { bold: true, size: 14 });
  let row = 2;
  // The exporter's letterhead in English: address, phone and e-mail (the name is above; the rest is in the shipper's box).
  for (const line of letterheadLines(exporter, doc).slice(1)) merged(sheet, row++, 1, options.width, line, { size: 10 });
  row++;
  merged(sheet, row, 1, options.width, title, { bold: true, size: 16 });
  sheet.getRow(row).getCell(1).alignment = { horizontal: 'center' };
  return { sheet, row: row + 2 };
}

/** The facts of the shipment both papers print, as [label, value] pairs (the parties are in their boxes above; the packing list has no payment terms). */
export function shipmentFacts(papers: ShipmentPapers, doc: Translate, numberLabel: string, withPayment = true): [string, string | Date | null][] {
  const { shipment } = papers;
  const type = shipment.containerType;
  const container = !type ? doc('shipments.doc.none') : type === 'LCL' || shipment.containerCount === 1 ? CONTAINER_LABELS[type] : `${shipment.containerCount} x ${CONTAINER_LABELS[type]}`;
  return [
    [numberLabel, shipment.shipmentNo],
    [doc('shipments.doc.date'), excelDate(shipment.invoiceDate)],
    [doc('shipments.doc.buyerPo'), buyerPoText(papers.orders, doc)],
    ...(withPayment ? [[doc('shipments.doc.paymentTerms'), papers.paymentTerms] satisfies [string, string | null]] : []),
    [doc('shipments.doc.terms'), `${shipment.incoterm} ${shipment.incotermPlace}`.trim()],
    [doc('shipments.doc.currency'), shipment.currency],
    [doc('shipments.doc.portOfLoading'), shipment.portOfLoading],
    [doc('shipments.doc.portOfDischarge'), shipment.portOfDischarge],
    [doc('shipments.doc.etd'), excelDate(shipment.etd)],
    [doc('shipments.doc.eta'), excelDate(shipment.eta)],
    [doc('shipments.doc.destination'), COUNTRIES[shipment.country]?.en ?? shipment.country],
    [doc('shipments.doc.origin'), papers.countryOfOrigin],
    [doc('shipments.doc.container'), container],
    [doc('shipments.doc.peb'), [shipment.pebNo, shipment.pebDate ? formatDateId(shipment.pebDate) : null].filter(Boolean).join(' / ') || null],
    [doc('shipments.doc.bl'), shipment.blNo],
    [doc('shipments.doc.coo'), doc(`shipments.coo.${shipment.coo}`)],
  ];
}

/** Shipper and consignee side by side, then the notify party beside the account the buyer pays into. */
export function writeParties(target: DocSheet, papers: Pick<ShipmentPapers, 'exporter' | 'consignee' | 'notifyParty'>, doc: Translate, width: number, withBank: boolean): void {
  writeBoxes(target, [
    { label: doc('shipments.doc.shipper'), lines: exporterLines(papers.exporter, doc) },
    { label: doc('shipments.doc.consignee'), lines: partyLines(papers.consignee, doc) },
  ], width);
  writeBoxes(target, [
    { label: doc('shipments.doc.notify'), lines: notifyLines(papers.notifyParty, doc) },
    ...(withBank ? [{ label: doc('shipments.doc.bankDetails'), lines: bankLines(papers.exporter.bank, doc) }] : []),
  ], width);
}

/** Label/value pairs two to a row: the left pair across the first half of the width, the right across the rest. */
export function writeFacts(target: DocSheet, facts: [string, string | Date | null][], width: number, none: string): void {
  const { sheet } = target;
  const half = Math.floor(width / 2);
  for (let i = 0; i < facts.length; i += 2) {
    const pairs = [facts[i], facts[i + 1]].filter((pair): pair is [string, string | Date | null] => pair !== undefined);
    let lines = 1;
    pairs.forEach(([label, value], side) => {
      const start = side === 0 ? 1 : half + 1;
      const end = side === 0 ? half : width;
      const labelEnd = start + Math.max(0, Math.floor((end - start + 1) / 2) - 1);
      merged(sheet, target.row, start, labelEnd, label, { bold: true });
      merged(sheet, target.row, labelEnd + 1, end, value ?? none);
      const text = typeof value === 'string' ? value : '';
      lines = Math.max(lines, linesIn(sheet, label, start, labelEnd), linesIn(sheet, text, labelEnd + 1, end));
    });
    // A merged cell does not grow with its wrapped text: the row is made tall enough, or the text runs over the next row.
    sheet.getRow(target.row).height = 15 * lines;
    target.row++;
  }
  target.row++;
}

/** Lines of one paragraph wrapped at word boundaries, as a spreadsheet wraps a cell, at most `perLine` characters each. */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    // A word longer than the line is broken over several.
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

/** How many lines a text wraps to in the merged columns from..to (about 0.8 characters of 10-point or bold text per unit of column width). */
export function linesIn(sheet: Worksheet, text: string, from: number, to: number): number {
  let width = 0;
  for (let col = from; col <= to; col++) width += sheet.getColumn(col).width ?? 9;
  const perLine = Math.max(1, Math.floor(width * 0.8));
  return text.split('\n').reduce((sum, paragraph) => sum + wrappedLines(paragraph, perLine), 0);
}

/** Boxes side by side (shipper | consignee, notify party | bank), each a bold label over its lines, as tall as the fullest. */
export function writeBoxes(target: DocSheet, boxes: { label: string; lines: string[] }[], width: number): void {
  const { sheet } = target;
  const span = Math.floor(width / boxes.length);
  let tallest = 1;
  boxes.forEach((box, i) => {
    const from = 1 + i * span;
    const to = i === boxes.length - 1 ? width : from + span - 1;
    merged(sheet, target.row, from, to, box.label, { bold: true });
    merged(sheet, target.row + 1, from, to, box.lines.join('\n'));
    for (let col = from; col <= to; col++) {
      sheet.getRow(target.row).getCell(col).border = { top: { style: 'thin' } };
    }
    tallest = Math.max(tallest, linesIn(sheet, box.lines.join('\n'), from, to));
  });
  sheet.getRow(target.row + 1).height = 15 * tallest;
  target.row += 3;
}

/** A block of text across the width (marks, a declaration), tall enough for its lines. */
export function writeBlock(target: DocSheet, label: string, text: string, width: number): void {
  merged(target.sheet, target.row, 1, width, label, { bold: true });
  target.row++;
  merged(target.sheet, target.row, 1, width, text);
  target.sheet.getRow(target.row).height = 15 * linesIn(target.sheet, text, 1, width);
  target.row += 2;
}

/** A table header row with borders; returns its row number. */
export function writeTableHeader(target: DocSheet, headers: string[]): number {
  const row = target.sheet.getRow(target.row);
  headers.forEach((header, i) => {
    const cell = row.getCell(i + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 30;
  return target.row++;
}

/**
 * One goods line of a paper (invoice, proforma): its values from column A, the amount in the column
 * after the price as a live quantity × price with its cached result, the description wrapped and
 * the row as tall as it, every cell boxed and top-aligned.
 */
export function writeGoodsRow(
  sheet: Worksheet, rowNumber: number, values: (string | number)[], columns: { description: number; qty: number; price: number },
  amount: number, money: string, width: number,
): void {
  const row = sheet.getRow(rowNumber);
  values.forEach((value, i) => (row.getCell(i + 1).value = value));
  const qty = sheet.getColumn(columns.qty).letter;
  const price = sheet.getColumn(columns.price).letter;
  row.getCell(columns.price + 1).value = { formula: `${qty}${rowNumber}*${price}${rowNumber}`, result: amount };
  row.getCell(columns.qty).numFmt = '#,##0';
  row.getCell(columns.price).numFmt = money;
  row.getCell(columns.price + 1).numFmt = money;
  row.height = 15 * linesIn(sheet, String(values[columns.description - 1] ?? ''), columns.description, columns.description);
  for (let col = 1; col <= width; col++) {
    row.getCell(col).border = THIN;
    row.getCell(col).alignment = { vertical: 'top', wrapText: col === columns.description };
  }
}

/** Frozen under the table's header, a filter on it, the header repeated on every printed page. */
export function finishTable(sheet: Worksheet, headerRow: number, lastRow: number, width: number): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, lastRow), column: width } };
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}
