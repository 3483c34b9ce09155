import ExcelJS, { type Workbook } from 'exceljs';
import type { PurchaseOrder, PurchaseStatus } from '../../../shared/api/production';
import { formatDateId } from '../../../shared/dates';
import { minorDigits } from '../../../shared/money';
import type { CallContext } from '../platform/app';
import { getCentre } from '../platform/db/centre';
import { listPurchases } from './purchase-queries';
import { currencyOf, lineColumns, orderColumns, type LineRow } from './purchases-columns';
import { finishSheet, headerFooterText, moneyFormat, setColumns, writeHeader, writeRows, writeTitle, writeTotals, type SheetColumn } from '../platform/workbook/style';

/** Title, centre, as-of line, a blank row, then the header. */
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;

function word(ctx: CallContext, key: string, params?: Record<string, unknown>): string {
  return ctx.t(`purchasing.workbook.${key}`, params);
}

/** Money totals only where every order is in one currency: rupiah and dollars do not add up. */
function withMoneyTotals<T>(columns: SheetColumn<T>[], isOneCurrency: boolean): SheetColumn<T>[] {
  return isOneCurrency ? columns : columns.map((c) => (c.kind === 'money' ? { ...c, total: undefined } : c));
}

function sheet<T>(ctx: CallContext, workbook: Workbook, name: string, subtitle: string, columns: SheetColumn<T>[], rows: T[], money: string): void {
  const centre = getCentre(ctx.app.db);
  const centreLine = [centre.cooperativeName, centre.name].filter((part) => part).join(' — ');
  const title = `${word(ctx, 'title')} — ${name}`;
  const worksheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(centreLine)}&R${headerFooterText(title)}`,
      oddFooter: `&L${headerFooterText(ctx.t('imports.printed', { date: formatDateId(ctx.app.today()) }))}&R${ctx.t('imports.page')}`,
    },
  });
  writeTitle(worksheet, [{ text: title, size: 14, bold: true, height: 22 }, { text: centreLine || null, size: 12, bold: true }, { text: subtitle, size: 10 }], columns.length);
  setColumns(worksheet, columns);
  writeHeader(worksheet, HEADER_ROW, columns);
  writeRows(worksheet, FIRST_ROW, columns, rows);
  const lastRow = HEADER_ROW + rows.length;
  if (rows.length > 0) {
    writeTotals(worksheet, lastRow + 1, word(ctx, 'total'), columns, rows, FIRST_ROW);
    columns.forEach((column, i) => {
      if (column.kind === 'money' && column.total) worksheet.getRow(lastRow + 1).getCell(i + 1).numFmt = money;
    });
  }
  finishSheet(worksheet, { headerRow: HEADER_ROW, lastRow, width: columns.length, frozenColumns: 3 });
}

/**
 * The purchase orders as a workbook an accountant accepts: one sheet of orders, one of their lines,
 * real numbers and dates, live totals (SUBTOTAL, so they follow the filter) with their values.
 */
export async function purchasesWorkbook(ctx: CallContext, statuses: PurchaseStatus[]): Promise<{ fileName: string; data: Buffer }> {
  const today = ctx.app.today();
  const orders: PurchaseOrder[] = listPurchases(ctx.app.db, null)
    .filter((po) => statuses.length === 0 || statuses.includes(po.status))
    .sort((a, b) => a.orderDate.localeCompare(b.orderDate) || a.poNo.localeCompare(b.poNo));
  const currencies = [...new Set(orders.map(currencyOf))];
  const isOneCurrency = currencies.length <= 1;
  const money = moneyFormat(minorDigits(currencies[0] ?? 'IDR'));
  const shown = statuses.length > 0 ? word(ctx, 'statuses', { statuses: statuses.map((s) => ctx.t(`purchasing.status.${s}`)).join(', ') }) : word(ctx, 'allStatuses');
  const subtitle = `${word(ctx, 'asOf', { date: formatDateId(today) })} · ${shown}`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra Planner';
  workbook.created = new Date(ctx.app.now());
  workbook.calcProperties = { fullCalcOnLoad: true };
  sheet(ctx, workbook, word(ctx, 'sheet.orders'), subtitle, withMoneyTotals(orderColumns(ctx), isOneCurrency), orders, money);
  const lines: LineRow[] = orders.flatMap((po) => po.lines.map((line) => ({ ...line, po })));
  sheet(ctx, workbook, word(ctx, 'sheet.lines'), subtitle, withMoneyTotals(lineColumns(ctx), isOneCurrency), lines, money);
  return { fileName: word(ctx, 'fileName', { date: today }), data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
