import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProformaPaper } from '../../shared/api/papers';
import { amountInWords, numberInWords } from '../../shared/domain/amount-words';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

const TODAY = '2026-11-23';

/** Every cell's shown text (a formula's cached result), row by row: what Excel shows before it recomputes. */
function sheetText(sheet: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => {
    const value = cell.value;
    if (value instanceof Date) parts.push(value.toISOString().slice(0, 10));
    else if (value && typeof value === 'object' && 'result' in value) parts.push(String(value.result));
    else if (value !== null && value !== undefined) parts.push(String(value));
  }));
  return parts.join('\n');
}

function findRow(sheet: ExcelJS.Worksheet, label: RegExp): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && label.test(String(row.getCell(1).value ?? ''))) found = row;
  });
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('the proforma invoice of a demo order (issue 12)', () => {
  let t: TempApp;
  let paper: ProformaPaper;
  beforeAll(async () => {
    t = await tempApp({ today: TODAY });
    await t.must('demo:create', { seed: 7, scale: 'demo' });
    // The export order with the most lines among those whose terms ask a deposit.
    const orderNo = t.app.db.prepare(
      `SELECT o.order_no FROM sales_order o JOIN buyer b ON b.id = o.buyer_id
       WHERE b.kind = 'export' AND o.payment_terms LIKE '%deposit%'
       ORDER BY (SELECT COUNT(*) FROM order_line l WHERE l.order_id = o.id) DESC, o.id DESC LIMIT 1`,
    ).pluck().get() as string;
    paper = await t.must('papers:proforma', { no: orderNo });
  });
  afterAll(() => t.close());

  it('names every detail the buyer and its bank need, and has no gaps', () => {
    expect(paper.gaps).toEqual([]);
    expect(paper.lines.length).toBeGreaterThanOrEqual(2);
    expect(paper.consignee.name).toMatch(/\S/);
    expect(paper.consignee.addressLines.length).toBeGreaterThanOrEqual(2);
    expect(paper.notifyParty).toMatch(/\S/);
    expect(paper.buyerPo).toMatch(/\d{3}/);
    expect(paper.buyerPo).not.toContain('SO-');
    expect(paper.buyerPoDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(paper.paymentTerms).toMatch(/deposit/);
    expect(paper.incoterm).toMatch(/^[A-Z]{3}$/);
    expect(paper.incotermPlace).toMatch(/\S/);
    expect(paper.countryOfOrigin).toBe('Indonesia');
    expect(paper.exporter.signatory).toMatch(/\S/);
    for (const field of ['bankName', 'accountNo', 'accountName', 'swift'] as const) expect(paper.exporter.bank[field], field).toMatch(/\S/);
    for (const line of paper.lines) {
      expect(line.description, line.sku).toMatch(/[a-z]/);
      expect(line.composition, line.sku).toMatch(/\d+ %/);
      expect(line.hsCode, line.sku).toMatch(/^\d{4}\.\d{2}/);
      expect(line.qty).toBeGreaterThan(0);
      expect(line.unitPrice).toBeGreaterThan(0);
      expect(line.amount).toBe(line.qty * line.unitPrice);
    }
    expect(paper.total).toBe(paper.lines.reduce((sum, line) => sum + line.amount, 0));
    expect(paper.deposit).toEqual({ percent: 30, amount: Math.round((paper.total * 30) / 100) });
  });

  it('writes a workbook whose cells and cached figures are the paper’s', async () => {
    const file = await t.must('files:proforma', { id: paper.orderId });
    expect(file.fileName).toBe(`proforma-${paper.orderNo}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(madeBytes(file) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Proforma Invoice');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    const text = sheetText(sheet);
    const facts = [
      'PROFORMA INVOICE', paper.exporter.name, paper.consignee.name, ...paper.consignee.addressLines, paper.proformaNo, paper.orderNo,
      paper.buyerPo ?? '', paper.paymentTerms ?? '', `${paper.incoterm} ${paper.incotermPlace}`, paper.portOfLoading, paper.portOfDischarge ?? '',
      paper.destination, 'Indonesia', paper.currency, paper.exporter.bank.swift ?? '', paper.exporter.bank.accountNo ?? '', paper.exporter.signatory ?? '',
      paper.shipBy, 'Notify party', 'Payment to (beneficiary)', 'Latest shipment date',
    ];
    for (const fact of facts) expect(text, fact).toContain(fact);
    for (const line of paper.notifyParty?.split('\n') ?? []) expect(text).toContain(line.trim());
    // Lines: live qty × price with the cached amount in major units.
    paper.lines.forEach((line, index) => {
      const row = findRow(sheet, new RegExp(`^${index + 1}$`));
      expect(row.getCell(2).value).toBe(line.sku);
      expect(String(row.getCell(3).value)).toBe(`${line.description}\nComposition: ${line.composition}`);
      expect(row.getCell(4).value).toBe(line.hsCode);
      expect(row.getCell(5).value).toBe(line.qty);
      expect(row.getCell(6).value).toBe(line.uom);
      expect(row.getCell(7).value).toBe(line.unitPrice / 100);
      expect(row.getCell(8).value).toEqual({ formula: `E${row.number}*G${row.number}`, result: line.amount / 100 });
    });
    const total = findRow(sheet, /^Total /);
    expect(total.getCell(8).value).toMatchObject({ formula: expect.stringMatching(/^SUBTOTAL\(9,H\d+:H\d+\)$/), result: paper.total / 100 });
    const deposit = findRow(sheet, /^Deposit 30 %/);
    expect(deposit.getCell(8).value).toEqual({ formula: `ROUND(H${total.number}*30/100,2)`, result: (paper.deposit?.amount ?? 0) / 100 });
    const balance = findRow(sheet, /^Balance/);
    expect(balance.getCell(8).value).toEqual({ formula: `H${total.number}-H${deposit.number}`, result: (paper.total - (paper.deposit?.amount ?? 0)) / 100 });
    expect(text).toContain(`SAY: ${amountInWords(paper.total, paper.currency)}`);
  });

  it('refuses the paper while a detail is missing, naming each', async () => {
    t.app.db.prepare('UPDATE centre SET swift = NULL').run();
    t.app.db.prepare('UPDATE product SET name_en = NULL WHERE sku = ?').run(paper.lines[0].sku);
    try {
      const gaps = (await t.must('papers:proforma', { id: paper.orderId })).gaps;
      expect(gaps).toEqual(expect.arrayContaining([{ subject: 'exporter', ref: '', field: 'swift' }, { subject: 'product', ref: paper.lines[0].sku, field: 'name_en' }]));
      const refused = await t.call('files:proforma', { id: paper.orderId }, 'en');
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.code).toBe('INVALID_INPUT');
      expect(refused.error.message).toContain('SWIFT/BIC code');
      expect(refused.error.message).toContain(`product ${paper.lines[0].sku}: English description (name_en)`);
    } finally {
      t.app.db.prepare("UPDATE centre SET swift = 'BRINIDJA'").run();
    }
  });

  it('an unknown order is named', async () => {
    const result = await t.call('files:proforma', { no: 'SO-1999-99999' }, 'en');
    expect(result.ok ? null : result.error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no order numbered SO-1999-99999.' });
  });
});

describe('an amount in words, as banks read it', () => {
  it('is exact from the minor units', () => {
    expect(numberInWords(0)).toBe('ZERO');
    expect(numberInWords(115)).toBe('ONE HUNDRED FIFTEEN');
    expect(numberInWords(11_318)).toBe('ELEVEN THOUSAND THREE HUNDRED EIGHTEEN');
    expect(numberInWords(2_000_040)).toBe('TWO MILLION FORTY');
    expect(amountInWords(8_506_160, 'USD')).toBe('US DOLLARS EIGHTY-FIVE THOUSAND SIXTY-ONE AND CENTS SIXTY ONLY');
    expect(amountInWords(100, 'EUR')).toBe('EUROS ONE ONLY');
    expect(amountInWords(1_250_000, 'JPY')).toBe('JAPANESE YEN ONE MILLION TWO HUNDRED FIFTY THOUSAND ONLY');
  });
});
