import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { ShipmentPapers } from '../../shared/api/papers';
import { openSession, pdfPageCount, type Session } from './harness';
import { exportPapers, invoiceSheet, packingList } from './pages/papers';
import { printView } from './pages/print';
import { toolbar } from './pages/shell';
import { shipmentForm, shipmentsScreen } from './pages/shipments';
import { rows } from './pages/kit';

/**
 * The commercial invoice and packing list of a demo shipment, printed as the export clerk prints
 * them: every detail a buyer's bank and customs look for is on the page (issue 12), and a paper
 * with a detail missing names it and cannot be printed.
 */
describe('export papers of a demo shipment', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  async function demoShipment(s: Session): Promise<ShipmentPapers> {
    // The latest shipment with more than one line: the kind a clerk prints most.
    const list = (await s.backend.must('shipments:list', { status: ['shipped', 'closed'] })).sort((a, b) => (b.etd ?? '').localeCompare(a.etd ?? ''));
    for (const summary of list) {
      const papers = await s.backend.must('papers:shipment', { id: summary.id });
      if (papers.shipment.lines.length > 1) return papers;
    }
    throw new Error('the demo should have a shipment that has left with several lines');
  }

  const textOf = async (where: Locator) => (await where.first().textContent()) ?? '';

  it('prints the commercial invoice with exporter, bank, consignee, notify party, POs, English goods, terms and signature on one A4', async () => {
    session = await openSession({ demo: true });
    const papers = await demoShipment(session);
    const { shipment, exporter, consignee } = papers;
    expect(papers.gaps).toEqual([]);
    await session.page.goto(session.url(`#/print/invoice/${shipment.id}`));
    await invoiceSheet(session.page).line.first().waitFor();
    const page = (await printView(session.page).invoice.textContent()) ?? '';
    // The exporter: legal name, English address, NIB, NPWP, and the bank the buyer pays into.
    for (const field of [exporter.name, exporter.addressLines[0], exporter.nib, exporter.npwp, exporter.bank.bankName, exporter.bank.accountNo, exporter.bank.accountName, exporter.bank.swift]) {
      expect(field).toBeTruthy();
      expect(page).toContain(field);
    }
    expect(await textOf(exportPapers(session.page).bank)).toContain(`SWIFT/BIC: ${exporter.bank.swift}`);
    // The consignee with its address and the notify party.
    const consigneeBox = await textOf(exportPapers(session.page).consignee);
    for (const line of [consignee.name, ...consignee.addressLines]) expect(consigneeBox).toContain(line);
    expect(papers.notifyParty).toBeTruthy();
    expect(await textOf(exportPapers(session.page).notify)).toContain(papers.notifyParty!.split('\n')[0]);
    // The buyer's PO (not our order number alone), payment terms, incoterm with its place, origin.
    for (const order of papers.orders) {
      expect(order.buyerPo).toBeTruthy();
      expect(await textOf(exportPapers(session.page).po)).toContain(order.buyerPo!);
    }
    expect(await textOf(exportPapers(session.page).payment)).toContain(papers.paymentTerms!);
    expect(await textOf(exportPapers(session.page).terms)).toContain(`${shipment.incoterm} ${shipment.incotermPlace}`);
    expect(await textOf(exportPapers(session.page).origin)).toBe('Country of origin Indonesia');
    // Goods in English with composition and HS code, quantities and unit prices; never the Indonesian name.
    const goods = await invoiceSheet(session.page).goods.allTextContents();
    papers.goods.forEach((good, i) => {
      expect(goods[i]).toContain(good.description!);
      expect(goods[i]).toContain(good.composition!);
      expect(goods[i]).not.toContain(shipment.lines[i].productName);
    });
    expect(await invoiceSheet(session.page).hs.allTextContents()).toEqual(papers.goods.map((good) => good.hsCode));
    const rows = await invoiceSheet(session.page).line.allTextContents();
    shipment.lines.forEach((line, i) => expect(rows[i]).toContain(new Intl.NumberFormat('en-US').format(line.qty)));
    expect(await textOf(invoiceSheet(session.page).say)).toMatch(/^SAY: [A-Z -]+ ONLY$/);
    expect(await textOf(invoiceSheet(session.page).marks)).toContain('MADE IN INDONESIA');
    expect(await textOf(printView(session.page).signatureBlock)).toContain(exporter.signatory!);
    expect(await printView(session.page).print.isEnabled()).toBe(true);
    folder = mkdtempSync(join(tmpdir(), 'sentra-papers-'));
    const pdf = join(folder, 'invoice.pdf');
    await session.page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(pdfPageCount(readFileSync(pdf))).toBe(1);

    // The packing list: the same parties and POs, goods in English, weights and measurement, marks.
    await session.page.goto(session.url(`#/print/packing/${shipment.id}`));
    await packingList(session.page).run.first().waitFor();
    expect(await textOf(exportPapers(session.page).consignee)).toContain(consignee.addressLines[0]);
    expect(await textOf(exportPapers(session.page).notify)).toContain(papers.notifyParty!.split('\n')[0]);
    expect(await textOf(exportPapers(session.page).po)).toContain(papers.orders[0].buyerPo!);
    const packed = await packingList(session.page).goods.allTextContents();
    for (const good of papers.goods) expect(packed.some((text) => text.includes(good.description!))).toBe(true);
    expect(await textOf(packingList(session.page).totalNet)).toBe(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(shipment.totals.netKg));
    expect(await textOf(packingList(session.page).totalGross)).toBe(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(shipment.totals.grossKg));
    expect(await textOf(packingList(session.page).marks)).toContain(`C/NO. 1-${shipment.totals.cartons}`);
    expect(await textOf(exportPapers(session.page).peb)).toMatch(/^Export declaration \(PEB\) \S/);
  });

  it('names a missing English description on the shipment and on the paper, and will not print it', async () => {
    session = await openSession({ demo: true });
    const papers = await demoShipment(session);
    const sku = papers.goods[0].sku;
    session.backend.app.db.prepare('UPDATE product SET name_en = NULL WHERE sku = ?').run(sku);
    await session.page.goto(session.url(`#/print/invoice/${papers.shipment.id}`));
    await exportPapers(session.page).gaps.waitFor();
    expect(await exportPapers(session.page).gap.allTextContents()).toEqual([`produk ${sku}: nama bahasa Inggris (name_en)`]);
    expect(await printView(session.page).print.isDisabled()).toBe(true);
    // The Indonesian name never stands in for the missing English one.
    expect(await textOf(invoiceSheet(session.page).goods)).not.toContain(papers.shipment.lines[0].productName);
    // The shipment itself says so before anyone prints.
    await shipmentsScreen(session.page).open(session);
    await rows(shipmentsScreen(session.page).grid).first().waitFor();
    await toolbar(session.page).search.fill(papers.shipment.shipmentNo);
    await shipmentsScreen(session.page).grid.locator('.ag-row', { hasText: papers.shipment.shipmentNo }).first().click();
    await toolbar(session.page).edit.click();
    await shipmentForm(session.page).paperGaps.waitFor();
    expect(await textOf(shipmentForm(session.page).paperGaps)).toContain(`produk ${sku}: nama bahasa Inggris (name_en)`);
  });
});
