import type { Borders, Workbook, Worksheet } from 'exceljs';
import type { CartonLabel, ShipmentPapers } from '../../../../shared/api/papers';
import { LABEL_SHEET, labelSheets, labelText } from '../../../../shared/domain/carton-labels';
import type { Translate } from '../../../../shared/i18n';

/**
 * CARTON LABELS as a workbook laid out for A4 label sheets of 2 × 4 = 8 labels of 99.1 × 67.7 mm
 * (shared/domain/carton-labels.ts): each label a bordered block of merged cells, one per carton,
 * eight to a page with a manual page break after each sheet. Column widths and row heights are
 * set so that at 100 % the blocks fall on the labels: the page is never shrunk to fit.
 */

/** Row heights in points of one label, top to bottom; they add up to the label's 67.7 mm (191.9 pt). */
const LABEL_ROWS = [30, 16.5, 16.5, 29.9, 36, 16.5, 16.5, 30] as const;
export const ROWS_PER_LABEL = LABEL_ROWS.length;
export const ROWS_PER_SHEET = ROWS_PER_LABEL * LABEL_SHEET.down;

const MM_PER_INCH = 25.4;
/** Calibri 11, the workbook's font: 7 px per unit of column width at 96 px an inch. */
function columnWidth(mm: number): number {
  return Math.round(((mm / MM_PER_INCH) * 96 * 100) / 7) / 100;
}
/** Each label is two columns (the weights sit side by side), a narrow column between the labels. */
const HALF = columnWidth(LABEL_SHEET.widthMm / 2);
const GAP = columnWidth(LABEL_SHEET.gapMm);
const LEFT_COLUMN = [1, 4] as const;
const LAST_COLUMN = 5;

const EDGE = { style: 'medium' } as const;

function cellAt(sheet: Worksheet, row: number, col: number, value: string | number, font: { bold?: boolean; size?: number }, numFmt?: string) {
  const cell = sheet.getCell(row, col);
  cell.value = value;
  cell.font = { name: 'Arial', ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, shrinkToFit: false };
  if (numFmt) cell.numFmt = numFmt;
}

/** A number format that prints its label around the figure, keeping the cell a number: `"N.W. "0.00" KG"`. */
function labelled(prefix: string, suffix: string): string {
  const quote = (text: string) => `"${text.replace(/"/g, '')}"`;
  return `${quote(`${prefix} `)}#,##0.00${quote(` ${suffix}`)}`;
}

function writeLabel(sheet: Worksheet, top: number, left: number, label: CartonLabel, papers: ShipmentPapers, doc: Translate): void {
  const text = labelText(label, papers, doc);
  const right = left + 1;
  const wide = (offset: number, value: string, font: { bold?: boolean; size?: number }) => {
    sheet.mergeCells(top + offset, left, top + offset, right);
    cellAt(sheet, top + offset, left, value, font);
  };
  wide(0, text.consignee, { bold: true, size: 13 });
  wide(1, text.destination, { bold: true, size: 10 });
  wide(2, text.po, { bold: true, size: 10 });
  wide(3, text.item, { size: 9 });
  wide(4, text.carton, { bold: true, size: 24 });
  cellAt(sheet, top + 5, left, text.qty, { size: 9 });
  cellAt(sheet, top + 5, right, text.meas, { size: 9 });
  // The weights stay numbers (the packing list's per-carton figures); the words are in the format.
  cellAt(sheet, top + 6, left, label.netKg, { bold: true, size: 10 }, labelled(doc('labels.label.net'), 'KG'));
  cellAt(sheet, top + 6, right, label.grossKg, { bold: true, size: 10 }, labelled(doc('labels.label.gross'), 'KG'));
  wide(7, text.origin, { bold: true, size: 12 });
  for (let r = top; r < top + ROWS_PER_LABEL; r++) {
    for (const col of [left, right]) {
      const border: Partial<Borders> = {};
      if (r === top) border.top = EDGE;
      if (r === top + ROWS_PER_LABEL - 1) border.bottom = EDGE;
      if (col === left) border.left = EDGE;
      if (col === right) border.right = EDGE;
      // exceljs gives the cells of a merge one shared style object: each edge cell gets its own copy, or the last edge set wins.
      const cell = sheet.getCell(r, col);
      cell.style = { ...cell.style, border };
    }
  }
}

/** The carton labels sheet: one label per carton of `papers.cartons`, eight to an A4 page. */
export function writeLabelsSheet(workbook: Workbook, papers: ShipmentPapers, doc: Translate): Worksheet {
  const sheet = workbook.addWorksheet(doc('labels.sheet.labels'), {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, orientation: 'portrait', scale: 100, fitToPage: false, horizontalCentered: false, verticalCentered: false,
      // Inches: the label stock's own top and side margins; a little less at the right and bottom so nothing spills over.
      margins: { left: LABEL_SHEET.sideMm / MM_PER_INCH, right: 0.1, top: LABEL_SHEET.topMm / MM_PER_INCH, bottom: 0.3, header: 0, footer: 0 },
    },
  });
  [HALF, HALF, GAP, HALF, HALF].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const sheets = labelSheets(papers.cartons);
  sheets.forEach((labels, s) => {
    const first = s * ROWS_PER_SHEET + 1;
    for (let r = 0; r < ROWS_PER_SHEET; r++) sheet.getRow(first + r).height = LABEL_ROWS[r % ROWS_PER_LABEL];
    labels.forEach((label, i) => {
      const top = first + Math.floor(i / LABEL_SHEET.across) * ROWS_PER_LABEL;
      writeLabel(sheet, top, LEFT_COLUMN[i % LABEL_SHEET.across], label, papers, doc);
    });
    if (s < sheets.length - 1) sheet.getRow(first + ROWS_PER_SHEET - 1).addPageBreak();
  });
  const lastRow = Math.max(1, sheets.length * ROWS_PER_SHEET);
  // exceljs puts a `$` before each end only: `A$1` makes it the absolute `$A$1` Excel itself writes.
  sheet.pageSetup.printArea = `A$1:E$${lastRow}`;
  // Beside the print area, for whoever opens the file: which label stock the layout is for.
  sheet.getColumn(LAST_COLUMN + 2).width = 60;
  const note = sheet.getCell(1, LAST_COLUMN + 2);
  note.value = doc('labels.layout');
  note.alignment = { wrapText: true, vertical: 'top' };
  const count = sheet.getCell(2, LAST_COLUMN + 2);
  count.value = doc('labels.sheets', { cartons: papers.cartons.length, sheets: sheets.length });
  return sheet;
}
