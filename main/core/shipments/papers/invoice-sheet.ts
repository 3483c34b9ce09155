import type { Workbook } from 'exceljs';
import type { PaperGood, ShipmentPapers } from '../../../../shared/api/papers';
import type { Shipment } from '../../../../shared/api/shipments';
import { formatDateId } from '../../../../shared/dates';
import { amountInWords } from '../../../../shared/domain/amount-words';
import { fobCostsUsed } from '../../../../shared/domain/fob';
import type { Translate } from '../../../../shared/i18n';
import { CURRENCIES, fromMinor, minorDigits, type Currency } from '../../../../shared/money';
import { docSheet, finishTable, shipmentFacts, writeBlock, writeFacts, writeGoodsRow, writeParties, writeTableHeader } from './doc-sheet';
import { moneyFormat, sumOf } from '../../platform/workbook/style';

const WIDTHS = [5, 15, 11, 33, 10, 11, 5, 12, 15];

function currencyOf(code: string): Currency {
  return CURRENCIES.find((c) => c === code) ?? 'USD';
}

/** The goods as customs read them: the English description, then the composition on its own line. */
export function goodsText(good: PaperGood | undefined, doc: Translate): string {
  if (!good) return '';
  return [good.description ?? '', good.composition ? `${doc('shipments.doc.composition')}: ${good.composition}` : ''].filter(Boolean).join('\n');
}

/** The rate a value used, named by the day of the rate (at most seven days before the value's date), or why there is none. */
function rateText(shipment: Shipment, doc: Translate): { used: string; missing: string } {
  const { value, currency } = shipment;
  const english = (rate: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(rate);
  const missingCurrency = currency !== 'IDR' && value.idrRate === null ? currency : 'USD';
  const missing = doc('shipments.doc.noRate', { currency: missingCurrency, date: formatDateId(value.rateDate) });
  if (currency === 'IDR' || currency === 'USD') {
    const on = value.usdRateOn ?? value.rateDate;
    return { used: value.usdRate === null ? missing : doc('shipments.doc.rate', { date: formatDateId(on), rate: english(value.usdRate), currency: 'USD' }), missing };
  }
  const parts = [
    value.idrRate === null ? null : doc('shipments.doc.rate', { date: formatDateId(value.idrRateOn ?? value.rateDate), rate: english(value.idrRate), currency }),
    value.usdRate === null ? null : doc('shipments.doc.rate', { date: formatDateId(value.usdRateOn ?? value.rateDate), rate: english(value.usdRate), currency: 'USD' }),
  ];
  return { used: parts.filter(Boolean).join('; '), missing };
}

/**
 * The commercial invoice: lines with buyer's PO, HS code, quantity, unit price and amount (a
 * live qty × price), the total, the costs the incoterm's FOB uses (inland cost added for EXW,
 * freight and insurance taken off for C- and D-terms) to the FOB value (live), the FOB value in
 * USD and rupiah with the day of the rate used, marks and numbers, the proof of origin and the
 * declaration. A figure not known is an empty cell named "no data yet", never 0.
 */
export function writeInvoiceSheet(workbook: Workbook, papers: ShipmentPapers, doc: Translate, printedOn: string): void {
  const { shipment, exporter } = papers;
  const width = WIDTHS.length;
  const target = docSheet(workbook, doc('shipments.workbook.invoiceSheet'), doc, exporter, doc('shipments.doc.invoiceTitle'), { width, landscape: false, printedOn });
  const { sheet } = target;
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  writeParties(target, papers, doc, width, true);
  writeFacts(target, shipmentFacts(papers, doc, doc('shipments.doc.invoiceNo')), width, doc('shipments.doc.none'));
  const currency = currencyOf(shipment.currency);
  const money = moneyFormat(minorDigits(currency));
  const header = writeTableHeader(target, [
    doc('shipments.doc.no'), doc('shipments.doc.buyerPo'), 'SKU', doc('shipments.doc.description'), doc('shipments.doc.hsCode'),
    doc('shipments.doc.qty'), '', doc('shipments.doc.unitPrice'), `${doc('shipments.doc.amount')} (${currency})`,
  ]);
  const first = target.row;
  const poOf = new Map(papers.orders.map((order) => [order.orderNo, order.buyerPo ?? order.orderNo]));
  shipment.lines.forEach((line, index) => {
    const description = goodsText(papers.goods[index], doc);
    const values = [index + 1, poOf.get(line.orderNo) ?? line.orderNo, line.sku, description, line.hsCode, line.qty, line.uom, fromMinor(line.unitPrice, currency)];
    writeGoodsRow(sheet, target.row, values, { description: 4, qty: 6, price: 8 }, fromMinor(line.amount, currency), money, width);
    target.row++;
  });
  const last = target.row - 1;
  finishTable(sheet, header, last, width);
  const totalRow = target.row;
  // The costs the incoterm's FOB value uses (shared/domain/fob.ts): added (EXW) or taken off (C-, D-terms).
  const used = fobCostsUsed(shipment.incoterm);
  const costOf = { inlandCost: shipment.inlandCost, freight: shipment.freight, insurance: shipment.insurance };
  const sums: [string, { formula: string; result: number } | number | null][] = [
    [doc('shipments.doc.total'), { formula: `SUBTOTAL(9,I${first}:I${last})`, result: fromMinor(shipment.value.invoiceValue, currency) }],
    ...used.map((cost): [string, number | null] => [doc(`shipments.doc.${cost}`), costOf[cost] === null ? null : fromMinor(costOf[cost], currency)]),
  ];
  sums.forEach(([label, value], i) => {
    const rowNumber = totalRow + i;
    const row = sheet.getRow(rowNumber);
    // The totals row keeps the quantity column free for the pieces' total.
    sheet.mergeCells(rowNumber, 1, rowNumber, i === 0 ? 5 : 8);
    row.getCell(1).value = value === null ? `${label} — ${doc('shipments.doc.missing', { what: doc(`shipments.doc.gap.${used[i - 1]}`) })}` : label;
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
  const { fobValue, fobUsdCents, fobIdr } = shipment.value;
  const fobRow = sheet.getRow(target.row);
  sheet.mergeCells(target.row, 1, target.row, 8);
  const fobLabel = `${doc('shipments.doc.fob')} (${shipment.incoterm === 'FOB' ? `FOB ${shipment.incotermPlace}` : 'FOB'})`;
  fobRow.getCell(1).value = fobValue === null ? `${fobLabel} — ${doc('shipments.doc.unknown')}` : fobLabel;
  fobRow.getCell(1).alignment = { horizontal: 'right' };
  fobRow.getCell(1).font = { bold: true };
  // Unknown stays an empty cell, never 0; a known value is the live sum of the rows above it.
  const signs = used.map((cost, i) => `${cost === 'inlandCost' ? '+' : '-'}I${totalRow + 1 + i}`).join('');
  fobRow.getCell(9).value = fobValue === null ? null : { formula: `I${totalRow}${signs}`, result: fromMinor(fobValue, currency) };
  fobRow.getCell(9).numFmt = money;
  fobRow.getCell(9).font = { bold: true };
  target.row++;
  // The total in words under the figures, from the same minor units (a bank checks one against the other).
  sheet.mergeCells(target.row, 1, target.row, width);
  sheet.getRow(target.row).getCell(1).value = `${doc('shipments.doc.say')}: ${amountInWords(shipment.value.invoiceValue, shipment.currency)}`;
  sheet.getRow(target.row).getCell(1).font = { bold: true };
  target.row++;
  const rate = rateText(shipment, doc);
  const converted: [string, number | null, string][] = [
    [doc('shipments.doc.fobUsd'), fobUsdCents === null ? null : fobUsdCents / 100, '#,##0.00'],
    [doc('shipments.doc.fobIdr'), fobIdr, '#,##0'],
  ];
  for (const [label, value, numFmt] of converted) {
    const row = sheet.getRow(target.row);
    sheet.mergeCells(target.row, 1, target.row, 8);
    row.getCell(1).value = value === null ? `${label} — ${fobValue === null ? doc('shipments.doc.unknown') : rate.missing}` : `${label} — ${rate.used}`;
    row.getCell(1).alignment = { horizontal: 'right' };
    row.getCell(9).value = value;
    row.getCell(9).numFmt = numFmt;
    target.row++;
  }
  target.row++;
  writeBlock(target, doc('shipments.doc.marks'), shipment.marks, width);
  writeBlock(target, doc('shipments.doc.declaration'), doc('shipments.doc.signFor', { name: exporter.name }), width);
  target.row += 2;
  sheet.getRow(target.row).getCell(1).value = exporter.signatory ?? '.............................................';
}
