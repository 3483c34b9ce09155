import type { Worksheet } from 'exceljs';
import { fromMinor, minorDigits } from '../../../shared/money';
import type { OrderLineExportRow } from '../platform/workbook/export-rows';
import type { TotalsPlace } from '../platform/workbook/kind-workbook';
import { moneyFormat, styleTotalsRow, sumOf } from '../platform/workbook/style';
import { isCurrency } from '../platform/import/columns';

function letterOf(sheet: Worksheet, place: TotalsPlace<OrderLineExportRow>, key: string): string {
  return sheet.getColumn(place.columns.findIndex((column) => column.key === key) + 1).letter;
}

function lineValue(line: OrderLineExportRow): number {
  return isCurrency(line.currency) ? fromMinor(line.qty * line.unitPrice, line.currency) : line.qty * line.unitPrice;
}

/**
 * Pieces add up across currencies, money does not. The totals row sums the quantity with a live
 * SUBTOTAL (it follows the filter), and the value too when the list has one currency; a list in
 * several currencies gets one more row per currency, summed with SUMIF on the currency column.
 */
export function writeOrderTotals(sheet: Worksheet, place: TotalsPlace<OrderLineExportRow>): void {
  const width = place.columns.length;
  const qty = letterOf(sheet, place, 'qty');
  const value = letterOf(sheet, place, 'line_value');
  const currency = letterOf(sheet, place, 'currency');
  const range = (letter: string) => `${letter}${place.firstRow}:${letter}${place.lastRow}`;
  const currencies = [...new Set(place.rows.map((line) => line.currency))].sort();
  const formatOf = (code: string) => moneyFormat(isCurrency(code) ? minorDigits(code) : 0);

  styleTotalsRow(sheet, place.row, width, place.label);
  const totals = sheet.getRow(place.row);
  totals.getCell(qty).value = { formula: `SUBTOTAL(9,${range(qty)})`, result: sumOf(place.rows.map((line) => line.qty)) };
  totals.getCell(qty).numFmt = '#,##0';
  if (currencies.length === 1) {
    totals.getCell(value).value = { formula: `SUBTOTAL(9,${range(value)})`, result: sumOf(place.rows.map(lineValue)) };
    totals.getCell(value).numFmt = formatOf(currencies[0]);
    return;
  }
  currencies.forEach((code, index) => {
    const rowNumber = place.row + 1 + index;
    styleTotalsRow(sheet, rowNumber, width, place.label);
    const row = sheet.getRow(rowNumber);
    const lines = place.rows.filter((line) => line.currency === code);
    row.getCell(currency).value = code;
    row.getCell(qty).value = { formula: `SUMIF(${range(currency)},"${code}",${range(qty)})`, result: sumOf(lines.map((line) => line.qty)) };
    row.getCell(qty).numFmt = '#,##0';
    row.getCell(value).value = { formula: `SUMIF(${range(currency)},"${code}",${range(value)})`, result: sumOf(lines.map(lineValue)) };
    row.getCell(value).numFmt = formatOf(code);
  });
}
