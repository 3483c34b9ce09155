import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProductInput } from '../../shared/domain/catalogue';
import type { TempApp } from '../helpers/temp-app';
import { arrangeCentre, openSession, type Session } from './harness';
import { orderForm, ordersScreen } from './pages/orders';
import { bomEditor, productsScreen } from './pages/products';
import { poForm, purchasesScreen } from './pages/purchases';
import { nav, shell, toolbar } from './pages/shell';
import { shipmentForm, shipmentsScreen } from './pages/shipments';
import { cell } from './pages/kit';

/** Three USD products, a US buyer and Friday's rate: an order can be typed at once. */
async function arrangeShop(backend: TempApp): Promise<void> {
  await arrangeCentre(backend);
  const product = { category: 'tas', labourMinutes: 300, cartonQty: 12, currency: 'USD' } satisfies Partial<ProductInput>;
  await backend.must('products:save', { ...product, sku: 'TWK-001', name: 'Tas Tote Wanita Kulit Sapi', hsCode: '4202.21', price: 2800 });
  await backend.must('products:save', { ...product, sku: 'TWK-002', name: 'Tas Selempang Kulit Domba', hsCode: '4202.21', price: 1950 });
  await backend.must('products:save', { ...product, sku: 'TWS-001', name: 'Tas Tote Wanita PU', hsCode: '4202.22', price: 750 });
  await backend.must('buyers:save', { buyerCode: 'US-BLW', name: 'Bellwether Leather Goods LLC', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB' });
  await backend.must('rates:save', { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 16745, source: 'kurs tengah BI' });
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function startOrder(page: Page, orderNo: string): Promise<void> {
  await nav(page).orders.click();
  await toolbar(page).add.click();
  await orderForm(page).orderNo.fill(orderNo);
  await orderForm(page).buyer.selectOption('US-BLW');
  await orderForm(page).shipBy.fill('15/01/2027');
}

/**
 * A buyer's order sheet made in Excel: header row, quantities as `#,##0`, prices as `#,##0.00`,
 * a total formula, one quantity typed with a letter O and one code that is no product of ours.
 */
async function buyerWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('PO Bellwether');
  sheet.addRow(['No', 'Kode Produk', 'Nama Produk', 'Jumlah', 'Harga Satuan (USD)', 'Jumlah Harga']);
  const lines: [string, string, number | string, number][] = [
    ['TWK-001', 'Tas Tote Wanita Kulit Sapi', 1250, 28],
    ['TWK-002', 'Tas Selempang Kulit Domba', '12O', 19.5],
    ['TWX-999', 'Dompet Pria Kulit', 60, 7.5],
    ['TWS-001', 'Tas Tote Wanita PU', 480, 7.25],
  ];
  lines.forEach(([sku, name, qty, price], index) => {
    const row = sheet.addRow([index + 1, sku, name, qty, price]);
    const total = typeof qty === 'number' ? qty * price : { error: '#VALUE!' as const };
    row.getCell(6).value = { formula: `D${row.number}*E${row.number}`, result: total };
    row.getCell(4).numFmt = '#,##0';
    row.getCell(5).numFmt = '#,##0.00';
    row.getCell(6).numFmt = '#,##0.00';
  });
  await workbook.xlsx.writeFile(path);
}

/** The used range as Excel in Indonesian copies it: cells as displayed, tabs between, CRLF after each row. */
async function copiedAsExcel(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  let text = '';
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const cell = row.getCell(column);
      const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      const decimals = cell.numFmt?.includes('.00') ? 2 : 0;
      if (typeof value === 'number') cells.push(new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value));
      else if (value && typeof value === 'object' && 'error' in value) cells.push(String(value.error));
      else cells.push(value === null || value === undefined ? '' : String(value));
    }
    text += `${cells.join('\t')}\r\n`;
  });
  return text;
}

describe('copy and paste like a spreadsheet', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('copies a rectangle of grid cells with Ctrl+C and, with headers, from the menu; the block pastes into a new order as lines', async () => {
    session = await openSession({ arrange: arrangeShop });
    const { page, backend } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url()).origin });
    await productsScreen(page).open(session);
    const grid = productsScreen(page).grid;
    const cell = (sku: string, colId: string) => grid.locator('.ag-row').filter({ hasText: sku }).locator(`.ag-cell[col-id="${colId}"]`);
    /** A click, then the grid's focus on that cell: the range has moved. */
    async function clickCell(sku: string, colId: string, options: { modifiers?: ['Shift']; button?: 'right' } = {}) {
      await cell(sku, colId).click(options);
      await grid.locator('.ag-row').filter({ hasText: sku }).locator(`.ag-cell-focus[col-id="${colId}"]`).waitFor();
      // A plain click starts a new rectangle: wait until the old one is gone (the grid may be re-laying its columns
      // out as the rows arrive, and a click on a cell being replaced is clicked again).
      if (options.modifiers || options.button) return;
      for (let attempt = 1; (await grid.locator('.ag-cell.cell-in-range').count()) > 1; attempt++) {
        if (attempt > 3) throw new Error(`a click on ${sku} ${colId} did not start a new selection`);
        await cell(sku, colId).click();
      }
    }

    // Click, shift-click: a shaded rectangle of 3 rows × 2 columns, copied as Excel copies.
    await clickCell('TWK-001', 'sku');
    await clickCell('TWS-001', 'name', { modifiers: ['Shift'] });
    await expect.poll(() => grid.locator('.ag-cell.cell-in-range').count()).toBe(6);
    await page.keyboard.press('Control+c');
    await expect.poll(() => readClipboard(page)).toBe('TWK-001\tTas Tote Wanita Kulit Sapi\r\nTWK-002\tTas Selempang Kulit Domba\r\nTWS-001\tTas Tote Wanita PU\r\n');

    // Shift+arrow stretches the rectangle from the keyboard.
    await clickCell('TWK-001', 'name');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => grid.locator('.ag-cell.cell-in-range').count()).toBe(4);
    await page.keyboard.press('Control+c');
    await expect.poll(() => readClipboard(page)).toBe('Tas Tote Wanita Kulit Sapi\tTas\r\nTas Selempang Kulit Domba\tTas\r\n');

    // Numbers as shown in Indonesian, without the currency, so that they paste back as numbers.
    await clickCell('TWK-001', 'price');
    await clickCell('TWK-002', 'price', { modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    await expect.poll(() => readClipboard(page)).toBe('28,00\r\n19,50\r\n');

    // The menu item copies with the column headers.
    await clickCell('TWK-001', 'sku');
    await clickCell('TWS-001', 'price', { modifiers: ['Shift'] });
    await clickCell('TWK-002', 'name', { button: 'right' });
    await shell(page).gridCopyHeaders.click();
    await shell(page).gridCopyMenu.waitFor({ state: 'detached' });
    await expect.poll(() => readClipboard(page)).toMatch(/^SKU\t/);
    const copied = await readClipboard(page);
    const rows = copied.split('\r\n');
    expect(rows[0].split('\t')).toEqual(['SKU', 'Nama produk', 'Kategori', 'Kode HS', 'Bahan luar', 'Menit/pcs', 'Isi/karton', 'Karton (cm)', 'Kg/karton', 'Harga']);
    expect(rows[3].split('\t')[0]).toBe('TWS-001');
    expect(rows[3].split('\t').at(-1)).toBe('7,50');

    // Pasted into the first cell of a new order: three lines, SKU and price by their headers.
    await startOrder(page, 'PO-BLW-2612');
    await orderForm(page).line(0).product.focus();
    await page.keyboard.press('Control+v');
    await orderForm(page).linesPasted.filter({ hasText: '3 baris ditempel' }).waitFor();
    await orderForm(page).linesPasted.filter({ hasText: 'Baris pertama dibaca sebagai judul kolom' }).waitFor();
    expect(await orderForm(page).line(2).product.inputValue()).toBe('TWS-001');
    expect(await orderForm(page).line(2).price.inputValue()).toBe('7,50');
    // No quantity came with the block: each line says so, and the note names them by row and column.
    await orderForm(page).line(0).qtyError.filter({ hasText: 'wajib diisi' }).waitFor();
    expect(await orderForm(page).linesPastedProblems.locator('li').allTextContents()).toEqual([
      'baris 1, Jumlah: wajib diisi', 'baris 2, Jumlah: wajib diisi', 'baris 3, Jumlah: wajib diisi',
    ]);
    // A column of quantities copied from elsewhere pastes down the quantity cells.
    await page.evaluate(() => navigator.clipboard.writeText('240\r\n1.200\r\n60\r\n'));
    await orderForm(page).line(0).qty.focus();
    await page.keyboard.press('Control+v');
    expect(await orderForm(page).line(1).qty.inputValue()).toBe('1.200');
    await orderForm(page).linesPastedProblems.waitFor({ state: 'detached' });
    await orderForm(page).total.filter({ hasText: 'USD 30.570,00' }).waitFor();
    expect((await backend.must('orders:page', {})).rows).toEqual([]);
    await orderForm(page).saveAndClose();
    const saved = await backend.must('orders:page', {});
    expect(saved.rows.map((row) => [row.orderNo, row.qty])).toEqual([['PO-BLW-2612', 1500]]);
    expect(session.problems).toEqual([]);
  });

  it('pastes a block copied from an Excel workbook into a new order: each cell read the Indonesian way, bad cells marked, nothing saved', async () => {
    session = await openSession({ arrange: arrangeShop });
    const { page, backend } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url()).origin });
    const folder = mkdtempSync(join(tmpdir(), 'sentra-clip-'));
    try {
      await buyerWorkbook(join(folder, 'po-bellwether.xlsx'));
      const copied = await copiedAsExcel(join(folder, 'po-bellwether.xlsx'));
      expect(copied.split('\r\n')[1]).toBe('1\tTWK-001\tTas Tote Wanita Kulit Sapi\t1.250\t28,00\t35.000,00');
      await ordersScreen(page).open(session);
      await startOrder(page, 'PO-BLW-2613');
      await page.evaluate((text) => navigator.clipboard.writeText(text), copied);
      // Into the quantity of the first line, where all of it used to land in one box.
      await orderForm(page).line(0).qty.focus();
      await page.keyboard.press('Control+v');

      const notice = orderForm(page).linesPasted;
      await notice.filter({ hasText: '4 baris ditempel' }).waitFor();
      await notice.filter({ hasText: 'Kolom yang tidak dipakai: No, Nama Produk, Jumlah Harga.' }).waitFor();
      expect(await orderForm(page).line(0).qty.inputValue()).toBe('1.250');
      await orderForm(page).line(0).total.filter({ hasText: 'USD 35.000,00' }).waitFor();
      expect(await orderForm(page).line(3).price.inputValue()).toBe('7,25');
      // The two bad cells, marked where they are and named by row and column.
      await orderForm(page).line(1).qtyError.filter({ hasText: 'harus berupa angka' }).waitFor();
      await orderForm(page).line(2).productError.filter({ hasText: 'produk (SKU) TWX-999 tidak ditemukan' }).waitFor();
      expect(await orderForm(page).line(2).product.inputValue()).toBe('TWX-999');
      expect(await orderForm(page).linesPastedProblems.locator('li').allTextContents()).toEqual([
        'baris 2, Jumlah: harus berupa angka', 'baris 3, Produk: produk (SKU) TWX-999 tidak ditemukan',
      ]);
      expect(await orderForm(page).line(0).qtyError.count()).toBe(0);

      // Saving is refused while cells are wrong: nothing reaches the database.
      await orderForm(page).save.click();
      await orderForm(page).line(1).qtyError.waitFor();
      expect((await backend.must('orders:page', {})).rows).toEqual([]);

      // Corrected in place, the order saves with its four lines.
      await orderForm(page).line(1).qty.fill('120');
      await orderForm(page).line(2).product.selectOption('TWK-002');
      await orderForm(page).linesPastedProblems.waitFor({ state: 'detached' });
      // Enter moves to the next field and saves nothing; Ctrl+S saves.
      await orderForm(page).line(1).qty.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('order-line-1-price');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('order-line-2-product');
      expect((await backend.must('orders:page', {})).rows).toEqual([]);
      await page.keyboard.press('Control+s');
      await orderForm(page).form.waitFor({ state: 'detached' });
      const { rows } = await backend.must('orders:page', {});
      expect(rows.map((row) => [row.orderNo, row.qty])).toEqual([['PO-BLW-2613', 1250 + 120 + 60 + 480]]);
      expect(session.problems).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("pastes a block into a product's bill of materials: codes or names to materials, `25%` read as 25, bad cells marked until fixed", async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeShop(backend);
        await backend.must('materials:save', { materialCode: 'KLT-SPA', name: 'Kulit sapi nappa', category: 'kulit', uom: 'sqft', unitCost: 58000, leadTimeDays: 14 });
        await backend.must('materials:save', { materialCode: 'BNG-NLN', name: 'Benang nilon bonded', category: 'benang', uom: 'm', unitCost: 12, leadTimeDays: 3 });
      },
    });
    const { page, backend } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url()).origin });
    await productsScreen(page).open(session);
    await cell(productsScreen(page).grid, 'sku').filter({ hasText: 'TWK-001' }).click();
    await bomEditor(page).edit.click();
    const sheet = 'Kode Bahan\tNama Bahan\tSatuan\tKebutuhan per pcs\tSusut (%)\r\nKLT-SPA\tKulit sapi nappa\tsqft\t8\t25%\r\nBenang nilon bonded\t\tm\t40\t\r\nRSL-YKK\tResleting YKK no. 5\tpcs\tdua\t0\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), sheet);
    await bomEditor(page).line(0).material.focus();
    await page.keyboard.press('Control+v');

    const notice = bomEditor(page).linesPasted;
    await notice.filter({ hasText: '3 baris ditempel' }).waitFor();
    await notice.filter({ hasText: 'Kolom yang tidak dipakai: Nama Bahan, Satuan.' }).waitFor();
    expect(await bomEditor(page).line(1).material.inputValue()).toBe('BNG-NLN');
    await bomEditor(page).line(0).gross.filter({ hasText: '10,6667 sqft' }).waitFor();
    expect(await bomEditor(page).linesPastedProblems.locator('li').allTextContents()).toEqual([
      'baris 3, Bahan: bahan RSL-YKK tidak ditemukan', 'baris 3, Kebutuhan per pcs: harus berupa angka',
    ]);
    await bomEditor(page).save.click();
    await bomEditor(page).line(2).qtyError.waitFor();
    expect(await backend.must('bom:get', { sku: 'TWK-001' })).toEqual([]);

    await bomEditor(page).line(2).remove.click();
    await bomEditor(page).linesPastedProblems.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+s');
    await bomEditor(page).editor.waitFor({ state: 'detached' });
    const bom = await backend.must('bom:get', { sku: 'TWK-001' });
    expect(Object.fromEntries(bom.map((line) => [line.materialCode, [line.qtyPerUnit, line.wastePct]]))).toEqual({ 'KLT-SPA': [8, 25], 'BNG-NLN': [40, 0] });
    expect(session.problems).toEqual([]);
  });

  it('pastes a block into a new purchase order: Indonesian quantities with decimals, `Rp` prices, the recorded cost where none was pasted', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('materials:save', { materialCode: 'KLT-SPA', name: 'Kulit sapi nappa', category: 'kulit', uom: 'sqft', unitCost: 58000, leadTimeDays: 14 });
        await backend.must('materials:save', { materialCode: 'BNG-NLN', name: 'Benang nilon bonded', category: 'benang', uom: 'm', unitCost: 12, leadTimeDays: 3 });
      },
    });
    const { page, backend } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url()).origin });
    await purchasesScreen(page).open(session);
    await toolbar(page).add.click();
    await poForm(page).supplier.fill('CV Kulit Jaya Magetan');
    await poForm(page).expectedOn.fill('07/12/2026');
    const sheet = 'Kode Bahan\tNama Bahan\tJumlah Pesan\tSatuan\tHarga Satuan\r\nKLT-SPA\tKulit sapi nappa\t1.250,5\tsqft\tRp 57.500\r\nBNG-NLN\tBenang nilon bonded\t2.000\tm\t\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), sheet);
    await poForm(page).line(0).qty.focus();
    await page.keyboard.press('Control+v');

    await poForm(page).linesPasted.filter({ hasText: '2 baris ditempel' }).waitFor();
    expect(await poForm(page).line(0).cost.inputValue()).toBe('57.500');
    expect(await poForm(page).line(1).cost.inputValue()).toBe('12');
    await poForm(page).line(0).total.filter({ hasText: 'Rp 71.903.750' }).waitFor();
    expect(await poForm(page).linesPastedProblems.count()).toBe(0);
    expect(await backend.must('purchases:list', {})).toEqual([]);
    // Enter in a line moves on and saves nothing; Ctrl+S saves.
    await poForm(page).line(1).qty.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('po-line-1-cost');
    expect(await backend.must('purchases:list', {})).toEqual([]);
    await page.keyboard.press('Control+s');
    await poForm(page).form.waitFor({ state: 'detached' });
    const [saved] = await backend.must('purchases:list', {});
    const po = await backend.must('purchases:get', { id: saved.id });
    expect(po.lines.map((line) => [line.materialCode, line.qty, line.unitCost])).toEqual([['KLT-SPA', 1250.5, 57500], ['BNG-NLN', 2000, 12]]);
    expect(session.problems).toEqual([]);
  });

  it("pastes a buyer's shipping list into a new shipment: lines found by order and SKU, a line that is not ready named, a bad quantity marked", async () => {
    session = await openSession({ demo: true });
    const { page, backend } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url()).origin });
    const [order] = (await backend.must('orders:page', { buyerCode: 'BE-MVH', status: ['ready'] })).rows;
    const { lines } = await backend.must('orders:get', { id: order.id });
    expect(lines.length).toBeGreaterThan(1);
    const before = (await backend.must('shipments:list', {})).length;
    await shipmentsScreen(page).open(session);
    await toolbar(page).add.click();
    await shipmentForm(page).buyer.selectOption('BE-MVH');
    await shipmentForm(page).line(0).row.waitFor();

    const quantity = new Intl.NumberFormat('id-ID');
    const rows = lines.map((line, index) => `${order.orderNo}\t${line.sku}\t${index === 1 ? '12O' : quantity.format(line.qty)}\t`);
    const sheet = ['No. Pesanan\tSKU\tKirim\tKarton', ...rows.reverse(), `${order.orderNo}\tTWX-999\t10\t1`].join('\r\n') + '\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), sheet);
    await shipmentForm(page).line(0).qty.focus();
    await page.keyboard.press('Control+v');

    const notice = shipmentForm(page).linesPasted;
    await notice.filter({ hasText: `${lines.length} baris ditempel` }).waitFor();
    await notice.filter({ hasText: `Tidak ada di antara baris yang siap dikirim, tidak dipakai: TWX-999 (${order.orderNo}).` }).waitFor();
    const rowOf = async (sku: string) => Number(await shipmentForm(page).lines.locator('tr[data-line]').filter({ hasText: sku }).getAttribute('data-line'));
    const first = await rowOf(lines[0].sku);
    const bad = await rowOf(lines[1].sku);
    expect(await shipmentForm(page).line(first).qty.inputValue()).toBe(quantity.format(lines[0].qty));
    expect(await shipmentForm(page).linesPastedProblems.locator('li').allTextContents()).toEqual([`baris ${bad + 1}, Kirim: isi bilangan bulat lebih dari nol`]);
    await shipmentForm(page).line(bad).qtyError.filter({ hasText: 'isi bilangan bulat lebih dari nol' }).waitFor();
    expect((await backend.must('shipments:list', {})).length).toBe(before);
    await shipmentForm(page).line(bad).all.click();
    await shipmentForm(page).linesPastedProblems.waitFor({ state: 'detached' });
    // Enter in a quantity moves to its cartons and saves nothing.
    await shipmentForm(page).line(first).qty.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`shipment-line-${first}-cartons`);
    expect((await backend.must('shipments:list', {})).length).toBe(before);
    expect(session.problems).toEqual([]);
  });
});
