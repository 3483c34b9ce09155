import { afterEach, describe, expect, it } from 'vitest';
import type { ProductInput } from '../../shared/domain/catalogue';
import { arrangeCentre, openSession, type Session } from './harness';
import { buyerForm, buyersScreen } from './pages/buyers';
import { orderForm, ordersScreen } from './pages/orders';
import { nav, statusChips, toolbar } from './pages/shell';
import { cell } from './pages/kit';

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

    await buyersScreen(page).open(session);
    await buyersScreen(page).countShows('0 pembeli');
    await toolbar(page).add.click();
    await buyerForm(page).buyerCode.fill('US-BLW');
    await buyerForm(page).name.fill('Bellwether Leather Goods LLC');
    await buyerForm(page).save.click();
    await buyerForm(page).countryError.waitFor();
    // Countries by their Indonesian names, the ISO code beside them.
    await buyerForm(page).country.selectOption({ label: 'Amerika Serikat (US)' });
    await buyerForm(page).saveAndClose();
    await buyersScreen(page).grid.getByText('Bellwether Leather Goods LLC', { exact: true }).waitFor();
    expect((await backend.must('buyers:list', {}))[0]).toMatchObject({ country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB' });

    await nav(page).orders.click();
    await ordersScreen(page).countShows('0 pesanan');
    await toolbar(page).add.click();
    await orderForm(page).orderNo.fill('PO-BLW-2611');
    await orderForm(page).buyer.selectOption('US-BLW');
    expect(await orderForm(page).currency.inputValue()).toBe('USD');
    await orderForm(page).idrRateHint.filter({ hasText: 'kurs 20/11/2026 Rp 16.745 dipakai' }).waitFor();
    await orderForm(page).shipBy.fill('15/01/2027');
    await orderForm(page).line(0).product.selectOption('TWK-001');
    expect(await orderForm(page).line(0).price.inputValue()).toBe('28');
    await orderForm(page).line(0).qty.fill('240');
    await orderForm(page).addLine.click();
    await orderForm(page).line(1).product.selectOption('TWS-001');
    await orderForm(page).line(1).qty.fill('1.200');
    await orderForm(page).line(1).price.fill('7,25');
    await orderForm(page).line(1).total.filter({ hasText: 'USD 8.700,00' }).waitFor();
    await orderForm(page).total.filter({ hasText: 'USD 15.420,00' }).waitFor();
    await orderForm(page).totalIdr.filter({ hasText: 'Rp 258.207.900' }).waitFor();
    await orderForm(page).saveAndClose();

    const row = ordersScreen(page).row('PO-BLW-2611');
    await cell(row, 'status').filter({ hasText: 'Draf' }).waitFor();
    await row.dblclick();
    await orderForm(page).status.filter({ hasText: 'Draf' }).waitFor();
    await orderForm(page).toConfirmed.click();
    await orderForm(page).status.filter({ hasText: 'Dikonfirmasi' }).waitFor();
    await orderForm(page).cancel.click();

    await cell(row, 'status').filter({ hasText: 'Dikonfirmasi' }).waitFor();
    expect(await cell(row, 'value').textContent()).toBe('USD 15.420,00');
    expect(await cell(row, 'qty').textContent()).toBe('1.440');
    await ordersScreen(page).countShows('1 pesanan');

    // The status chips filter in SQL: a confirmed order is not among the drafts.
    await statusChips(page).draft.click();
    await ordersScreen(page).countShows('0 pesanan');
    await statusChips(page).confirmed.click();
    await ordersScreen(page).countShows('1 pesanan');

    const { rows } = await backend.must('orders:page', {});
    expect(rows[0]).toMatchObject({ orderNo: 'PO-BLW-2611', status: 'confirmed', currency: 'USD', lines: 2, qty: 1440, value: 1542000 });
    expect(session.problems).toEqual([]);
  });
});
