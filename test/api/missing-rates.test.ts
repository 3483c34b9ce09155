import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { acmeShipment, shipmentCentre } from './shipment-centre';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
});
afterEach(() => t.close());

describe('the "kurs belum ada" card', () => {
  it('names a shipment whose rate date has no rate within 7 days, its value recorded as unknown, and leaves cancelled ones out', async () => {
    // ETD Friday 20 November: the last rates are of 1 November (19 days), the next of the 30th.
    const saved = await t.must('shipments:save', acmeShipment({ etd: '2026-11-20', eta: '2026-12-14' }));
    expect(saved.value).toMatchObject({ rateDate: '2026-11-20', idrRate: null, fobIdr: null });
    expect(await t.must('dashboard:missingRates', {})).toEqual({
      days: 7,
      total: 1,
      rows: [{ kind: 'shipment', id: saved.id, no: 'SHP-2026-001', currency: 'USD', date: '2026-11-20', latestBefore: '2026-11-01' }],
    });
    await t.must('shipments:setStatus', { id: saved.id, status: 'cancelled' });
    expect((await t.must('dashboard:missingRates', {})).total).toBe(0);
  });
});
