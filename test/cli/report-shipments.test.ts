import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import { readWorkbook } from '../fixtures/workbooks';
import { ratesOfShippingWeek } from '../core/shipment-report-rates';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { sentraJson as sentra } from '../helpers/cli';



/**
 * A centre with two shipments that left in November 2026: Acme 250 bags at USD 12,50 and 100
 * suitcases at USD 19,00 (FOB USD 5.025,00 = Rp 84.143.625 at Rp 16.745; 121 cartons, 7,816 m³),
 * Verhaegen 240 bags at EUR 15,00 CIF (EUR 3.600,00 less EUR 195,00 freight and insurance = EUR
 * 3.405,00 = Rp 65.856.105 at Rp 19.341 = USD 3.932,88; 20 cartons of 0,096 m³), and one booked
 * that has not left. The rates are those of their PEB dates (19 and 20 November, test/core/shipment-report-rates.ts).
 */
let t: TempApp;
beforeAll(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
  await ratesOfShippingWeek(t);
  const acme = await t.must('shipments:save', acmeShipment({ status: 'booked', etd: '2026-11-22', eta: '2026-12-15', containerType: '20' }));
  await t.must('shipments:setStatus', { id: acme.id, status: 'shipped', pebNo: '000123', pebDate: '2026-11-20' });
  const belgium = await t.must('shipments:save', {
    shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', status: 'booked', etd: '2026-11-21', eta: '2026-12-20', portOfDischarge: 'Antwerp (BEANR)',
    containerType: 'LCL', freight: 18_000, insurance: 1_500, lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
  });
  await t.must('shipments:setStatus', { id: belgium.id, status: 'shipped', pebNo: '000124', pebDate: '2026-11-19' });
  await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-003', status: 'booked', etd: '2026-11-30', eta: '2026-12-20', containerType: 'LCL', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 50 }] }));
  t.app.db.close();
});
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

describe('sentra report shipments', () => {
  it('writes the workbook and prints the headline figures of the shipments that left', async () => {
    const out = join(t.dir, 'pengapalan.xlsx');
    const report = await sentra('report', 'shipments', '--db', t.dbPath, '--out', out, '--from', '2026-11', '--to', '2026-11', '--today', '2026-11-23');
    expect(report).toEqual({
      code: 0,
      value: {
        shipments: 2, cartons: 141, volume_m3: 9.736, fob_usd: 8957.88, fob_idr: 149_999_730, countries: 2, booked: 1, draft: 0, without_fob: [],
        from: '2026-11', to: '2026-11', previous_from: '2025-11', previous_to: '2025-11', partialMonth: { month: '2026-11', throughDay: 23 },
        export_usd: 8957.88, months_with_data: 1, missing_months: [], by_month: [{ month: '2026-11', fob_usd: 8957.88, export_usd: 8957.88, source: 'shipments' }],
        month_sources: [],
      },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Per Negara', 'Per Bulan', 'Pengapalan', 'Rincian Barang']);
  });

  it('gives no sums, rather than zeros, for a period no shipment left in', async () => {
    const out = join(t.dir, 'kosong.xlsx');
    expect(await sentra('report', 'shipments', '--db', t.dbPath, '--out', out, '--from', '2026-01', '--to', '2026-06', '--today', '2026-11-23')).toEqual({
      code: 0,
      value: {
        shipments: 0, cartons: null, volume_m3: null, fob_usd: null, fob_idr: null, countries: 0, booked: 0, draft: 0, without_fob: [],
        from: '2026-01', to: '2026-06', previous_from: '2025-01', previous_to: '2025-06', partialMonth: null, export_usd: null, months_with_data: 0,
        missing_months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
        // A month no shipment left in has no FOB sum: null, not 0.
        by_month: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((month) => ({ month, fob_usd: null, export_usd: null, source: null })),
        month_sources: [],
      },
    });
  });
});
