import { afterEach, describe, expect, it } from 'vitest';
import { arrangeCentre, openSession, type Session } from './harness';
import { calendarScreen } from './pages/centre';
import { memberForm, membersScreen } from './pages/members';
import { orderForm, ordersScreen } from './pages/orders';
import { toolbar } from './pages/shell';

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
    await calendarScreen(page).open(session);
    await calendarScreen(page).countShows('25 periode');
    expect(await calendarScreen(page).year.inputValue()).toBe('2026');
    await calendarScreen(page).grid.getByText('Idul Fitri 1447 H', { exact: true }).waitFor();
    await calendarScreen(page).year.selectOption('2027');
    await calendarScreen(page).grid.getByText('Libur Lebaran 1448 H (bengkel tutup)').waitFor();
    await calendarScreen(page).national.click();
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
    await membersScreen(page).open(session);
    await toolbar(page).add.click();
    await memberForm(page).memberNo.fill('INT-0900');
    await memberForm(page).name.fill('Rina Kusuma');
    await memberForm(page).joinedOn.fill('15/01/2027');
    await memberForm(page).save.click();
    await memberForm(page).joinedOnError.filter({ hasText: 'tanggal masuk 15/01/2027 belum tiba (hari ini 23/11/2026)' }).waitFor();
    await memberForm(page).form.getByRole('button', { name: 'Batal' }).click();

    await ordersScreen(page).open(session);
    await toolbar(page).add.click();
    await orderForm(page).orderNo.fill('SO-CONTOH-1');
    await orderForm(page).buyer.selectOption('SBY-MALL');
    await orderForm(page).shipBy.fill('26/02/2027');
    await orderForm(page).line(0).product.selectOption('TAS-01');
    await orderForm(page).line(0).qty.fill('5');
    await orderForm(page).line(0).price.fill('0');
    await orderForm(page).save.click();
    await orderForm(page).warnings.filter({ hasText: 'Baris 1 (TAS-01): harga satuan 0' }).waitFor();
    expect((await backend.must('orders:page', {})).total).toBe(0);
    await orderForm(page).confirmSave.click();
    await orderForm(page).form.waitFor({ state: 'detached' });
    const [saved] = (await backend.must('orders:page', {})).rows;
    expect((await backend.must('orders:get', { id: saved.id })).lines.map((line) => line.unitPrice)).toEqual([0]);
    expect(session.problems).toEqual([]);
  });
});
