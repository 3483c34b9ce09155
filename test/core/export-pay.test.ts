import ExcelJS, { type CellFormulaValue, type Worksheet } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { workshopCentre } from '../api/production-centre';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';
import type { MadeFile } from '../../shared/api/files';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  const ids = await workshopCentre(t);
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-01', accepted: 38, rejected: 2, note: '=HYPERLINK("x")' });
  await t.must('deliveries:record', { assignmentId: ids.ua, deliveredOn: '2026-12-08', accepted: 10, rejected: 0 });
  await t.must('deliveries:record', { assignmentId: ids.ub, deliveredOn: '2026-12-10', accepted: 10, rejected: 0 });
  await t.must('advances:record', { unitCode: 'UA', paidOn: '2026-12-05', amount: 200_000 });
});
afterEach(() => t.close());

async function read(result: Result<MadeFile>): Promise<{ fileName: string; workbook: ExcelJS.Workbook }> {
  if (!result.ok) throw new Error(result.error.message);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(madeBytes(result.value)).buffer);
  return { fileName: result.value.fileName, workbook };
}

function headers(sheet: Worksheet): string[] {
  return (sheet.getRow(5).values as unknown[]).slice(1).map(String);
}

function formula(sheet: Worksheet, address: string): CellFormulaValue {
  return sheet.getCell(address).value as CellFormulaValue;
}

describe('the deliveries workbook', () => {
  it('lists the period oldest first with numbers, dates, the reject share and live totals', async () => {
    const { fileName, workbook } = await read(await t.call('files:deliveries', { from: '2026-12-01', to: '2026-12-31' }));
    expect(fileName).toBe('setoran-2026-12-01-2026-12-31.xlsx');
    const sheet = workbook.getWorksheet('Setoran')!;
    expect(sheet.getCell('A3').value).toBe('Periode 01/12/2026 s.d. 31/12/2026');
    expect(headers(sheet)).toEqual(['No.', 'Tanggal', 'Kode Unit', 'Nama Usaha', 'No. Pesanan', 'SKU', 'Diterima (pcs)', 'Ditolak QC (pcs)', '% Tolak', 'Catatan']);
    expect(sheet.getCell('B6').value).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(sheet.getCell('D6').value).toBe('Usaha UA');
    expect(sheet.getCell('G6').value).toBe(38);
    // A note that looks like a formula stays text.
    expect(sheet.getCell('J6').value).toBe('=HYPERLINK("x")');
    expect(formula(sheet, 'I6')).toMatchObject({ formula: 'IF(G6+H6=0,0,H6/(G6+H6))', result: 0.05 });
    expect(sheet.getCell('I6').numFmt).toBe('0.0%');
    expect(formula(sheet, 'G9')).toMatchObject({ formula: 'SUBTOTAL(9,G6:G8)', result: 58 });
    expect(formula(sheet, 'H9')).toMatchObject({ formula: 'SUBTOTAL(9,H6:H8)', result: 2 });
    expect(formula(sheet, 'I9')).toMatchObject({ formula: 'IF(G9+H9=0,0,H9/(G9+H9))', result: 2 / 60 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '5:5' });
    expect(sheet.headerFooter.oddFooter).toContain('&P');
  });

  it("keeps to one workshop's deliveries when asked", async () => {
    const { workbook } = await read(await t.call('files:deliveries', { from: '2026-12-01', to: '2026-12-31', unitCode: 'UB' }));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A3').value).toBe('Periode 01/12/2026 s.d. 31/12/2026 · Unit usaha UB Usaha UB');
    expect(sheet.getCell('C6').value).toBe('UB');
    expect(sheet.getCell('A7').value).toBe('Jumlah');
  });
});

describe('the piece-rate pay workbook', () => {
  it('writes one row per workshop with net as a live formula, and the lines with amount = accepted × rate', async () => {
    const statements = await t.must('pieceRates:statement', { from: '2026-12-01', to: '2026-12-31' });
    const { fileName, workbook } = await read(await t.call('files:pieceRates', { from: '2026-12-01', to: '2026-12-31' }));
    expect(fileName).toBe('ongkos-jahit-2026-12-01-2026-12-31.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Rincian']);
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect(headers(summary)).toEqual([
      'No.', 'No. Slip', 'Kode Unit', 'Nama Usaha', 'Pemilik', 'No. Anggota', 'Diterima (pcs)', 'Ditolak QC (pcs)', 'Ongkos Kotor (Rp)', 'Kasbon (Rp)',
      'Kelebihan Bahan (Rp)', 'Dibayar Bersih (Rp)',
    ]);
    expect(summary.getCell('B6').value).toBe('belum dicetak');
    expect(summary.getCell('C6').value).toBe('UA');
    expect(summary.getCell('F6').value).toBe('INT-1');
    expect(summary.getCell('G6').value).toBe(48);
    expect(summary.getCell('I6').value).toBe(864_000);
    expect(summary.getCell('J6').value).toBe(200_000);
    expect(summary.getCell('K6').value).toBe(statements[0].materialOveruse);
    expect(formula(summary, 'L6')).toMatchObject({ formula: 'I6-J6-K6', result: statements[0].net });
    expect(summary.getCell('I6').numFmt).toBe('#,##0');
    const net = statements.reduce((s, x) => s + x.net, 0);
    expect(formula(summary, 'L8')).toMatchObject({ formula: 'SUBTOTAL(9,L6:L7)', result: net });
    expect(formula(summary, 'I8').result).toBe(864_000 + 168_000);

    const lines = workbook.getWorksheet('Rincian')!;
    expect(headers(lines)).toEqual([
      'No.', 'Kode Unit', 'Nama Usaha', 'No. SPK', 'No. Pesanan', 'SKU', 'Diterima (pcs)', 'Ditolak QC (pcs)', 'Tarif/pcs (Rp)', 'Koreksi (Rp)', 'Jumlah (Rp)', 'Catatan',
    ]);
    expect(lines.getCell('D6').value).toBe('SPK-2026-00001');
    expect(lines.getCell('I6').value).toBe(18_000);
    expect(formula(lines, 'K6')).toMatchObject({ formula: 'G6*I6+J6', result: 864_000 });
    expect(formula(lines, 'K7')).toMatchObject({ formula: 'G7*I7+J7', result: 168_000 });
    expect(formula(lines, 'K8')).toMatchObject({ formula: 'SUBTOTAL(9,K6:K7)', result: 1_032_000 });
  });

  it('names printed slips and writes a correction entered by hand in its own column', async () => {
    await t.must('pay:issueSlips', { from: '2026-12-01', to: '2026-12-31', unitCode: 'UA' });
    await t.must('pay:correct', { unitCode: 'UB', onDate: '2026-12-20', amount: -16_800, note: 'satu tas dikembalikan pembeli' });
    const { workbook } = await read(await t.call('files:pieceRates', { from: '2026-12-01', to: '2026-12-31' }));
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect([summary.getCell('B6').value, summary.getCell('B7').value]).toEqual(['SLIP-2026-00001', 'belum dicetak']);
    const lines = workbook.getWorksheet('Rincian')!;
    expect([lines.getCell('B8').value, lines.getCell('G8').value, lines.getCell('I8').value, lines.getCell('J8').value]).toEqual(['UB', 0, 0, -16_800]);
    expect(formula(lines, 'K8')).toMatchObject({ formula: 'G8*I8+J8', result: -16_800 });
    expect(lines.getCell('L8').value).toBe('satu tas dikembalikan pembeli');
  });

  it('refuses a period that ends before it starts, and speaks English when asked', async () => {
    const refused = await t.call('files:pieceRates', { from: '2026-12-31', to: '2026-12-01' });
    expect(refused.ok ? '' : refused.error.message).toBe('Tanggal akhir periode tidak boleh sebelum tanggal awal.');
    const { fileName, workbook } = await read(await t.call('files:pieceRates', { from: '2026-12-01', to: '2026-12-31' }, 'en'));
    expect(fileName).toBe('piece-rate-pay-2026-12-01-2026-12-31.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Lines']);
  });
});

describe("the workshops' material workbook", () => {
  it('writes each account with the balance as a live formula, overuse in red, and counts the lines', async () => {
    const { fileName, workbook } = await read(await t.call('files:workshopMaterials', {}));
    expect(fileName).toBe('bahan-di-unit-2026-12-31.xlsx');
    const sheet = workbook.getWorksheet('Bahan di Unit')!;
    expect(sheet.getCell('A3').value).toBe('Per tanggal 31/12/2026');
    expect(headers(sheet)).toEqual([
      'No.', 'Kode Unit', 'Nama Usaha', 'Kode Bahan', 'Nama Bahan', 'Satuan', 'Dikeluarkan', 'Dikembalikan', 'Terpakai', 'Susut Diizinkan', 'Saldo',
    ]);
    // UB's leather: 20 issued, 20 used, 5 waste allowed: 5 over.
    expect([sheet.getCell('B9').value, sheet.getCell('D9').value, sheet.getCell('G9').value]).toEqual(['UB', 'KLT-SAPI', 20]);
    expect(formula(sheet, 'K9')).toMatchObject({ formula: 'ROUND(G9-H9-I9-J9,4)', result: -5 });
    expect(sheet.getCell('K9').numFmt).toBe('#,##0.00;[Red]-#,##0.00');
    expect(formula(sheet, 'D10')).toMatchObject({ formula: 'SUBTOTAL(3,D6:D9)', result: 4 });
    const one = await read(await t.call('files:workshopMaterials', { unitCode: 'UA', asOf: '2026-11-30' }));
    expect(one.workbook.worksheets[0].getCell('A3').value).toBe('Per tanggal 30/11/2026 · Unit usaha UA Usaha UA');
    expect(one.workbook.worksheets[0].getCell('K7').value).toMatchObject({ result: 100 });
  });
});
