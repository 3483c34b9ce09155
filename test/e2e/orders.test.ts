import { afterEach, describe, expect, it } from 'vitest';
import type { ProductInput } from '../../shared/domain/catalogue';
import { arrangeCentre, openSession, type Session } from './harness';

describe('buyers and orders', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('adds a buyer, then an order of two lines in its currency, confirms it and finds it in the orders table with its value', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        const product = { category: 'tas', labourMinutes: 300, cartonQty: 12, currency: 'USD' } satisfies Partial<ProductInput>;
        await backend.must('products:save', { ...product, sku: 'TWK-001', name: 'Tas Tote Wanita Kulit Sapi', hsCode: '4202.21', price: 2800 });
        await backend.must('products:save', { ...product, sku: 'TWS-001', name: 'Tas Tote Wanita PU', hsCode: '4202.22', price: 750 });
        // Friday's rate: the order of Monday the 23rd takes it (at most 7 days before, named on the form).
        await backend.must('rates:save', { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 16745, source: 'kurs tengah BI' });
      },
    });
    const { page, backend } = session;

    await page.goto(session.url('#/buyers'));
    await page.getByTestId('buyers-count').filter({ hasText: '0 pembeli' }).waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('buyer-buyerCode').fill('US-BLW');
    await page.getByTestId('buyer-name').fill('Bellwether Leather Goods LLC');
    await page.getByTestId('buyer-form-save').click();
    await page.getByTestId('buyer-country-error').waitFor();
    // Countries by their Indonesian names, the ISO code beside them.
    await page.getByTestId('buyer-country').selectOption({ label: 'Amerika Serikat (US)' });
    await page.getByTestId('buyer-form-save').click();
    await page.getByTestId('buyer-form').waitFor({ state: 'detached' });
    await page.getByTestId('buyers-grid').getByText('Bellwether Leather Goods LLC', { exact: true }).waitFor();
    expect((await backend.must('buyers:list', {}))[0]).toMatchObject({ country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB' });

    await page.getByTestId('nav-orders').click();
    await page.getByTestId('orders-count').filter({ hasText: '0 pesanan' }).waitFor();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('order-orderNo').fill('PO-BLW-2611');
    await page.getByTestId('order-buyer').selectOption('US-BLW');
    expect(await page.getByTestId('order-currency').inputValue()).toBe('USD');
    await page.getByTestId('order-idrRate-hint').filter({ hasText: 'kurs 20/11/2026 Rp 16.745 dipakai' }).waitFor();
    await page.getByTestId('order-shipBy').fill('15/01/2027');
    await page.getByTestId('order-line-0-product').selectOption('TWK-001');
    expect(await page.getByTestId('order-line-0-price').inputValue()).toBe('28');
    await page.getByTestId('order-line-0-qty').fill('240');
    await page.getByTestId('order-add-line').click();
    await page.getByTestId('order-line-1-product').selectOption('TWS-001');
    await page.getByTestId('order-line-1-qty').fill('1.200');
    await page.getByTestId('order-line-1-price').fill('7,25');
    await page.getByTestId('order-line-1-total').filter({ hasText: 'USD 8.700,00' }).waitFor();
    await page.getByTestId('order-total').filter({ hasText: 'USD 15.420,00' }).waitFor();
    await page.getByTestId('order-total-idr').filter({ hasText: 'Rp 258.207.900' }).waitFor();
    await page.getByTestId('order-form-save').click();
    await page.getByTestId('order-form').waitFor({ state: 'detached' });

    const grid = page.getByTestId('orders-grid');
    const row = grid.locator('.ag-row').filter({ hasText: 'PO-BLW-2611' });
    await row.locator('.ag-cell[col-id="status"]').filter({ hasText: 'Draf' }).waitFor();
    await row.dblclick();
    await page.getByTestId('order-status').filter({ hasText: 'Draf' }).waitFor();
    await page.getByTestId('order-to-confirmed').click();
    await page.getByTestId('order-status').filter({ hasText: 'Dikonfirmasi' }).waitFor();
    await page.getByTestId('order-form-cancel').click();

    await row.locator('.ag-cell[col-id="status"]').filter({ hasText: 'Dikonfirmasi' }).waitFor();
    expect(await row.locator('.ag-cell[col-id="value"]').textContent()).toBe('USD 15.420,00');
    expect(await row.locator('.ag-cell[col-id="qty"]').textContent()).toBe('1.440');
    await page.getByTestId('orders-count').filter({ hasText: '1 pesanan' }).waitFor();

    // The status chips filter in SQL: a confirmed order is not among the drafts.
    await page.getByTestId('status-chip-draft').click();
    await page.getByTestId('orders-count').filter({ hasText: '0 pesanan' }).waitFor();
    await page.getByTestId('status-chip-confirmed').click();
    await page.getByTestId('orders-count').filter({ hasText: '1 pesanan' }).waitFor();

    const { rows } = await backend.must('orders:page', {});
    expect(rows[0]).toMatchObject({ orderNo: 'PO-BLW-2611', status: 'confirmed', currency: 'USD', lines: 2, qty: 1440, value: 1542000 });
    expect(session.problems).toEqual([]);
  });
});
