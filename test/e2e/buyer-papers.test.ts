import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { buyerForm, buyersScreen } from './pages/buyers';
import { orderForm } from './pages/orders';
import { nav, toolbar } from './pages/shell';

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

    await buyersScreen(page).open(session);
    await buyersScreen(page).grid.getByText('Bellwether Leather Goods LLC', { exact: true }).dblclick();
    expect(await buyerForm(page).address.inputValue()).toBe('1450 Broadway, Suite 1203');
    expect(await buyerForm(page).incotermPlace.inputValue()).toBe('Tanjung Perak, Surabaya');
    await buyerForm(page).paymentTerms.fill('T/T 30 % deposit, 70 % against copy of B/L');
    await buyerForm(page).contact.fill('Megan Holloway');
    await buyerForm(page).email.fill('megan.bellwether.example.com');
    await buyerForm(page).notifyParty.fill('Crossroads Customs Brokerage Inc.\n145-12 156th Street, Jamaica, NY 11434, USA');
    await buyerForm(page).save.click();
    await buyerForm(page).emailError.filter({ hasText: 'bukan alamat e-mail' }).waitFor();
    await buyerForm(page).email.fill('megan@bellwether.example.com');
    await buyerForm(page).saveAndClose();
    expect((await backend.must('buyers:list', {}))[0]).toMatchObject({
      paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L', contact: 'Megan Holloway', email: 'megan@bellwether.example.com',
      notifyParty: 'Crossroads Customs Brokerage Inc.\n145-12 156th Street, Jamaica, NY 11434, USA',
    });

    await nav(page).orders.click();
    await toolbar(page).add.click();
    await orderForm(page).orderNo.fill('SO-2026-00901');
    await orderForm(page).buyer.selectOption('US-BLW');
    expect(await orderForm(page).paymentTerms.inputValue()).toBe('T/T 30 % deposit, 70 % against copy of B/L');
    await orderForm(page).buyerPo.fill('PO 4500123456');
    await orderForm(page).buyerPoDate.fill('30/11/2026');
    await orderForm(page).shipBy.fill('15/01/2027');
    await orderForm(page).line(0).product.selectOption('TWK-001');
    await orderForm(page).line(0).qty.fill('240');
    await orderForm(page).buyerPoDateError.filter({ hasText: 'tidak boleh setelah hari ini' }).waitFor();
    await orderForm(page).buyerPoDate.fill('19/11/2026');
    await orderForm(page).saveAndClose();

    const { rows } = await backend.must('orders:page', {});
    expect(await backend.must('orders:get', { id: rows[0].id })).toMatchObject({
      orderNo: 'SO-2026-00901', buyerPo: 'PO 4500123456', buyerPoDate: '2026-11-19', paymentTerms: 'T/T 30 % deposit, 70 % against copy of B/L',
    });
  });
});
