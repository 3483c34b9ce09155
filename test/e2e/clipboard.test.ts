import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProductInput } from '../../shared/domain/catalogue';
import type { TempApp } from '../helpers/temp-app';
import { arrangeCentre, openSession, type Session } from './harness';

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
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('toolbar-add').click();
  await page.getByTestId('order-orderNo').fill(orderNo);
  await page.getByTestId('order-buyer').selectOption('US-BLW');
  await page.getByTestId('order-shipBy').fill('15/01/2027');
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
    await page.goto(session.url('#/products'));
    const grid = page.getByTestId('products-grid');
    const cell = (sku: string, colId: string) => grid.locator('.ag-row').filter({ hasText: sku }).locator(`.ag-cell[col-id="${colId}"]`);
    /** A click, then the grid's focus on that cell: the range has moved. */
    async function clickCell(sku: string, colId: string, options: { modifiers?: ['Shift']; button?: 'right' } = {}) {
      await cell(sku, colId).click(options);
      await grid.locator('.ag-row').filter({ hasText: sku }).locator(`.ag-cell-focus[col-id="${colId}"]`).waitFor();
    }

    // Click, shift-click: a shaded rectangle of 3 rows × 2 columns, copied as Excel copies.
    await clickCell('TWK-001', 'sku');
    await clickCell('TWS-001', 'name', { modifiers: ['Shift'] });
    await expect.poll(() => grid.locator('.ag-cell.cell-in-range').count()).toBe(6);
    await page.keyboard.press('Control+c');
    expect(await readClipboard(page)).toBe('TWK-001\tTas Tote Wanita Kulit Sapi\r\nTWK-002\tTas Selempang Kulit Domba\r\nTWS-001\tTas Tote Wanita PU\r\n');

    // Numbers as shown in Indonesian, without the currency, so that they paste back as numbers.
    await clickCell('TWK-001', 'price');
    await clickCell('TWK-002', 'price', { modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    expect(await readClipboard(page)).toBe('28,00\r\n19,50\r\n');

    // The menu item copies with the column headers.
    await clickCell('TWK-001', 'sku');
    await clickCell('TWS-001', 'price', { modifiers: ['Shift'] });
    await clickCell('TWK-002', 'name', { button: 'right' });
    await page.getByTestId('grid-copy-headers').click();
    await page.getByTestId('grid-copy-menu').waitFor({ state: 'detached' });
    const copied = await readClipboard(page);
    const rows = copied.split('\r\n');
    expect(rows[0].split('\t')).toEqual(['SKU', 'Nama produk', 'Kategori', 'Kode HS', 'Bahan luar', 'Menit/pcs', 'Isi/karton', 'Karton (cm)', 'Kg/karton', 'Harga']);
    expect(rows[3].split('\t')[0]).toBe('TWS-001');
    expect(rows[3].split('\t').at(-1)).toBe('7,50');

    // Pasted into the first cell of a new order: three lines, SKU and price by their headers.
    await startOrder(page, 'PO-BLW-2612');
    await page.getByTestId('order-line-0-product').focus();
    await page.keyboard.press('Control+v');
    await page.getByTestId('order-lines-pasted').filter({ hasText: '3 baris ditempel' }).waitFor();
    await page.getByTestId('order-lines-pasted').filter({ hasText: 'Baris pertama dibaca sebagai judul kolom' }).waitFor();
    expect(await page.getByTestId('order-line-2-product').inputValue()).toBe('TWS-001');
    expect(await page.getByTestId('order-line-2-price').inputValue()).toBe('7,50');
    // No quantity came with the block: each line says so, and the note names them by row and column.
    await page.getByTestId('order-line-0-qty-error').filter({ hasText: 'wajib diisi' }).waitFor();
    expect(await page.getByTestId('order-lines-pasted-problems').locator('li').allTextContents()).toEqual([
      'baris 1, Jumlah: wajib diisi', 'baris 2, Jumlah: wajib diisi', 'baris 3, Jumlah: wajib diisi',
    ]);
    // A column of quantities copied from elsewhere pastes down the quantity cells.
    await page.evaluate(() => navigator.clipboard.writeText('240\r\n1.200\r\n60\r\n'));
    await page.getByTestId('order-line-0-qty').focus();
    await page.keyboard.press('Control+v');
    expect(await page.getByTestId('order-line-1-qty').inputValue()).toBe('1.200');
    await page.getByTestId('order-lines-pasted-problems').waitFor({ state: 'detached' });
    await page.getByTestId('order-total').filter({ hasText: 'USD 30.570,00' }).waitFor();
    expect((await backend.must('orders:page', {})).rows).toEqual([]);
    await page.getByTestId('order-form-save').click();
    await page.getByTestId('order-form').waitFor({ state: 'detached' });
    const saved = await backend.must('orders:page', {});
    expect(saved.rows.map((row) => [row.orderNo, row.qty])).toEqual([['PO-BLW-2612', 1500]]);
    expect(session.problems).toEqual([]);
  });
});
