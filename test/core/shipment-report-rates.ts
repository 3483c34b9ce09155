import type { TempApp } from '../helpers/temp-app';

/**
 * The rates a centre records on the working days of the week its November shipments leave
 * (Monday 16 to Friday 20 November 2026), at the same BI middle rates as on the 1st (USD Rp
 * 16.745, EUR Rp 19.341): a shipment with its PEB dated 19 or 20 November is valued at a rate of
 * its date, as the 7-day rule asks, and the figures worked out by hand below stay the same.
 */
export async function ratesOfShippingWeek(t: TempApp): Promise<void> {
  for (const day of [16, 17, 18, 19, 20]) {
    await t.must('rates:save', { currency: 'USD', validOn: `2026-11-${day}`, idrPerUnit: 16745, source: 'BI JISDOR' });
    await t.must('rates:save', { currency: 'EUR', validOn: `2026-11-${day}`, idrPerUnit: 19341, source: 'BI JISDOR' });
  }
}
