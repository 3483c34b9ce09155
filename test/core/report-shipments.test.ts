import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shipmentsReport } from '../../main/core/reports/shipments/report';
import { shipmentsWorkbook, shipmentsWorkbookFile } from '../../main/core/reports/shipments/workbook';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import { readWorkbook } from '../fixtures/workbooks';
import { ratesOfShippingWeek } from './shipment-report-rates';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * Two shipments that left in November 2026 (Acme to the USA in USD, Verhaegen to Belgium in EUR,
 * CIF with freight), one booked and one draft that have not; October has none.
 */
let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await shipmentCentre(t);
  await ratesOfShippingWeek(t);
  await t.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: '=HYPERLINK("x") & Co', address: 'Jl. Raya Kludan No. 68' });
  const acme = await t.must('shipments:save', acmeShipment({ status: 'booked', etd: '2026-11-22', eta: '2026-12-15', containerType: '20' }));
  await t.must('shipments:setStatus', { id: acme.id, status: 'shipped', pebNo: '000123', pebDate: '2026-11-20' });
  const belgium = await t.must('shipments:save', {
    shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', status: 'booked', etd: '2026-11-21', eta: '2026-12-20', portOfDischarge: 'Antwerp (BEANR)',
    containerType: 'LCL', freight: 18_000, insurance: 1_500, lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
  });
  await t.must('shipments:setStatus', { id: belgium.id, status: 'shipped', pebNo: '=SUM(A1)', pebDate: '2026-11-19' });
  await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-003', status: 'booked', etd: '2026-11-30', eta: '2026-12-20', containerType: 'LCL', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 50 }] }));
  await t.must('shipments:save', acmeShipment({ shipmentNo: 'SHP-2026-004', etd: '2026-11-29', eta: '2026-12-20', lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 20 }] }));
});
afterEach(() => t.close());

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The first row whose first or second cell holds `label`. */
function rowWith(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === label || row.getCell(2).value === label) return row;
  }
  throw new Error(`no row ${label} in ${sheet.name}`);
}

describe('the shipments report', () => {
  it('sums the shipments that left by country and month, from the values kept on each shipment', async () => {
    const report = await t.must('reports:shipments', { from: '2026-10', to: '2026-11' });
    const [acme, belgium] = await Promise.all([1, 2].map((id) => t.must('shipments:get', { id })));
    expect(report.shipments.map((s) => [s.shipmentNo, s.pebNo, s.month, s.status, s.fobUsdCents, s.fobIdr])).toEqual([
      ['SHP-2026-002', '=SUM(A1)', '2026-11', 'shipped', belgium.value.fobUsdCents, belgium.value.fobIdr],
      ['SHP-2026-001', '000123', '2026-11', 'shipped', acme.value.fobUsdCents, acme.value.fobIdr],
    ]);
    expect(report.totals).toEqual({
      shipments: 2, cartons: acme.totals.cartons + belgium.totals.cartons, volumeM3: Math.round((acme.totals.volumeM3 + belgium.totals.volumeM3) * 1000) / 1000,
      grossKg: Math.round((acme.totals.grossKg + belgium.totals.grossKg) * 1000) / 1000, fobUsdCents: 502_500 + 393_288, fobIdr: 84_143_625 + 65_856_105, countries: 2, lines: 3,
    });
    // Valued at the rates of their PEB dates (19 and 20 November): every FOB known, none left out.
    expect([acme.value.fobUsdCents, acme.value.fobIdr, belgium.value.fobUsdCents, belgium.value.fobIdr]).toEqual([502_500, 84_143_625, 393_288, 65_856_105]);
    expect(report.withoutFob).toEqual([]);
    expect(report.pending).toEqual({ booked: 1, draft: 1 });
    expect(report.missingMonths).toEqual(['2026-10']);
    expect(report.byCountry.map((c) => [c.country, c.label, c.shipments])).toEqual([['US', 'Amerika Serikat', 1], ['BE', 'Belgia', 1]]);
    expect(report.byCountry.reduce((sum, c) => sum + (c.sharePct ?? 0), 0)).toBeCloseTo(100, 1);
    expect(report.byMonth.map((m) => [m.label, m.shipments])).toEqual([['Oktober 2026', 0], ['November 2026', 2]]);
  });

  it('writes a streamed workbook with live totals, real numbers, print setup and user text kept as text', async () => {
    const { fileName, data } = await shipmentsWorkbook(t.ctx, shipmentsReport(t.ctx, { from: '2026-10', to: '2026-11', previousFrom: '2025-10', previousTo: '2025-11', partialMonth: null }));
    expect(fileName).toBe('laporan-pengapalan-2026-10-2026-11.xlsx');
    const workbook = await readWorkbook(data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Per Negara', 'Per Bulan', 'Pengapalan', 'Rincian Barang']);
    const report = await t.must('reports:shipments', { from: '2026-10', to: '2026-11' });

    const shipments = sheetNamed(workbook, 'Pengapalan');
    expect(shipments.getCell('A1').value).toBe('=HYPERLINK("x") & Co');
    expect(shipments.views[0]).toMatchObject({ state: 'frozen', xSplit: 2 });
    const header = Number(shipments.views[0].state === 'frozen' ? shipments.views[0].ySplit : 0);
    expect(shipments.getRow(header).getCell(2).value).toBe('No. Pengapalan');
    expect(shipments.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
    expect(shipments.headerFooter.oddHeader).toContain('=HYPERLINK("x") && Co');
    const first = shipments.getRow(header + 1);
    expect(first.getCell(2).value).toBe('SHP-2026-002');
    expect(first.getCell(7).value).toBe('=SUM(A1)');
    expect(first.getCell(8).value).toEqual(new Date(Date.UTC(2026, 10, 19)));
    expect(first.getCell(9).value).toBe('LCL');
    expect(first.getCell(13).value).toBe('EUR');
    expect(first.getCell(14).numFmt).toBe('#,##0.00');
    expect(first.getCell(16).value).toBe(report.shipments[0].fobIdr);
    expect(first.getCell(17).value).toBe('dikapalkan');
    // Keterangan: empty for a shipment whose FOB is known.
    expect([shipments.getRow(header).getCell(18).value, first.getCell(18).value]).toEqual(['Keterangan', null]);
    const total = shipments.getRow(header + 3);
    expect(total.getCell(1).value).toBe('Jumlah');
    expect(total.getCell(15).value).toEqual({ formula: `SUBTOTAL(9,O${header + 1}:O${header + 2})`, result: 8957.88 });
    expect(total.getCell(2).value).toEqual({ formula: `SUBTOTAL(3,B${header + 1}:B${header + 2})`, result: 2 });
    expect(shipments.autoFilter).toEqual(`A${header}:R${header + 2}`);

    const summary = sheetNamed(workbook, 'Ringkasan');
    expect(rowWith(summary, 'Nilai FOB (USD)').getCell(3).value).toEqual({ formula: `'Pengapalan'!O${header + 3}`, result: 8957.88 });
    expect(rowWith(summary, 'Dipesan (booking), belum berangkat').getCell(3).value).toBe(1);

    const months = sheetNamed(workbook, 'Per Bulan');
    const october = rowWith(months, 'Oktober 2026');
    expect([october.getCell(3).value, october.getCell(6).value, october.getCell(8).value, october.getCell(9).value]).toEqual([null, null, null, 'belum ada data']);
    expect(rowWith(months, 'Bulan tanpa pengapalan berangkat: Oktober 2026 — belum ada data, bukan nol.')).toBeDefined();

    const countries = sheetNamed(workbook, 'Per Negara');
    const us = rowWith(countries, 'US');
    expect(us.getCell(8).value).toMatchObject({ formula: `IF(SUM($G$${header + 1}:$G$${header + 2})=0,"",G${header + 1}/SUM($G$${header + 1}:$G$${header + 2}))` });

    const lines = sheetNamed(workbook, 'Rincian Barang');
    expect(lines.getRow(header + 1).getCell(7).value).toBe('TW-001');
    expect(rowWith(lines, 'Jumlah').getCell(10).value).toEqual({ formula: `SUBTOTAL(9,J${header + 1}:J${header + 3})`, result: 590 });
  });

  it('says there is no data instead of printing zeros, and splits the detail by year past the row limit', async () => {
    const nothingLeft = shipmentsReport(t.ctx, { from: '2026-01', to: '2026-03', previousFrom: '2025-01', previousTo: '2025-03', partialMonth: null });
    // The sums are unknown in the data itself, so the screen, the print, the CLI and the workbook read one answer.
    expect(nothingLeft.totals).toEqual({ shipments: 0, cartons: null, volumeM3: null, grossKg: null, fobUsdCents: null, fobIdr: null, countries: 0, lines: 0 });
    const empty = await readWorkbook((await shipmentsWorkbook(t.ctx, nothingLeft)).data);
    const summary = sheetNamed(empty, 'Ringkasan');
    expect(rowWith(summary, 'Karton').getCell(3).value).toBeNull();
    expect(rowWith(summary, 'Karton').getCell(4).value).toBe('belum ada data');
    expect(rowWith(summary, 'Nilai FOB (USD)').getCell(3).value).toBeNull();
    expect(rowWith(summary, 'Nilai FOB (USD)').getCell(4).value).toBe('belum ada data');
    expect(rowWith(sheetNamed(empty, 'Pengapalan'), 'Belum ada pengapalan yang berangkat pada periode ini (belum ada data).')).toBeDefined();
    const months = sheetNamed(empty, 'Per Bulan');
    expect(rowWith(months, 'Belum ada pengapalan yang berangkat pada periode ini (belum ada data).')).toBeDefined();
    expect(() => rowWith(months, 'Januari 2026')).toThrow('no row');

    const split = await readWorkbook((await shipmentsWorkbook(t.ctx, shipmentsReport(t.ctx, { from: '2026-10', to: '2026-11', previousFrom: '2025-10', previousTo: '2025-11', partialMonth: null }), { rowLimit: 2 })).data);
    expect(split.worksheets.map((sheet) => sheet.name).slice(4)).toEqual(['Rincian Barang 2026 (1)', 'Rincian Barang 2026 (2)']);
  });

  it('writes the same workbook straight into a file, as the command line and a background job save it', async () => {
    const period = { from: '2026-10', to: '2026-11', previousFrom: '2025-10', previousTo: '2025-11', partialMonth: null };
    const path = join(t.dir, 'pengapalan.xlsx');
    const { fileName } = await shipmentsWorkbookFile(t.ctx, shipmentsReport(t.ctx, period), path);
    expect(fileName).toBe('laporan-pengapalan-2026-10-2026-11.xlsx');
    const [inFile, inMemory] = await Promise.all([readWorkbook(readFileSync(path)), shipmentsWorkbook(t.ctx, shipmentsReport(t.ctx, period)).then(({ data }) => readWorkbook(data))]);
    expect(inFile.worksheets.map((sheet) => sheet.name)).toEqual(inMemory.worksheets.map((sheet) => sheet.name));
    for (const sheet of inFile.worksheets) {
      const other = sheetNamed(inMemory, sheet.name);
      expect([sheet.rowCount, sheet.autoFilter, sheet.views]).toEqual([other.rowCount, other.autoFilter, other.views]);
      sheet.eachRow((row, number) => expect(row.values).toEqual(other.getRow(number).values));
    }
  });
});
