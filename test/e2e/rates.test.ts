import { afterEach, describe, expect, it } from 'vitest';
import { biRatesWorkbook } from '../fixtures/bi-rates';
import { arrangeCentre, openSession, type Session } from './harness';

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
    const card = page.getByTestId('dash-missing-rates');
    await card.getByText('Kurs belum ada').waitFor();
    const row = card.getByTestId('missing-rate');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toBe('Pesanan PO-BLW-2614USD · 14/11/2026kurs terakhir 06/11/2026');

    await card.getByTestId('dash-missing-rates-link').click();
    await page.getByTestId('toolbar-rates').click();
    await page.getByTestId('rates-rule').filter({ hasText: 'paling lama 7 hari' }).waitFor();
    await page.getByTestId('rate-validOn').fill('13/11/2026');
    await page.getByTestId('rate-idrPerUnit').fill('16.750');
    await page.getByTestId('rate-form-save').click();
    // One row per day, newest first.
    await page.getByTestId('rate-day').first().filter({ hasText: '13/11/2026' }).waitFor();
    expect(await page.getByTestId('rate-day').count()).toBe(2);
    expect((await backend.must('orders:page', {})).rows[0]).toMatchObject({ orderNo: 'PO-BLW-2614', valueIdr: 240 * 28 * 16_750 });
    // The order, opened, says which day's rate it carries: Friday the 13th's for Saturday the 14th.
    await page.getByTestId('rate-form-cancel').click();
    await page.getByTestId('orders-grid').locator('.ag-row').filter({ hasText: 'PO-BLW-2614' }).dblclick();
    await page.getByTestId('order-idrRate-hint').filter({ hasText: 'kurs tercatat tanggal 13/11/2026' }).waitFor();

    await page.goto(session.url());
    await page.getByTestId('dashboard-as-of').waitFor();
    await page.getByTestId('dash-orders').waitFor();
    expect(await page.getByTestId('dash-missing-rates').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('imports Bank Indonesia\'s download from the orders page\'s Import menu, at the middle rate per yen', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page, backend } = session;
    const workbook = await biRatesWorkbook([
      [null, 100, '10,470.12', '10,365.50', '11/20/2026 12:00:00 AM'],
      [null, 100, '10,401.77', '10,297.84', '11/23/2026 12:00:00 AM'],
    ], { currencyAbove: 'JPY' });
    await page.goto(session.url('#/orders'));
    await page.getByTestId('toolbar-import').click();
    await page.getByTestId('toolbar-import-rates').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'Kurs Transaksi BI.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-valid').textContent()).toBe('2');
    await page.getByTestId('import-save-all').click();
    await page.getByTestId('import-saved').filter({ hasText: '2 baris disimpan' }).waitFor();
    expect((await backend.must('rates:list', {})).map((r) => [r.currency, r.validOn, r.idrPerUnit])).toEqual([
      ['JPY', '2026-11-23', 103.4981],
      ['JPY', '2026-11-20', 104.1781],
    ]);
    expect(session.problems).toEqual([]);
  });
});
