import { expect } from 'vitest';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import type { TempApp } from '../helpers/temp-app';

/**
 * The audit's month: the centre ships Acme's bags and suitcases with PEB 12 September 2026, after
 * a history row for that month was typed (USD 100; left out with `historyRow: false`); September
 * 2025 has USD 50.000 of history. Returns the shipment's FOB in US cents.
 */
export async function twoSourceCentre(t: TempApp, options: { historyRow?: boolean } = {}): Promise<number> {
  await shipmentCentre(t);
  for (const validOn of ['2026-09-10', '2026-09-12']) await t.must('rates:save', { currency: 'USD', validOn, idrPerUnit: 16_420, source: 'BI JISDOR' });
  await t.must('exports:save', { year: 2025, month: 9, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 5_000_000 });
  if (options.historyRow !== false) await t.must('exports:save', { year: 2026, month: 9, country: 'US', category: 'tas', hsCode: '4202.21', fobUsdCents: 10_000 });
  const acme = await t.must('shipments:save', acmeShipment({ status: 'booked', invoiceDate: '2026-09-10', etd: '2026-09-14', eta: '2026-10-10', containerType: '20' }));
  await t.must('shipments:setStatus', { id: acme.id, status: 'shipped', pebNo: '000777', pebDate: '2026-09-12' });
  const shipped = await t.must('reports:shipments', { from: '2026-09', to: '2026-09' });
  const fobUsd = shipped.totals.fobUsdCents;
  if (fobUsd === null) throw new Error('the shipment of September has a rate within 7 days: its FOB is known');
  expect(fobUsd).toBeGreaterThan(10_000);
  return fobUsd;
}
