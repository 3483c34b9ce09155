import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

describe('a buyer’s paper details and an order that takes them', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('edits a buyer’s payment terms (refusing a bad e-mail), and a new order takes them with the buyer’s PO', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('products:save', { sku: 'TWK-001', name: 'Tas Tote Wanita Kulit Sapi', category: 'tas', hsCode: '4202.21', labourMinutes: 300, cartonQty: 12, price: 2800, currency: 'USD' });
        await backend.must('rates:save', { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 16745, source: 'kurs tengah BI' });
        await backend.must('buyers:save', {
          buyerCode: 'US-BLW', name: 'Bellwether Leather Goods LLC', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB',
          address: '1450 Broadway, Suite 1203', city: 'New York, NY', postcode: '10018', paymentTerms: 'T/T 100 % before shipment',
          incotermPlace: 'Tanjung Perak, Surabaya', portOfDischarge: 'New York, USA',
        });
      },
    });
    const { page, backend } = session;

    await page.goto(session.url('#/buyers'));
    await page.getByTestId('buyers-grid').getByText('Bellwether Leather Goods LLC', { exact: true }).dblclick();
    expect(await page.getByTestId('buyer-address').inputValue()).toBe('1450 Broadway, Suite 1203');
    expect(await page.getByTestId('buyer-incotermPlace').inputValue()).toBe('Tanjung Perak, Surabaya');
    await page.getByTestId('buyer-paymentTerms').fill('T/T 30 % deposit, 70 % against copy of B/L');
    await page.getByTestId('buyer-contact').fill('Megan Holloway');
    await page.getByTestId('buyer-email').fill('megan.bellwether.example.com');
    await page.getByTestId('buyer-notifyParty').fill('Crossroads Customs Brokerage Inc.\n145-12 156th Street, Jamaica, NY 11434, USA');
    await page.getByTestId('buyer-form-save').click();
    await page.getByTestId('buyer-email-error').filter({ hasText: 'bukan alamat e-mail' }).waitFor();
    await page.getByTestId('buyer-email').fill('megan@bellwether.example.com');
    await page.getByTestId('buyer-form-save').click();
    await page.getByTestId('buyer-form').waitFor({ state: 'detached' });
    expect((await backend.must('buyers:list', {}))[0]).toMatchObject({
      paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L', contact: 'Megan Holloway', email: 'megan@bellwether.example.com',
      notifyParty: 'Crossroads Customs Brokerage Inc.\n145-12 156th Street, Jamaica, NY 11434, USA',
    });

    await page.getByTestId('nav-orders').click();
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('order-orderNo').fill('SO-2026-00901');
    await page.getByTestId('order-buyer').selectOption('US-BLW');
    expect(await page.getByTestId('order-paymentTerms').inputValue()).toBe('T/T 30 % deposit, 70 % against copy of B/L');
    await page.getByTestId('order-buyerPo').fill('PO 4500123456');
    await page.getByTestId('order-buyerPoDate').fill('30/11/2026');
    await page.getByTestId('order-shipBy').fill('15/01/2027');
    await page.getByTestId('order-line-0-product').selectOption('TWK-001');
    await page.getByTestId('order-line-0-qty').fill('240');
    await page.getByTestId('order-buyerPoDate-error').filter({ hasText: 'tidak boleh setelah hari ini' }).waitFor();
    await page.getByTestId('order-buyerPoDate').fill('19/11/2026');
    await page.getByTestId('order-form-save').click();
    await page.getByTestId('order-form').waitFor({ state: 'detached' });

    const { rows } = await backend.must('orders:page', {});
    expect(await backend.must('orders:get', { id: rows[0].id })).toMatchObject({
      orderNo: 'SO-2026-00901', buyerPo: 'PO 4500123456', buyerPoDate: '2026-11-19', paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L',
    });
  });
});
