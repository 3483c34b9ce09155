import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * Once the centre ships through the app, a month without a shipment shipped nothing: the reports
 * count it as zero. Months before the first shipment (and without history) stay unknown.
 * Here the first shipment left in September 2026; October and November have none.
 */
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
  await t.must('rates:save', { currency: 'USD', validOn: '2026-09-01', idrPerUnit: 16_420, source: 'BI JISDOR' });
  const acme = await t.must('shipments:save', acmeShipment({ status: 'booked', invoiceDate: '2026-09-10', etd: '2026-09-14', eta: '2026-10-10', containerType: '20' }));
  await t.must('shipments:setStatus', { id: acme.id, status: 'shipped', pebNo: '000777', pebDate: '2026-09-12' });
});
afterEach(() => t.close());

describe('months known to the export reports', () => {
  it('counts the months since the first shipment as zero where nothing left, and earlier months as unknown', async () => {
    const report = await t.must('reports:exportPerformance', { from: '2026-08', to: '2026-11' });
    expect(report.currentUsdCents).toBeGreaterThan(0);
    expect(report.missingMonths).toEqual(['2026-08']);
    expect(report.byMonth.map((line) => [line.key, line.currentKnown, line.currentKnown ? line.currentUsdCents : null])).toEqual([
      ['2026-08', false, null], ['2026-09', true, report.currentUsdCents], ['2026-10', true, 0], ['2026-11', true, 0],
    ]);
    // A year earlier there was neither a shipment nor history.
    expect(report.missingPreviousMonths).toEqual(['2025-08', '2025-09', '2025-10', '2025-11']);

    const shipments = await t.must('reports:shipments', { from: '2026-08', to: '2026-11' });
    expect(shipments.missingMonths).toEqual(['2026-08']);
    expect(shipments.byMonth.map((line) => [line.month, line.shipments])).toEqual([['2026-08', 0], ['2026-09', 1], ['2026-10', 0], ['2026-11', 0]]);
  });

  it('gives the roadmap\'s export actual the months the data knows, zero-export months included', async () => {
    const view = await t.must('roadmap:save', { name: 'Roadmap 2026', startYear: 2026, endYear: 2026, baselineYear: 2025, kpis: [{ standard: 'export-usd' }] });
    const cell = view.kpis[0].years.find((year) => year.year === 2026);
    // September to November 2026: three months known, one of them with exports.
    expect(cell?.monthsWithData).toBe(3);
  });
});
