import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { ProformaPaper } from '../../shared/api/papers';
import { amountInWords } from '../../shared/domain/amount-words';
import type { TempApp } from '../helpers/temp-app';
import { openSession, pdfPageCount, type Session } from './harness';
import { orderForm, ordersScreen } from './pages/orders';
import { proformaSheet } from './pages/papers';
import { printView } from './pages/print';
import { toolbar } from './pages/shell';

/** The export order with the most lines among those whose payment terms ask a deposit. */
function depositOrder(backend: TempApp): number {
  return backend.app.db.prepare(
    `SELECT o.id FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE b.kind = 'export' AND o.payment_terms LIKE '%deposit%'
     ORDER BY (SELECT COUNT(*) FROM order_line l WHERE l.order_id = o.id) DESC, o.id DESC LIMIT 1`,
  ).pluck().get() as number;
}

const usd = (minor: number) => `USD ${new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minor / 100)}`;

describe('the proforma invoice of an order', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('prints a demo order’s proforma in English from the order screen with every field, on one A4 page, and downloads its workbook', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    const paper: ProformaPaper = await backend.must('papers:proforma', { id: depositOrder(backend) });
    expect(paper.gaps).toEqual([]);
    await ordersScreen(page).open(session);
    await toolbar(page).search.fill(paper.orderNo);
    await ordersScreen(page).row(paper.orderNo).dblclick();
    await orderForm(page).printProforma.waitFor();
    expect(await orderForm(page).proformaGaps.count()).toBe(0);
    // The workbook, as the order screen downloads it.
    await orderForm(page).proformaWorkbook.and(page.locator(':enabled')).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), orderForm(page).proformaWorkbook.click()]);
    expect(download.suggestedFilename()).toBe(`proforma-${paper.orderNo}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    expect(workbook.getWorksheet('Proforma Invoice')?.getCell('A1').value).toBe(paper.exporter.name);

    await orderForm(page).printProforma.click();
    await printView(page).signatureBlock.waitFor();
    expect(await printView(page).title.textContent()).toBe('PROFORMA INVOICE');
    expect(await printView(page).print.isEnabled()).toBe(true);
    expect(await proformaSheet(page).gaps.count()).toBe(0);
    // The toolbar keeps the screen's language; the paper is English.
    expect(await printView(page).toolbar.textContent()).toContain('Kembali');
    const text = (where: Locator) => where.innerText();
    expect(await text(printView(page).letterhead)).toContain(paper.exporter.name);
    expect(await text(printView(page).letterhead)).toContain(paper.exporter.addressLines[0]);
    expect(await text(proformaSheet(page).shipper)).toContain(`NIB ${paper.exporter.nib}`);
    const consignee = await text(proformaSheet(page).consignee);
    for (const line of [paper.consignee.name, ...paper.consignee.addressLines]) expect(consignee).toContain(line);
    for (const line of paper.notifyParty?.split('\n') ?? []) expect(await text(proformaSheet(page).notify)).toContain(line.trim());
    const bank = await text(proformaSheet(page).bank);
    for (const value of Object.values(paper.exporter.bank)) if (value) expect(bank).toContain(value);
    expect(await text(proformaSheet(page).no)).toContain(paper.proformaNo);
    expect(await text(proformaSheet(page).po)).toContain(paper.buyerPo ?? 'no PO');
    expect(await text(proformaSheet(page).order)).toContain(paper.orderNo);
    expect(await text(proformaSheet(page).payment)).toContain(paper.paymentTerms ?? 'no terms');
    expect(await text(proformaSheet(page).terms)).toContain(`${paper.incoterm} ${paper.incotermPlace}`);
    expect(await text(proformaSheet(page).loading)).toContain(paper.portOfLoading);
    expect(await text(proformaSheet(page).discharge)).toContain(paper.portOfDischarge ?? 'no port');
    expect(await text(proformaSheet(page).destination)).toContain(paper.destination);
    expect(await text(proformaSheet(page).currency)).toContain(paper.currency);
    expect(await text(proformaSheet(page).origin)).toContain('Indonesia');
    expect(await proformaSheet(page).goods.allInnerTexts()).toEqual(paper.lines.map((l) => `${l.description}\nComposition: ${l.composition}`));
    expect(await proformaSheet(page).hs.allInnerTexts()).toEqual(paper.lines.map((l) => l.hsCode));
    expect(await proformaSheet(page).qty.allInnerTexts()).toEqual(paper.lines.map((l) => `${new Intl.NumberFormat('en-GB').format(l.qty)} ${l.uom}`));
    expect(await proformaSheet(page).price.allInnerTexts()).toEqual(paper.lines.map((l) => usd(l.unitPrice)));
    expect(await proformaSheet(page).amount.allInnerTexts()).toEqual(paper.lines.map((l) => usd(l.amount)));
    expect(await text(proformaSheet(page).total)).toBe(usd(paper.total));
    expect(await text(proformaSheet(page).deposit)).toBe(usd(Math.round((paper.total * 30) / 100)));
    expect(await text(proformaSheet(page).balance)).toBe(usd(paper.total - Math.round((paper.total * 30) / 100)));
    expect(await text(proformaSheet(page).words)).toBe(`SAY: ${amountInWords(paper.total, 'USD')}`);
    expect(await text(proformaSheet(page).validity)).toContain(`Please quote ${paper.proformaNo} with your payment.`);
    expect(await text(proformaSheet(page).shipBy)).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await text(proformaSheet(page).date)).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await text(printView(page).signatureBlock)).toContain(paper.exporter.signatory!);
    expect(await text(printView(page).signatureBlock)).toContain(`For and on behalf of ${paper.exporter.name}`);
    folder = mkdtempSync(join(tmpdir(), 'sentra-proforma-'));
    const pdf = join(folder, 'proforma.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBe(1);
    expect(session.problems).toEqual([]);
  });

  it('names the missing details on the order screen and above the paper, and blocks printing', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        backend.app.db.prepare('UPDATE centre SET swift = NULL').run();
      },
    });
    const { page, backend } = session;
    const orderId = depositOrder(backend);
    const { orderNo } = await backend.must('papers:proforma', { id: orderId });
    await ordersScreen(page).open(session);
    await toolbar(page).search.fill(orderNo);
    await ordersScreen(page).row(orderNo).dblclick();
    await orderForm(page).proformaGaps.filter({ hasText: 'Profil Sentra: kode SWIFT/BIC' }).waitFor();
    expect(await orderForm(page).proformaWorkbook.isDisabled()).toBe(true);
    await orderForm(page).printProforma.click();
    await proformaSheet(page).gaps.filter({ hasText: 'kode SWIFT/BIC' }).waitFor();
    expect(await printView(page).print.isDisabled()).toBe(true);
    expect(await printView(page).hint.innerText()).toContain('kode SWIFT/BIC');
    // Printed anyway (Ctrl+P): no paper with the detail blank, and not the banner either.
    await page.emulateMedia({ media: 'print' });
    expect(await printView(page).proforma.isVisible()).toBe(false);
    expect(await proformaSheet(page).gaps.isVisible()).toBe(false);
    expect(session.problems).toEqual([]);
  });
});
