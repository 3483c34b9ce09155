import { afterEach, describe, expect, it } from 'vitest';
import { biRatesWorkbook } from '../fixtures/bi-rates';
import { arrangeCentre, openSession, type Session } from './harness';
import { dashboardScreen } from './pages/dashboard';
import { importWizard } from './pages/import';
import { orderForm, ordersScreen } from './pages/orders';
import { rateForm, ratesScreen } from './pages/rates';
import { toolbar } from './pages/shell';

describe('daily rates on the screens', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('lists an order without a rate within 7 days on the dashboard, and the card goes once the rate is recorded in the rates dialog', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('buyers:save', { buyerCode: 'US-BLW', name: 'Bellwether Leather Goods LLC', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB' });
        await backend.must('products:save', { sku: 'TWK-001', name: 'Tas Tote', category: 'tas', hsCode: '4202.21', labourMinutes: 300, cartonQty: 12, price: 2800, currency: 'USD' });
        await backend.must('rates:save', { currency: 'USD', validOn: '2026-11-06', idrPerUnit: 16_700, source: 'kurs tengah BI' });
        // Saturday the 14th: the last rate is 8 days older, so the order's rupiah worth is unknown.
        await backend.must('orders:save', {
          orderNo: 'PO-BLW-2614', buyerCode: 'US-BLW', orderDate: '2026-11-14', shipBy: '2027-01-15', currency: 'USD', lines: [{ sku: 'TWK-001', qty: 240, unitPrice: 2800 }],
        });
      },
    });
    const { page, backend } = session;
    await page.goto(session.url());
    const card = dashboardScreen(page).missingRates;
    await card.getByText('Kurs belum ada').waitFor();
    const row = dashboardScreen(card).missingRate;
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toBe('Pesanan PO-BLW-2614USD · 14/11/2026kurs terakhir 06/11/2026');

    await dashboardScreen(card).missingRatesLink.click();
    await toolbar(page).rates.click();
    await ratesScreen(page).rule.filter({ hasText: 'paling lama 7 hari' }).waitFor();
    await rateForm(page).validOn.fill('13/11/2026');
    await rateForm(page).idrPerUnit.fill('16.750');
    await rateForm(page).save.click();
    // One row per day, newest first.
    await rateForm(page).day.first().filter({ hasText: '13/11/2026' }).waitFor();
    expect(await rateForm(page).day.count()).toBe(2);
    expect((await backend.must('orders:page', {})).rows[0]).toMatchObject({ orderNo: 'PO-BLW-2614', valueIdr: 240 * 28 * 16_750 });
    // The order, opened, says which day's rate it carries: Friday the 13th's for Saturday the 14th.
    await rateForm(page).cancel.click();
    await ordersScreen(page).row('PO-BLW-2614').dblclick();
    await orderForm(page).idrRateHint.filter({ hasText: 'kurs tercatat tanggal 13/11/2026' }).waitFor();

    await page.goto(session.url());
    await dashboardScreen(page).dashboardAsOf.waitFor();
    await dashboardScreen(page).orders.waitFor();
    expect(await dashboardScreen(page).missingRates.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('imports Bank Indonesia\'s download from the orders page\'s Import menu, at the middle rate per yen', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page, backend } = session;
    const workbook = await biRatesWorkbook([
      [null, 100, '10,470.12', '10,365.50', '11/20/2026 12:00:00 AM'],
      [null, 100, '10,401.77', '10,297.84', '11/23/2026 12:00:00 AM'],
    ], { currencyAbove: 'JPY' });
    await ordersScreen(page).open(session);
    await toolbar(page).import.click();
    await toolbar(page).importRates.click();
    await importWizard(page).file.setInputFiles({ name: 'Kurs Transaksi BI.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await importWizard(page).preview.waitFor();
    expect(await importWizard(page).valid.textContent()).toBe('2');
    await importWizard(page).saveAll.click();
    await importWizard(page).saved.filter({ hasText: '2 baris disimpan' }).waitFor();
    expect((await backend.must('rates:list', {})).map((r) => [r.currency, r.validOn, r.idrPerUnit])).toEqual([
      ['JPY', '2026-11-23', 103.4981],
      ['JPY', '2026-11-20', 104.1781],
    ]);
    expect(session.problems).toEqual([]);
  });
});
