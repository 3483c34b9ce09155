import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rateOn } from '../../main/core/orders/rate-queries';
import { rateOfDate, type DatedRate } from '../../shared/rates';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('buyers:save', { buyerCode: 'US-ACME', name: 'Acme Leather Inc.', country: 'US', kind: 'export', currency: 'USD', incoterm: 'FOB' });
  await t.must('products:save', { sku: 'TAS-1', name: 'Tas', category: 'tas', hsCode: '4202.22', labourMinutes: 60, cartonQty: 10, price: 2_500, currency: 'USD' });
  // Friday 13 November and Friday 6 November 2026; nothing on the weekends.
  await t.must('rates:save', { currency: 'USD', validOn: '2026-11-13', idrPerUnit: 16_750 });
  await t.must('rates:save', { currency: 'USD', validOn: '2026-11-06', idrPerUnit: 16_700 });
});
afterEach(() => t.close());

/** An order of 10 bags at USD 25,00 on a date, without a typed rate. */
function order(orderNo: string, orderDate: string) {
  return t.must('orders:save', { orderNo, buyerCode: 'US-ACME', orderDate, shipBy: '2026-12-20', currency: 'USD', lines: [{ sku: 'TAS-1', qty: 10, unitPrice: 2_500 }] });
}

describe('the rate of a date', () => {
  it('is the date\'s own rate, else the latest earlier one within 7 days (named), else unknown', () => {
    const { db } = t.app;
    expect(rateOn(db, 'USD', '2026-11-13')).toMatchObject({ validOn: '2026-11-13', idrPerUnit: 16_750 });
    // Monday the 16th, three days later: Friday's rate, and its date is the one named.
    expect(rateOn(db, 'USD', '2026-11-16')).toMatchObject({ validOn: '2026-11-13', idrPerUnit: 16_750 });
    expect(rateOn(db, 'USD', '2026-11-20')?.validOn).toBe('2026-11-13');
    // Eight days after the last rate: unknown, not a week-old rate.
    expect(rateOn(db, 'USD', '2026-11-21')).toBeUndefined();
    expect(rateOn(db, 'EUR', '2026-11-13')).toBeUndefined();
    // The screens take the same rule from the same module.
    const rates = [{ currency: 'USD', validOn: '2026-11-13' }] satisfies DatedRate[];
    expect(rateOfDate(rates, 'USD', '2026-11-20')?.validOn).toBe('2026-11-13');
    expect(rateOfDate(rates, 'USD', '2026-11-21')).toBeNull();
    expect(rateOfDate(rates, 'USD', '2026-11-12')).toBeNull();
  });

  it('values an order at the rate of its date or 3 days earlier; 8 days without a rate it waits, listed on the dashboard, and is filled when a rate arrives', async () => {
    expect(await order('PO-EXACT', '2026-11-13')).toMatchObject({ idrRate: 16_750, valueIdr: 4_187_500 });
    expect(await order('PO-MONDAY', '2026-11-16')).toMatchObject({ idrRate: 16_750, valueIdr: 4_187_500 });
    const late = await order('PO-LATE', '2026-11-21');
    expect(late).toMatchObject({ idrRate: null, valueIdr: null });

    const card = await t.must('dashboard:missingRates', {});
    expect(card).toEqual({
      days: 7,
      total: 1,
      rows: [{ kind: 'order', id: late.id, no: 'PO-LATE', currency: 'USD', date: '2026-11-21', latestBefore: '2026-11-13' }],
    });

    // Thursday the 19th's rate lies within 7 days of the 21st: the order learns its rupiah worth.
    await t.must('rates:save', { currency: 'USD', validOn: '2026-11-19', idrPerUnit: 16_800 });
    expect(await t.must('orders:get', { id: late.id })).toMatchObject({ idrRate: 16_800, valueIdr: 4_200_000 });
    expect(await t.must('dashboard:missingRates', {})).toEqual({ days: 7, total: 0, rows: [] });
  });

  it('refuses a rate no market quoted (a dollar at Rp 1, a yen at Rp 10.380: its price per 100), naming the field', async () => {
    const dollar = await t.call('rates:save', { currency: 'USD', validOn: '2026-11-20', idrPerUnit: 1 });
    expect(dollar.ok ? null : [dollar.error.details, dollar.error.message]).toEqual([
      { field: 'idrPerUnit' }, 'kurs USD Rp 1 per 1 unit tidak wajar (biasanya Rp 5.000–50.000); periksa salah ketik atau kurs per 100 unit (isi kolom Nilai)',
    ]);
    const yen = await t.call('rates:save', { currency: 'JPY', validOn: '2026-11-20', idrPerUnit: 10_380 });
    expect(yen.ok ? null : yen.error.details).toEqual({ field: 'idrPerUnit' });
    expect((await t.must('rates:list', {})).length).toBe(2);
  });

  it('lists nothing on a centre whose values all have a rate', async () => {
    await order('PO-1', '2026-11-14');
    expect((await t.must('dashboard:missingRates', {})).total).toBe(0);
  });
});
