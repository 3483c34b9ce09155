import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipmentsReport } from '../../main/core/reports/shipments/report';
import { shipmentsWorkbook } from '../../main/core/reports/shipments/workbook';
import { acmeShipment, shipmentCentre } from '../api/shipment-centre';
import { readWorkbook } from '../fixtures/workbooks';
import { sentraJson as sentra } from '../helpers/cli';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { ratesOfShippingWeek } from './shipment-report-rates';
import { madeBytes } from '../helpers/made-file';

/**
 * Three shipments that left, each with a different state of its FOB:
 * - SHP-2026-001 to the USA, PEB Friday 20 November, valued at that day's rate: USD 5.025,00 =
 *   Rp 84.143.625, known in both;
 * - SHP-2026-005 to the USA, 24 bags, PEB Thursday 12 November: the last USD rate before it is of
 *   the 1st (11 days): USD 300,00 as invoiced, its rupiah value unknown (no rate within 7 days);
 * - SHP-2026-002 to Belgium, CIF, PEB 20 October, its freight and insurance not entered: its FOB
 *   unknown in every currency.
 * The sums take what is known, say how many they leave out and name them; nothing is counted as 0.
 */
let t: TempApp;
const OCT_NOV = { from: '2026-10', to: '2026-11', previousFrom: '2025-10', previousTo: '2025-11', partialMonth: null };
beforeAll(async () => {
  t = await tempApp({ today: '2026-12-07' });
  await shipmentCentre(t);
  await ratesOfShippingWeek(t);
  const acme = await t.must('shipments:save', acmeShipment({ status: 'booked', etd: '2026-11-22', eta: '2026-12-15', containerType: '20' }));
  await t.must('shipments:setStatus', { id: acme.id, status: 'shipped', pebNo: '000123', pebDate: '2026-11-20' });
  const early = await t.must('shipments:save', acmeShipment({
    shipmentNo: 'SHP-2026-005', status: 'booked', invoiceDate: '2026-11-12', etd: '2026-11-13', eta: '2026-12-10', containerType: 'LCL',
    lines: [{ orderNo: 'SO-2026-101', sku: 'TW-001', qty: 24 }],
  }));
  await t.must('shipments:setStatus', { id: early.id, status: 'shipped', pebNo: '000120', pebDate: '2026-11-12' });
  const belgium = await t.must('shipments:save', {
    shipmentNo: 'SHP-2026-002', buyerCode: 'BE-MVH', status: 'booked', invoiceDate: '2026-10-19', etd: '2026-10-21', eta: '2026-11-20',
    portOfDischarge: 'Antwerp (BEANR)', containerType: 'LCL', lines: [{ orderNo: 'SO-2026-103', sku: 'TW-001', qty: 240 }],
  });
  await t.must('shipments:setStatus', { id: belgium.id, status: 'shipped', pebNo: '000099', pebDate: '2026-10-20' });
});
afterAll(() => t.close());

function rowWith(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === label || row.getCell(2).value === label) return row;
  }
  throw new Error(`no row ${label} in ${sheet.name}`);
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('the shipments report with a shipment whose FOB is unknown', () => {
  it('keeps the unknown value null in its row, sums the known ones and names what it leaves out', async () => {
    const report = await t.must('reports:shipments', { from: '2026-10', to: '2026-11' });
    expect(report.shipments.map((s) => [s.shipmentNo, s.fobValue, s.fobUsdCents, s.fobIdr, s.fobGaps])).toEqual([
      ['SHP-2026-002', null, null, null, ['freight', 'insurance']],
      ['SHP-2026-005', 30_000, 30_000, null, ['rate']],
      ['SHP-2026-001', 502_500, 502_500, 84_143_625, []],
    ]);
    expect([report.totals.shipments, report.totals.fobUsdCents, report.totals.fobIdr]).toEqual([3, 502_500 + 30_000, 84_143_625]);
    expect(report.withoutFob).toEqual([
      { shipmentNo: 'SHP-2026-002', month: '2026-10', country: 'BE', gaps: ['freight', 'insurance'], leftOutOf: ['fobUsdCents', 'fobIdr'] },
      { shipmentNo: 'SHP-2026-005', month: '2026-11', country: 'US', gaps: ['rate'], leftOutOf: ['fobIdr'] },
    ]);
    // Belgium's only shipment has no known FOB: its sum and share are unknown, not 0 and 0 %.
    expect(report.byCountry.map((c) => [c.country, c.shipments, c.fobUsdCents, c.withoutFob, c.sharePct])).toEqual([
      ['US', 2, 532_500, 0, 100],
      ['BE', 1, null, 1, null],
    ]);
    expect(report.byMonth.map((m) => [m.month, m.shipments, m.fobUsdCents, m.fobIdr, m.withoutFob])).toEqual([
      ['2026-10', 1, null, null, 1],
      ['2026-11', 2, 532_500, 84_143_625, 1],
    ]);
    // October's only shipment has no known FOB: the month's exports are unknown (not 0) here and in export performance.
    expect(report.missingMonths).toEqual(['2026-10']);
    expect(report.byMonth.map((m) => m.countedUsdCents)).toEqual([null, 532_500]);
    const performance = await t.must('reports:exportPerformance', { from: '2026-10', to: '2026-11' });
    expect([performance.currentUsdCents, performance.byMonth.map((m) => [m.key, m.currentKnown])]).toEqual([532_500, [['2026-10', false], ['2026-11', true]]]);
    // October alone: nothing known, so no sum at all.
    const october = await t.must('reports:shipments', { from: '2026-10', to: '2026-10' });
    expect([october.totals.shipments, october.totals.fobUsdCents, october.totals.fobIdr, october.withoutFob.length, october.exports.usdCents]).toEqual([1, null, null, 1, null]);
  });

  it('gives null, not 0, in sentra report shipments --json, and lists the shipments without FOB', async () => {
    const run = (from: string, to: string) => sentra('report', 'shipments', '--db', t.dbPath, '--out', join(t.dir, `p-${from}.xlsx`), '--from', from, '--to', to, '--today', '2026-12-07');
    const both = await run('2026-10', '2026-11');
    expect(both.code).toBe(0);
    expect(both.value).toMatchObject({
      shipments: 3, fob_usd: 5325, fob_idr: 84_143_625,
      without_fob: [
        { shipment_no: 'SHP-2026-002', month: '2026-10', missing: ['freight', 'insurance'], left_out_of: ['fob_usd', 'fob_idr'] },
        { shipment_no: 'SHP-2026-005', month: '2026-11', missing: ['rate'], left_out_of: ['fob_idr'] },
      ],
      by_month: [{ month: '2026-10', fob_usd: null }, { month: '2026-11', fob_usd: 5325 }],
    });
    expect((await run('2026-10', '2026-10')).value).toMatchObject({
      shipments: 1, fob_usd: null, fob_idr: null, without_fob: [{ shipment_no: 'SHP-2026-002' }], export_usd: null, missing_months: ['2026-10'],
      by_month: [{ month: '2026-10', fob_usd: null, export_usd: null }],
    });
  });

  it('leaves the unknown cells empty with a remark in the workbook, and its totals say what they leave out', async () => {
    const workbook = await readWorkbook((await shipmentsWorkbook(t.ctx, shipmentsReport(t.ctx, OCT_NOV))).data);
    const shipments = sheetNamed(workbook, 'Pengapalan');
    const header = Number(shipments.views[0].state === 'frozen' ? shipments.views[0].ySplit : 0);
    const cells = (row: ExcelJS.Row) => [2, 14, 15, 16, 18].map((c) => row.getCell(c).value);
    expect([1, 2, 3].map((i) => cells(shipments.getRow(header + i)))).toEqual([
      ['SHP-2026-002', null, null, null, 'belum ada data: ongkos angkut, asuransi'],
      ['SHP-2026-005', 300, 300, null, 'belum ada data: kurs'],
      ['SHP-2026-001', 5025, 5025, 84_143_625, null],
    ]);
    const total = shipments.getRow(header + 4);
    expect([total.getCell(15).value, total.getCell(16).value]).toEqual([
      { formula: `SUBTOTAL(9,O${header + 1}:O${header + 3})`, result: 5325 },
      { formula: `SUBTOTAL(9,P${header + 1}:P${header + 3})`, result: 84_143_625 },
    ]);
    const named = 'Jumlah FOB tanpa 2 pengapalan yang nilai FOB-nya belum ada data: SHP-2026-002 (ongkos angkut, asuransi), SHP-2026-005 (kurs).';
    expect(rowWith(shipments, named)).toBeDefined();

    const summary = sheetNamed(workbook, 'Ringkasan');
    expect([3, 4].map((c) => rowWith(summary, 'Nilai FOB (USD)').getCell(c).value)).toEqual([
      { formula: `'Pengapalan'!O${header + 4}`, result: 5325 }, 'tanpa 1 pengapalan yang nilai FOB-nya belum ada data',
    ]);
    expect(rowWith(summary, 'Nilai FOB (Rp)').getCell(4).value).toBe('tanpa 2 pengapalan yang nilai FOB-nya belum ada data');
    expect(rowWith(summary, named)).toBeDefined();

    const countries = sheetNamed(workbook, 'Per Negara');
    expect([7, 8].map((c) => rowWith(countries, 'BE').getCell(c).value)).toEqual([null, null]);
    expect(rowWith(countries, named)).toBeDefined();
    const months = sheetNamed(workbook, 'Per Bulan');
    // October keeps its shipment count; its FOB and counted exports are empty, the remark says why.
    expect([3, 6, 7, 8, 9].map((c) => rowWith(months, 'Oktober 2026').getCell(c).value)).toEqual([1, null, null, null, 'tanpa 1 pengapalan yang nilai FOB-nya belum ada data']);
    const lines = sheetNamed(workbook, 'Rincian Barang');
    expect(rowWith(lines, 'SHP-2026-002').getCell(17).value).toBeNull();
  });

  it('writes no 0 for a total of nothing known: the cells are empty and say "belum ada data"', async () => {
    const workbook = await readWorkbook((await shipmentsWorkbook(t.ctx, shipmentsReport(t.ctx, { ...OCT_NOV, to: '2026-10', previousTo: '2025-10' }))).data);
    const summary = sheetNamed(workbook, 'Ringkasan');
    expect([3, 4].map((c) => rowWith(summary, 'Nilai FOB (USD)').getCell(c).value)).toEqual([null, 'belum ada data; tanpa 1 pengapalan yang nilai FOB-nya belum ada data']);
    const shipments = sheetNamed(workbook, 'Pengapalan');
    const total = rowWith(shipments, 'Jumlah');
    expect([total.getCell(2).value, total.getCell(15).value, total.getCell(16).value]).toMatchObject([{ result: 1 }, null, null]);
    const lines = sheetNamed(workbook, 'Rincian Barang');
    expect(rowWith(lines, 'Jumlah').getCell(17).value).toBeNull();
  });
});

describe('export performance and the dashboard beside a shipment whose FOB is unknown', () => {
  it('leave it out of their totals and name it, on screen words, in the workbook and in the dashboard tile', async () => {
    const performance = await t.must('reports:exportPerformance', { from: '2026-10', to: '2026-11' });
    expect(performance.withoutFob).toEqual({ current: [{ shipmentNo: 'SHP-2026-002', month: '2026-10', gaps: ['freight', 'insurance'] }], previous: [] });
    const shipments = await t.must('reports:shipments', { from: '2026-10', to: '2026-11' });
    expect(performance.currentUsdCents).toBe(shipments.exports.usdCents);

    const workbook = await readWorkbook(madeBytes((await t.must('files:report', { name: 'export-performance', from: '2026-10', to: '2026-11' }))));
    const texts: string[] = [];
    sheetNamed(workbook, 'Ringkasan').eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') texts.push(cell.value); }));
    expect(texts.some((text) => text.startsWith('Jumlah periode ini tanpa 1 pengapalan') && text.includes('SHP-2026-002 (ongkos angkut, asuransi)'))).toBe(true);

    // The dashboard's period (January–November 2026) holds October: its tile says it leaves one out.
    const board = await t.must('dashboard:get', {});
    expect(board.exports?.withoutFob).toEqual({ current: 1, previous: 0 });
  });
});
