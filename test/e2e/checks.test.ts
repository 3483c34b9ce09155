import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';

/** The calendar a new centre starts with, and the values the forms stop or ask about (today 23/11/2026). */
describe('the filled calendar and absurd input on screen', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows this year\'s national holidays first, and another year on request', async () => {
    session = await openSession({ arrange: arrangeCentre });
    const { page } = session;
    await page.goto(session.url('#/calendar'));
    await page.getByTestId('calendar-count').filter({ hasText: '25 periode' }).waitFor();
    expect(await page.getByTestId('calendar-year').inputValue()).toBe('2026');
    await page.getByTestId('calendar-grid').getByText('Idul Fitri 1447 H', { exact: true }).waitFor();
    await page.getByTestId('calendar-year').selectOption('2027');
    await page.getByTestId('calendar-grid').getByText('Libur Lebaran 1448 H (bengkel tutup)').waitFor();
    await page.getByTestId('calendar-national').click();
    await page.getByText('Semua libur nasional 2024–2027 sudah ada di kalender.').waitFor();
    expect(session.problems).toEqual([]);
  });

  it('stops a future join date as typed and asks before saving an order line of price 0', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        await backend.must('products:save', { sku: 'TAS-01', name: 'Tas wanita kulit', category: 'tas', hsCode: '4202.21', labourMinutes: 300, cartonQty: 10, price: 95_000, currency: 'IDR' });
        await backend.must('buyers:save', { buyerCode: 'SBY-MALL', name: 'Toko Tas Surabaya', country: 'ID', kind: 'domestic', currency: 'IDR' });
      },
    });
    const { page, backend } = session;
    await page.goto(session.url('#/members'));
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('member-memberNo').fill('INT-0900');
    await page.getByTestId('member-name').fill('Rina Kusuma');
    await page.getByTestId('member-joinedOn').fill('15/01/2027');
    await page.getByTestId('member-form-save').click();
    await page.getByTestId('member-joinedOn-error').filter({ hasText: 'tanggal masuk 15/01/2027 belum tiba (hari ini 23/11/2026)' }).waitFor();
    await page.getByTestId('member-form').getByRole('button', { name: 'Batal' }).click();

    await page.goto(session.url('#/orders'));
    await page.getByTestId('toolbar-add').click();
    await page.getByTestId('order-orderNo').fill('SO-CONTOH-1');
    await page.getByTestId('order-buyer').selectOption('SBY-MALL');
    await page.getByTestId('order-shipBy').fill('26/02/2027');
    await page.getByTestId('order-line-0-product').selectOption('TAS-01');
    await page.getByTestId('order-line-0-qty').fill('5');
    await page.getByTestId('order-line-0-price').fill('0');
    await page.getByTestId('order-form-save').click();
    await page.getByTestId('order-form-warnings').filter({ hasText: 'Baris 1 (TAS-01): harga satuan 0' }).waitFor();
    expect((await backend.must('orders:page', {})).total).toBe(0);
    await page.getByTestId('order-form-confirm-save').click();
    await page.getByTestId('order-form').waitFor({ state: 'detached' });
    const [saved] = (await backend.must('orders:page', {})).rows;
    expect((await backend.must('orders:get', { id: saved.id })).lines.map((line) => line.unitPrice)).toEqual([0]);
    expect(session.problems).toEqual([]);
  });
});
