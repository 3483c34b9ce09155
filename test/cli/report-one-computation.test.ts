import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeReport, REPORTS } from '../../main/core/reports';
import { resolvePeriod } from '../../main/core/reports/period';
import { translator } from '../../shared/i18n';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import { ratesOfShippingWeek } from '../core/shipment-report-rates';
import { readWorkbook } from '../fixtures/workbooks';
import { sentraJson as sentra } from '../helpers/cli';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * One definition per report, computed once (main/core/reports): the worker computes a report, lays
 * its workbook out from that data and hands back the headline of the same data, which the CLI
 * prints. So the figures `--json` prints are the figures in the file the same run wrote.
 */

const t = translator('id');

/** The value (a live formula's cached result, or the number) beside the row labelled `label` in column `labelColumn`. */
function figureBeside(sheet: Worksheet | undefined, label: string, labelColumn: number, valueColumn: number): unknown {
  let found: unknown = 'no such row';
  sheet?.eachRow((row) => {
    if (row.getCell(labelColumn).value !== label) return;
    const value = row.getCell(valueColumn).value;
    found = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
  });
  return found;
}

/**
 * A centre whose exports are counted from two sources: the history (March 2026 USD 1.250,00,
 * March 2025 USD 980,00) and two shipments that left in November 2026 (Acme FOB USD 5.025,00,
 * Verhaegen USD 3.932,88: test/cli/report-shipments.test.ts): USD 10.207,88 this year.
 */
let centre: TempApp;
beforeAll(async () => {
  centre = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(centre);
  await ratesOfShippingWeek(centre);
  await centre.must('exports:save', { year: 2026, month: 3, country: 'JP', category: 'tas', hsCode: '4202.21', fobUsdCents: 125_000 });
  await centre.must('exports:save', { year: 2025, month: 3, country: 'JP', category: 'tas', hsCode: '4202.21', fobUsdCents: 98_000 });
  const acme = await centre.must('shipments:save', acmeShipment({ status: 'booked', etd: '2026-11-22', eta: '2026-12-15', containerType: '20' }));
  await centre.must('shipments:setStatus', { id: acme.id, status: 'shipped', pebNo: '000123', pebDate: '2026-11-20' });
  const belgium = await centre.must('shipments:save', {
    shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', status: 'booked', etd: '2026-11-21', eta: '2026-12-20', portOfDischarge: 'Antwerp (BEANR)',
    containerType: 'LCL', freight: 18_000, insurance: 1_500, lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
  });
  await centre.must('shipments:setStatus', { id: belgium.id, status: 'shipped', pebNo: '000124', pebDate: '2026-11-19' });
});
afterAll(() => rmSync(centre.dir, { recursive: true, force: true }));

describe('a report is computed once: the headline and the workbook come from the same data', () => {
  it('computes once and gives the workbook and the headline that one result', async () => {
    const definition = REPORTS['export-performance'];
    const compute = vi.spyOn(definition, 'compute');
    const workbook = vi.spyOn(definition, 'workbook');
    const headline = vi.spyOn(definition, 'headline');
    try {
      const made = await makeReport(centre.ctx, 'export-performance', resolvePeriod(centre.ctx, '2026-01', '2026-11'), { path: null });
      expect(compute).toHaveBeenCalledTimes(1);
      const data = compute.mock.results[0]?.value;
      expect(workbook).toHaveBeenCalledTimes(1);
      expect(workbook.mock.calls[0]?.[1]).toBe(data);
      expect(headline.mock.calls[0]?.[1]).toBe(data);
      expect(made.headline.json).toMatchObject({ current_usd: 10_207.88, previous_usd: 980 });
      const summary = (await readWorkbook(made.data ?? Buffer.alloc(0))).getWorksheet('Ringkasan');
      expect(figureBeside(summary, t('exports.workbook.summary.fob'), 1, 2)).toBe(made.headline.json.current_usd);
    } finally {
      vi.restoreAllMocks();
    }
  });

  describe('through the CLI (the worker writes the file and hands back the headline it printed)', () => {
    beforeAll(() => centre.app.db.close());

    it('prints the export-performance figures that are in the workbook it wrote', async () => {
      const out = join(centre.dir, 'kinerja.xlsx');
      const { code, value } = await sentra('report', 'export-performance', '--db', centre.dbPath, '--out', out, '--from', '2026-01', '--to', '2026-11', '--today', '2026-11-23');
      expect(code).toBe(0);
      expect(value).toMatchObject({ current_usd: 10_207.88, previous_usd: 980, months_with_data: 2, previous_months_with_data: 1 });
      const summary = (await readWorkbook(readFileSync(out))).getWorksheet('Ringkasan');
      expect({
        current_usd: figureBeside(summary, t('exports.workbook.summary.fob'), 1, 2),
        previous_usd: figureBeside(summary, t('exports.workbook.summary.fob'), 1, 3),
        months_with_data: figureBeside(summary, t('exports.workbook.summary.monthsWithData'), 1, 2),
        previous_months_with_data: figureBeside(summary, t('exports.workbook.summary.monthsWithData'), 1, 3),
      }).toEqual({ current_usd: value.current_usd, previous_usd: value.previous_usd, months_with_data: value.months_with_data, previous_months_with_data: value.previous_months_with_data });
    });

    it('prints the shipments figures that are in the workbook it wrote, and the same counted exports as export performance', async () => {
      const out = join(centre.dir, 'pengapalan.xlsx');
      const { code, value } = await sentra('report', 'shipments', '--db', centre.dbPath, '--out', out, '--from', '2026-01', '--to', '2026-11', '--today', '2026-11-23');
      expect(code).toBe(0);
      expect(value).toMatchObject({ shipments: 2, fob_usd: 8_957.88, export_usd: 10_207.88, booked: 0 });
      const summary = (await readWorkbook(readFileSync(out))).getWorksheet('Ringkasan');
      const item = (key: string) => figureBeside(summary, t(`reportShipments.item.${key}`), 2, 3);
      expect({
        shipments: item('shipments'), cartons: item('cartons'), fob_usd: item('fobUsd'), fob_idr: item('fobIdr'),
        export_usd: figureBeside(summary, t('exports.source.countedColumn'), 2, 3),
      }).toEqual({ shipments: value.shipments, cartons: value.cartons, fob_usd: value.fob_usd, fob_idr: value.fob_idr, export_usd: value.export_usd });
    });
  });
});
