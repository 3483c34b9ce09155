import { afterEach, describe, expect, it } from 'vitest';
import { openSession, pdfPageCount, type Session } from './harness';
import { orderForm, ordersScreen } from './pages/orders';
import { printView } from './pages/print';
import { poForm, purchasesScreen } from './pages/purchases';
import { bulkStatus, statusChips, toolbar } from './pages/shell';
import { rows } from './pages/kit';

describe('orders ticked and moved together; new records suggest their number', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('moves ticked orders to production in one go, names the refused ones, prints two ticked POs together, and a new order and PO open with the next number', async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    await ordersScreen(page).open(session);
    const grid = ordersScreen(page).grid;
    await rows(grid).first().waitFor();
    // Drafts and confirmed orders only; four of them ticked.
    await statusChips(page).draft.click();
    await statusChips(page).confirmed.click();
    await ordersScreen(page).countShows(/^\d/);
    await grid.locator('.ag-row[row-index="3"]').first().waitFor();
    const ids: number[] = [];
    for (let index = 0; index < 4; index += 1) ids.push(Number(await grid.locator(`.ag-row[row-index="${index}"]`).first().getAttribute('row-id')));
    // Three confirmed and one draft, whatever the demo drew (the server checks each as it stands).
    for (const [index, id] of ids.entries()) await backend.must('orders:setStatus', { id, status: index < 3 ? 'confirmed' : 'draft' });
    for (let index = 0; index < 4; index += 1) await grid.locator(`.ag-row[row-index="${index}"] .ag-selection-checkbox input`).first().check();
    const before = await Promise.all(ids.map((id) => backend.must('orders:get', { id })));
    const drafts = before.filter((order) => order.status === 'draft');
    expect(drafts).toHaveLength(1);
    await ordersScreen(page).bulkStatus.filter({ hasText: '(4)' }).click();
    await bulkStatus(page).statusTo.selectOption('in-production');
    await bulkStatus(page).statusApply.click();
    await bulkStatus(page).summary.waitFor();
    expect(await bulkStatus(page).summaryCounts.textContent()).toBe(`${4 - drafts.length} baris selesai · ${drafts.length} baris ditolak`);
    expect(await bulkStatus(page).summaryRefused.locator('tbody tr').allTextContents()).toEqual(
      drafts.map((order) => `${order.orderNo}status tidak bisa diubah dari Draf ke Diproduksi`),
    );
    await page.screenshot({ path: '/tmp/bulk/orders-e2e-summary.png' });
    for (const order of before) expect((await backend.must('orders:get', { id: order.id })).status).toBe(order.status === 'draft' ? 'draft' : 'in-production');
    await bulkStatus(page).summaryOk.click();

    // The demo's orders run to SO-2026-00429; it has no purchase order yet.
    const { no: nextOrder } = await backend.must('numbers:next', { kind: 'order' });
    expect(nextOrder).toMatch(/^SO-2026-\d{5}$/);
    await toolbar(page).add.click();
    await expect.poll(() => orderForm(page).orderNo.inputValue()).toBe(nextOrder);
    await page.keyboard.press('Escape');

    // Two purchase orders ticked and printed together, one after the other.
    const [material] = await backend.must('materials:list', {});
    const draft = { supplier: 'CV Kulit Garut', orderDate: '2026-11-23', expectedOn: '2026-12-07', lines: [{ materialCode: material.materialCode, qty: 10, unitCost: 1000 }] };
    const pos = [await backend.must('purchases:save', draft), await backend.must('purchases:save', draft)];
    await purchasesScreen(page).open(session);
    const poGrid = purchasesScreen(page).grid;
    for (const po of pos) await poGrid.locator(`.ag-row[row-id="${po.id}"] .ag-selection-checkbox input`).first().check();
    await purchasesScreen(page).bulkPrint.filter({ hasText: 'Cetak terpilih (2)' }).click();
    await printView(page).po.nth(1).waitFor();
    expect(page.url()).toContain(`#/print/po-ids/${pos.map((po) => po.id).join(',')}`);
    expect(await printView(page).po.count()).toBe(2);
    expect(await printView(page).toolbar.filter({ visible: true }).count()).toBe(1);
    // On paper: each order on its own A4 sheet, none spilling over.
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(2);

    await purchasesScreen(page).open(session);
    await toolbar(page).add.click();
    await expect.poll(() => poForm(page).poNo.inputValue()).toBe('PO-2026-0003');
    expect(session.problems).toEqual([]);
  });
});
