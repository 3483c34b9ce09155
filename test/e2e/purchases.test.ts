import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, pdfPageCount, type Session } from './harness';
import { printView } from './pages/print';
import { poForm, poSheet, purchasesScreen, receiveForm } from './pages/purchases';
import { notice, statusChips, toolbar } from './pages/shell';
import { cell, rows } from './pages/kit';

const rupiah = (value: number) => `Rp ${new Intl.NumberFormat('id-ID').format(value)}`;

describe('purchases', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('makes draft POs from the plan, orders one, receives it in two deliveries into stock, prints it and exports the list', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
      },
    });
    const { page, backend } = session;
    const onHand = async (code: string) => (await backend.must('materials:list', {})).find((m) => m.materialCode === code)?.onHand ?? 0;
    // One draft PO per supplier the plan's suggestions name; the demo's plan asks several.
    const suppliers = new Set((await backend.must('plan:last', {}))?.purchases.map((suggestion) => suggestion.supplierName)).size;
    expect(suppliers).toBeGreaterThanOrEqual(5);

    await purchasesScreen(page).open(session);
    const grid = purchasesScreen(page).grid;
    // The grid's own overlay (ag-grid may also repeat it in an aria-live region for screen readers).
    await grid.locator('.ag-overlay-no-rows-center').filter({ hasText: 'Belum ada PO' }).waitFor();
    await poForm(page).fromPlan.click();
    await notice(page).says(new RegExp(`^${suppliers} PO draf dibuat dari saran rencana produksi, satu per pemasok`));
    const made = await backend.must('purchases:list', {});
    expect(made).toHaveLength(suppliers);
    await rows(grid).nth(suppliers - 1).waitFor();
    expect(await cell(grid, 'poNo').count()).toBe(suppliers);
    expect(await statusChips(page).draft.textContent()).toBe(`Draf (${suppliers})`);

    // A second press orders nothing twice, and says so.
    await poForm(page).fromPlan.click();
    await notice(page).says('sudah dijadikan PO');
    expect(await backend.must('purchases:list', {})).toHaveLength(suppliers);

    // Open a two-line PO and order it.
    const po = made.find((candidate) => candidate.lines.length === 2)!;
    const [first, second] = po.lines;
    await cell(grid, 'poNo').filter({ hasText: po.poNo }).dblclick();
    await poForm(page).form.waitFor();
    await poForm(page).planOrigin.waitFor();
    expect(await poForm(page).supplier.inputValue()).toBe(po.supplier);
    expect(await poForm(page).total.textContent()).toBe(rupiah(po.value));
    await poForm(page).toOrdered.click();
    await poForm(page).status.filter({ hasText: 'Dipesan' }).waitFor();
    await poForm(page).locked.waitFor();
    expect((await backend.must('purchases:get', { id: po.id })).status).toBe('ordered');

    // Too much on a line: said at the row, and nothing is written.
    const stockBefore = { first: await onHand(first.materialCode), second: await onHand(second.materialCode) };
    await poForm(page).receive.click();
    await receiveForm(page).form.waitFor();
    expect(await receiveForm(page).line(0).qty.inputValue()).toBe(new Intl.NumberFormat('id-ID').format(first.qty));
    await receiveForm(page).line(0).qty.fill(String(first.qty + 5));
    await receiveForm(page).save.click();
    await receiveForm(page).line(0).qtyError.filter({ hasText: `melebihi sisa ${new Intl.NumberFormat('id-ID').format(first.qty)} ${first.uom}` }).waitFor();
    expect(await receiveForm(page).form.isVisible()).toBe(true);
    expect((await backend.must('purchases:get', { id: po.id })).lines.map((line) => line.receivedQty)).toEqual([0, 0]);
    expect(await onHand(first.materialCode)).toBe(stockBefore.first);

    // A first delivery: part of the first material, none of the second.
    const part = Math.floor(first.qty / 2);
    await receiveForm(page).line(0).qty.fill(String(part));
    await receiveForm(page).line(1).qty.fill('');
    await receiveForm(page).saveAndClose();
    await notice(page).says(`Penerimaan sebagian PO ${po.poNo}`);
    expect(await poForm(page).line(0).received.textContent()).toBe(new Intl.NumberFormat('id-ID').format(part));
    expect(await poForm(page).status.textContent()).toBe('Dipesan');
    expect(await onHand(first.materialCode)).toBe(stockBefore.first + part);
    expect(await onHand(second.materialCode)).toBe(stockBefore.second);

    // The rest: the dialog offers what is still open.
    await poForm(page).receive.click();
    expect(await receiveForm(page).line(0).already.textContent()).toBe(new Intl.NumberFormat('id-ID').format(part));
    await receiveForm(page).save.click();
    await poForm(page).status.filter({ hasText: 'Diterima' }).waitFor();
    await notice(page).says('semua bahan sudah datang');
    const received = await backend.must('purchases:get', { id: po.id });
    expect(received.status).toBe('received');
    expect(received.lines.map((line) => line.receivedQty)).toEqual([first.qty, second.qty]);
    expect(await onHand(first.materialCode)).toBe(stockBefore.first + first.qty);
    expect(await onHand(second.materialCode)).toBe(stockBefore.second + second.qty);
    const receipts = (await backend.must('stock:movements', {})).filter((m) => m.kind === 'receipt' && m.note === po.poNo);
    expect(receipts.map((m) => [m.materialCode, m.qty])).toEqual(
      expect.arrayContaining([[first.materialCode, part], [first.materialCode, first.qty - part], [second.materialCode, second.qty]]),
    );

    // Print it: the cooperative's letterhead, the PO's number, supplier, lines and total.
    await poForm(page).print.click();
    await printView(page).signatureBlock.waitFor();
    expect(await printView(page).letterheadName.textContent()).toContain('INTAKO');
    expect(await printView(page).title.textContent()).toBe('PESANAN PEMBELIAN');
    expect(await poSheet(page).number.textContent()).toBe(po.poNo);
    expect(await poSheet(page).supplier.textContent()).toBe(po.supplier);
    expect(await poSheet(page).line.count()).toBe(2);
    expect(await poSheet(page).total.textContent()).toBe(rupiah(po.value));
    expect(await printView(page).signatureBlock.textContent()).toContain(`Pemasok, ${po.supplier}`);
    folder = mkdtempSync(join(tmpdir(), 'sentra-po-'));
    const pdf = join(folder, `${po.poNo}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    expect(pdfPageCount(readFileSync(pdf))).toBe(1);

    // Back to the list: filter by status, then the list as a workbook.
    await printView(page).back.click();
    await statusChips(page).received.click();
    await cell(grid, 'receivedPct').filter({ hasText: '100 %' }).waitFor();
    expect(await cell(grid, 'poNo').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), toolbar(page).export.click()]);
    expect(download.suggestedFilename()).toBe('pembelian-2026-11-23.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const orders = workbook.getWorksheet('Daftar PO')!;
    expect(orders.getCell('B6').value).toBe(po.poNo);
    expect(orders.getCell('F6').value).toBe('Diterima');
    expect(orders.getCell('I6').value).toBe(po.value);
    expect(orders.getCell('A7').value).toBe('Jumlah');
    expect(workbook.getWorksheet('Baris PO')!.getCell('E7').value).toBe(second.materialCode);
    expect(session.problems).toEqual([]);
  });

  it('cancels a draft only after asking', async () => {
    session = await openSession({
      demo: true,
      async arrange(backend) {
        await backend.must('plan:run', {});
        await backend.must('purchases:fromPlan', {});
      },
    });
    const { page, backend } = session;
    const [po] = await backend.must('purchases:list', {});
    await purchasesScreen(page).open(session);
    await cell(purchasesScreen(page).grid, 'poNo').filter({ hasText: po.poNo }).dblclick();
    await poForm(page).toCancelled.click();
    await poForm(page).cancelBack.click();
    expect((await backend.must('purchases:get', { id: po.id })).status).toBe('draft');
    await poForm(page).toCancelled.click();
    await poForm(page).cancelYes.click();
    await poForm(page).status.filter({ hasText: 'Dibatalkan' }).waitFor();
    expect((await backend.must('purchases:get', { id: po.id })).status).toBe('cancelled');
    await notice(page).says(`PO ${po.poNo} dibatalkan.`);
    expect(session.problems).toEqual([]);
  });
});
