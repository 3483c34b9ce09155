import ExcelJS, { type CellFormulaValue, type Worksheet } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { seedCentre } from '../planning/centre';
import { madeBytes } from '../helpers/made-file';
import type { MadeFile } from '../../shared/api/files';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
  // PO-2026-0001: leather 100 sqft × Rp 45.000 and thread 2.000 m × Rp 20, ordered, 60,5 sqft received.
  const leather = await t.must('purchases:save', {
    supplier: 'Penyamakan Magetan', orderDate: '2026-11-20', expectedOn: '2026-12-04', note: '=HYPERLINK("x")',
    lines: [{ materialCode: 'KLT-SAPI', qty: 100, unitCost: 45_000 }, { materialCode: 'BNG-01', qty: 2000, unitCost: 20 }],
  });
  await t.must('purchases:setStatus', { id: leather.id, status: 'ordered' });
  await t.must('purchases:receive', { id: leather.id, receivedOn: '2026-11-23', lines: [{ materialCode: 'KLT-SAPI', qty: 60.5 }] });
  // PO-2026-0002: a draft for thread only.
  await t.must('purchases:save', { supplier: 'Toko Benang Sidoarjo', orderDate: '2026-11-23', expectedOn: '2026-11-26', lines: [{ materialCode: 'BNG-01', qty: 5000, unitCost: 18 }] });
});
afterEach(() => t.close());

async function read(result: Result<MadeFile>): Promise<{ fileName: string; workbook: ExcelJS.Workbook }> {
  if (!result.ok) throw new Error(result.error.message);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(madeBytes(result.value)).buffer);
  return { fileName: result.value.fileName, workbook };
}

function row(sheet: Worksheet, rowNumber: number): unknown[] {
  return (sheet.getRow(rowNumber).values as unknown[]).slice(1);
}

function formula(sheet: Worksheet, address: string): CellFormulaValue {
  return sheet.getCell(address).value as CellFormulaValue;
}

describe('the purchases workbook', () => {
  it('lists the orders and their lines as real numbers and dates, with live totals already computed', async () => {
    const { fileName, workbook } = await read(await t.call('files:purchases', {}));
    expect(fileName).toBe('pembelian-2026-11-23.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Daftar PO', 'Baris PO']);

    const orders = workbook.getWorksheet('Daftar PO')!;
    expect(orders.getCell('A1').value).toBe('Pesanan Pembelian (PO) — Daftar PO');
    expect(orders.getCell('A3').value).toBe('Per tanggal 23/11/2026 · semua status');
    expect(row(orders, 5)).toEqual([
      'No.', 'No. PO', 'Pemasok', 'Tanggal PO', 'Perkiraan Datang', 'Status', 'Jumlah Baris', 'Mata Uang', 'Nilai PO', 'Nilai Diterima', 'Diterima (%)', 'Catatan',
    ]);
    expect(row(orders, 6).slice(0, 10)).toEqual([1, 'PO-2026-0001', 'Penyamakan Magetan', new Date(Date.UTC(2026, 10, 20)), new Date(Date.UTC(2026, 11, 4)), 'Dipesan', 2, 'IDR', 4_540_000, 2_722_500]);
    // The note is text, never a formula, whatever the user typed.
    expect(orders.getCell('L6').value).toBe('=HYPERLINK("x")');
    expect(orders.getCell('I6').numFmt).toBe('#,##0');
    // Cached as the formula computes it (2.722.500 ÷ 4.540.000), not rounded to what the cell shows.
    expect(formula(orders, 'K6')).toMatchObject({ formula: 'IF(I6=0,0,J6/I6)', result: 2_722_500 / 4_540_000 });
    expect(orders.getCell('K6').numFmt).toBe('0.0%');
    expect(row(orders, 7).slice(1, 9)).toEqual(['PO-2026-0002', 'Toko Benang Sidoarjo', new Date(Date.UTC(2026, 10, 23)), new Date(Date.UTC(2026, 10, 26)), 'Draf', 1, 'IDR', 90_000]);

    expect(orders.getCell('A8').value).toBe('Jumlah');
    expect(formula(orders, 'B8')).toMatchObject({ formula: 'SUBTOTAL(3,B6:B7)', result: 2 });
    expect(formula(orders, 'I8')).toMatchObject({ formula: 'SUBTOTAL(9,I6:I7)', result: 4_630_000 });
    expect(orders.getCell('I8').numFmt).toBe('#,##0');
    expect(orders.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(orders.autoFilter).toBe('A5:L7');
    expect(orders.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '5:5' });
    expect(orders.headerFooter.oddFooter).toContain('Halaman &P / &N');

    const lines = workbook.getWorksheet('Baris PO')!;
    expect(row(lines, 5)).toEqual([
      'No.', 'No. PO', 'Pemasok', 'Status', 'Kode Bahan', 'Nama Bahan', 'Jumlah Pesan', 'Satuan', 'Harga Satuan', 'Jumlah Harga', 'Sudah Diterima', 'Sisa', 'Mata Uang',
    ]);
    expect(row(lines, 6).slice(0, 9)).toEqual([1, 'PO-2026-0001', 'Penyamakan Magetan', 'Dipesan', 'KLT-SAPI', 'Kulit sapi', 100, 'sqft', 45_000]);
    expect(formula(lines, 'J6')).toMatchObject({ formula: 'ROUND(G6*I6,IF(OR(M6="IDR",M6="JPY"),0,2))', result: 4_500_000 });
    expect(lines.getCell('K6').value).toBe(60.5);
    expect(formula(lines, 'L6')).toMatchObject({ formula: 'MAX(0,G6-K6)', result: 39.5 });
    expect(lines.getCell('A9').value).toBe('Jumlah');
    expect(formula(lines, 'J9')).toMatchObject({ formula: 'SUBTOTAL(9,J6:J8)', result: 4_630_000 });
  });

  it('exports only the chosen statuses and speaks English when asked', async () => {
    const { workbook } = await read(await t.call('files:purchases', { statuses: ['draft'] }));
    const orders = workbook.getWorksheet('Daftar PO')!;
    expect(orders.getCell('A3').value).toBe('Per tanggal 23/11/2026 · status: Draf');
    expect(orders.getCell('B6').value).toBe('PO-2026-0002');
    expect(orders.getCell('A7').value).toBe('Jumlah');
    expect(workbook.getWorksheet('Baris PO')!.getCell('E6').value).toBe('BNG-01');

    const english = await read(await t.call('files:purchases', {}, 'en'));
    expect(english.fileName).toBe('purchases-2026-11-23.xlsx');
    expect(english.workbook.worksheets.map((s) => s.name)).toEqual(['Purchase Orders', 'PO Lines']);
    expect(english.workbook.getWorksheet('Purchase Orders')!.getCell('F6').value).toBe('Ordered');
  });

  it('leaves money untotalled when orders are in different currencies', async () => {
    t.app.db.prepare("UPDATE material SET currency = 'USD' WHERE material_code = 'BNG-01'").run();
    await t.must('purchases:save', { supplier: 'Thread Co', orderDate: '2026-11-23', expectedOn: '2026-11-30', lines: [{ materialCode: 'BNG-01', qty: 10, unitCost: 250 }] });
    const { workbook } = await read(await t.call('files:purchases', {}));
    const orders = workbook.getWorksheet('Daftar PO')!;
    expect(orders.getCell('I9').value).toBeNull();
    // 10 m at USD 2,50.
    expect(orders.getCell('I8').value).toBe(25);
    expect(orders.getCell('I8').numFmt).toBe('#,##0.00');
    expect(formula(orders, 'G9')).toMatchObject({ result: 4 });
  });
});
