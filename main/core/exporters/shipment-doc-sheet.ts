import type { Borders, Workbook, Worksheet } from 'exceljs';
import type { Shipment } from '../../../shared/api/shipments';
import { COUNTRIES } from '../../../shared/countries';
import { formatDateId } from '../../../shared/dates';
import type { Centre } from '../../../shared/domain/centre';
import { CONTAINER_LABELS } from '../../../shared/domain/shipments';
import type { Translate } from '../../../shared/i18n';
import { excelDate, headerFooterText } from './workbook-style';

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

function sellerLines(centre: Centre): string[] {
  const place = [centre.address, centre.village, centre.district, centre.regency, [centre.province, centre.postalCode].filter(Boolean).join(' ')]
    .filter((part): part is string => Boolean(part && part.trim()));
  const contact = [centre.phone ? `Phone ${centre.phone}` : null, centre.email].filter((part): part is string => Boolean(part));
  return [centre.name, place.join(', '), contact.join(' · ')].filter((line) => line !== '' && line !== centre.cooperativeName);
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
export function docSheet(workbook: Workbook, name: string, doc: Translate, centre: Centre, title: string, options: { width: number; landscape: boolean; printedOn: string }): DocSheet {
  const seller = centre.cooperativeName ?? centre.name;
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
  for (const line of sellerLines(centre)) merged(sheet, row++, 1, options.width, line, { size: 10 });
  row++;
  merged(sheet, row, 1, options.width, title, { bold: true, size: 16 });
  sheet.getRow(row).getCell(1).alignment = { horizontal: 'center' };
  return { sheet, row: row + 2 };
}

/** The facts of the shipment both papers print, as [label, value] pairs. */
export function shipmentFacts(shipment: Shipment, doc: Translate, numberLabel: string): [string, string | Date | null][] {
  const orderNos = [...new Set(shipment.lines.map((line) => line.orderNo))].join(', ');
  const type = shipment.containerType;
  const container = !type ? doc('shipments.doc.none') : type === 'LCL' || shipment.containerCount === 1 ? CONTAINER_LABELS[type] : `${shipment.containerCount} x ${CONTAINER_LABELS[type]}`;
  return [
    [numberLabel, shipment.shipmentNo],
    [doc('shipments.doc.date'), excelDate(shipment.invoiceDate)],
    [doc('shipments.doc.buyer'), shipment.buyerName],
    [doc('shipments.doc.buyerPo'), orderNos],
    [doc('shipments.doc.destination'), COUNTRIES[shipment.country]?.en ?? shipment.country],
    [doc('shipments.doc.terms'), `${shipment.incoterm} ${shipment.incotermPlace}`.trim()],
    [doc('shipments.doc.portOfLoading'), shipment.portOfLoading],
    [doc('shipments.doc.portOfDischarge'), shipment.portOfDischarge],
    [doc('shipments.doc.etd'), excelDate(shipment.etd)],
    [doc('shipments.doc.eta'), excelDate(shipment.eta)],
    [doc('shipments.doc.container'), container],
    [doc('shipments.doc.currency'), shipment.currency],
    [doc('shipments.doc.peb'), [shipment.pebNo, shipment.pebDate ? formatDateId(shipment.pebDate) : null].filter(Boolean).join(' / ') || null],
    [doc('shipments.doc.bl'), shipment.blNo],
    [doc('shipments.doc.origin'), doc('shipments.doc.originValue')],
    [doc('shipments.doc.coo'), doc(`shipments.coo.${shipment.coo}`)],
  ];
}

/** Label/value pairs two to a row: the left pair across the first half of the width, the right across the rest. */
export function writeFacts(target: DocSheet, facts: [string, string | Date | null][], width: number, none: string): void {
  const { sheet } = target;
  const half = Math.floor(width / 2);
  for (let i = 0; i < facts.length; i += 2) {
    const pairs = [facts[i], facts[i + 1]].filter((pair): pair is [string, string | Date | null] => pair !== undefined);
    pairs.forEach(([label, value], side) => {
      const start = side === 0 ? 1 : half + 1;
      const end = side === 0 ? half : width;
      const labelEnd = start + Math.max(0, Math.floor((end - start + 1) / 2) - 1);
      merged(sheet, target.row, start, labelEnd, label, { bold: true });
      merged(sheet, target.row, labelEnd + 1, end, value ?? none);
    });
    target.row++;
  }
  target.row++;
}

/** A block of text across the width (marks, a declaration), tall enough for its lines. */
export function writeBlock(target: DocSheet, label: string, text: string, width: number): void {
  merged(target.sheet, target.row, 1, width, label, { bold: true });
  target.row++;
  merged(target.sheet, target.row, 1, width, text);
  target.sheet.getRow(target.row).height = Math.max(15, text.split('\n').length * 14);
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

/** Frozen under the table's header, a filter on it, the header repeated on every printed page. */
export function finishTable(sheet: Worksheet, headerRow: number, lastRow: number, width: number): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(headerRow, lastRow), column: width } };
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}
