import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../main/core/lists/import';
import { completePaperDetails } from '../api/paper-details';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
});
afterEach(() => t.close());

const options = { dryRun: false, skipInvalid: false };

/** The columns of a workbook's first sheet by header text on row 5 (the app's own layout). */
function columnsOf(workbook: ExcelJS.Workbook): Map<string, number> {
  const columns = new Map<string, number>();
  workbook.worksheets[0].getRow(5).eachCell((cell, col) => columns.set(String(cell.value), col));
  return columns;
}

/** Label (column A) → value (column I) of the invoice sheet's rows below the lines. */
function invoiceSums(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const sums = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string' && row.getCell(1).isMerged) sums.set(label, row.getCell(9).value);
  });
  return sums;
}

describe('the inland cost through Excel', () => {
  it('goes out in the export’s inland cost column and comes back into an empty centre with the same FOB', async () => {
    const exw = await t.must('shipments:save', acmeShipment({ incoterm: 'EXW', inlandCost: 18_050 }));
    const exported = await readWorkbook(madeBytes((await t.must('files:export', { kind: 'shipments' }))));
    const columns = columnsOf(exported);
    const cell = (row: number, header: string) => exported.worksheets[0].getRow(row).getCell(columns.get(header) ?? 0).value;
    expect([cell(6, 'Biaya Darat'), cell(7, 'Biaya Darat')]).toEqual([180.5, 180.5]);
    // Not entered stays empty, never 0; the lines' FOB add up to the shipment's.
    expect([cell(6, 'Ongkos Angkut'), cell(6, 'Asuransi')]).toEqual([null, null]);
    expect(Math.round(((cell(6, 'FOB (USD)') as number) + (cell(7, 'FOB (USD)') as number)) * 100)).toBe(exw.value.fobUsdCents);

    const again = await tempApp({ today: '2026-11-23' });
    try {
      await shipmentCentre(again);
      const buffer = Buffer.from(await exported.xlsx.writeBuffer());
      expect(await importFile(again.ctx, 'shipments', 'export.xlsx', buffer, options)).toEqual({ valid: 2, imported: 2, errors: [] });
      const copy = await again.must('shipments:get', { id: (await again.must('shipments:list', {}))[0].id });
      expect([copy.incoterm, copy.inlandCost, copy.freight, copy.insurance, copy.value]).toEqual([exw.incoterm, 18_050, null, null, exw.value]);
    } finally {
      again.close();
    }
  });

  it('reads the inland cost as people head it, in the currency of the row, and leaves an EXW shipment without it unknown', async () => {
    const keys = ['shipment_no', 'buyer_code', 'order_no', 'sku', 'qty', 'etd', 'incoterm', 'currency', 'Biaya trucking'];
    const rows = [
      ['SHP-2026-030', 'US-ACME', 'SO-2026-101', 'TW-001', 100, '01/12/2026', 'EXW Tanggulangin', 'USD', 95.25],
      ['SHP-2026-031', 'US-ACME', 'SO-2026-101', 'KP-020', 50, '01/12/2026', 'EXW Tanggulangin', 'USD', null],
    ];
    const outcome = await importFile(t.ctx, 'shipments', 'p.xlsx', await workbookBuffer({ name: 'P', rows: [keys, ...rows] }), options);
    expect(outcome).toEqual({ valid: 2, imported: 2, errors: [] });
    const list = await t.must('shipments:list', {});
    const byNo = new Map(list.map((s) => [s.shipmentNo, s]));
    expect(byNo.get('SHP-2026-030')).toMatchObject({ fobValue: 100 * 1250 + 9_525, fobGaps: [] });
    expect(byNo.get('SHP-2026-031')).toMatchObject({ fobValue: null, fobUsdCents: null, fobGaps: ['inlandCost'] });
  });
});

describe('the commercial invoice workbook', () => {
  it('adds the inland cost of an EXW shipment to the FOB value (a live formula) and names the day of the rate used', async () => {
    const exw = await t.must('shipments:save', acmeShipment({ incoterm: 'EXW', inlandCost: 18_000 }));
    await completePaperDetails(t);
    const file = await t.must('files:shipment', { id: exw.id });
    const sheet = (await readWorkbook(madeBytes(file))).getWorksheet('Commercial Invoice')!;
    const sums = invoiceSums(sheet);
    expect(sums.get('Plus inland cost to port of loading')).toBe(180);
    expect(sums.get('FOB value (FOB)')).toMatchObject({ formula: expect.stringMatching(/^I\d+\+I\d+$/), result: 5_205 });
    expect(sums.get('FOB value in USD — Rate 30/11/2026: IDR 16,745 per USD')).toBe(5_205);
    expect(sums.get('FOB value in IDR — Rate 30/11/2026: IDR 16,745 per USD')).toBe(87_157_725);
  });

  it('leaves the FOB cells of a CIF shipment without insurance empty and says why, never 0', async () => {
    const cif = await t.must('shipments:save', acmeShipment({ incoterm: 'CIF', freight: 31_000 }));
    await completePaperDetails(t);
    const file = await t.must('files:shipment', { id: cif.id });
    const sheet = (await readWorkbook(madeBytes(file))).getWorksheet('Commercial Invoice')!;
    const sums = invoiceSums(sheet);
    expect(sums.get('Less freight')).toBe(310);
    expect(sums.get('Less insurance — no data yet: insurance not entered')).toBeNull();
    expect(sums.get('FOB value (FOB) — no data yet')).toBeNull();
    expect(sums.get('FOB value in USD — no data yet')).toBeNull();
    expect(sums.get('FOB value in IDR — no data yet')).toBeNull();
  });
});
