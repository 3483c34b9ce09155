import ExcelJS, { type CellFormulaValue, type Worksheet } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { addOrder, seedCentre } from '../planning/centre';
import { madeBytes } from '../helpers/made-file';
import type { MadeFile } from '../../shared/api/files';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  seedCentre(t.app.db);
  const now = '2026-11-01T00:00:00.000Z';
  t.app.db.prepare("INSERT INTO supplier (id, name, created_at, updated_at) VALUES (2, 'Toko Benang Sidoarjo', ?, ?)").run(now, now);
  t.app.db.prepare('UPDATE material SET supplier_id = 2 WHERE id = 2').run();
  addOrder(t.app.db, { orderNo: 'DOM-1', buyerId: 2, shipBy: '2027-01-29', qty: 400 });
  addOrder(t.app.db, { orderNo: 'DOM-2', buyerId: 2, shipBy: '2027-01-29', productId: 2, qty: 100 });
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

/** The row whose first cell is the label. */
function rowLabelled(sheet: Worksheet, label: string): number {
  for (let r = 6; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === label) return r;
  throw new Error(`no row labelled ${label}`);
}

describe('the plan workbook', () => {
  it('refuses before the first plan', async () => {
    const result = await t.call('files:plan', {});
    expect(result.ok ? '' : result.error.message).toBe('Belum ada rencana produksi; jalankan perencanaan lebih dahulu.');
  });

  it('writes assignments, late lines and purchase suggestions by supplier, with live totals', async () => {
    const plan = await t.must('plan:run', {});
    const { fileName, workbook } = await read(await t.call('files:plan', {}));
    expect(fileName).toBe('rencana-produksi-2026-11-23.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Penugasan', 'Terlambat', 'Saran Pembelian']);

    const assignments = workbook.getWorksheet('Penugasan')!;
    expect(headers(assignments)).toEqual([
      'No.', 'No. Pesanan', 'SKU', 'Kode Unit', 'Nama Usaha', 'Jumlah (pcs)', 'Mulai', 'Selesai', 'Dikunci', 'Status', 'No. Anggota', 'Jam Kerja', 'Alasan Penempatan',
    ]);
    // Who owns the workshop and why the work is there, as the plan screen says it.
    expect(assignments.getRow(6).getCell(11).value).toMatch(/^INT-\d$/);
    expect(String(assignments.getRow(6).getCell(13).value)).toMatch(/^anggota, dibagi menurut sisa kapasitas: \d+ % dari pesanan/);
    expect(assignments.getRow(6).getCell(2).value).toBe('DOM-1');
    expect(typeof assignments.getRow(6).getCell(6).value).toBe('number');
    const total = assignments.getRow(6 + plan.assignments.length).getCell(6).value as CellFormulaValue;
    expect(total.formula).toBe(`SUBTOTAL(9,F6:F${5 + plan.assignments.length})`);
    expect(total.result).toBe(400);

    const late = workbook.getWorksheet('Terlambat')!;
    expect(headers(late)).toEqual(['No.', 'No. Pesanan', 'SKU', 'Kurang (pcs)', 'Alasan']);
    expect(late.getRow(6).getCell(4).value).toBe(100);
    expect(String(late.getRow(6).getCell(5).value)).toContain('kategori');

    const purchases = workbook.getWorksheet('Saran Pembelian')!;
    expect(headers(purchases).slice(0, 4)).toEqual(['No.', 'Pemasok', 'Kode Bahan', 'Jumlah']);
    const leather = plan.purchases.filter((p) => p.materialCode === 'KLT-SAPI');
    const thread = plan.purchases.filter((p) => p.materialCode === 'BNG-01');
    const magetan = rowLabelled(purchases, 'Jumlah Penyamakan Magetan');
    const magetanTotal = purchases.getRow(magetan).getCell(12).value as CellFormulaValue;
    expect(magetanTotal.formula).toBe(`SUBTOTAL(9,L6:L${magetan - 1})`);
    expect(magetanTotal.result).toBe(leather.reduce((s, p) => s + p.cost, 0));
    expect(purchases.getRow(6).getCell(4).value).toBe(leather[0].qty);
    const grand = purchases.getRow(rowLabelled(purchases, 'Jumlah')).getCell(12).value as CellFormulaValue;
    expect(grand.result).toBe(plan.purchases.reduce((s, p) => s + p.cost, 0));
    expect(thread.length).toBeGreaterThan(0);
    expect(purchases.getRow(rowLabelled(purchases, 'Jumlah Toko Benang Sidoarjo')).getCell(12).value).toMatchObject({
      result: thread.reduce((s, p) => s + p.cost, 0),
    });
  });

  it('leaves out what a purchase order already holds, as every other list of what to buy does', async () => {
    const plan = await t.must('plan:run', {});
    await t.must('purchases:fromPlan', { supplier: 'Toko Benang Sidoarjo' });
    const { workbook } = await read(await t.call('files:plan', {}));
    const purchases = workbook.getWorksheet('Saran Pembelian')!;
    const codes: unknown[] = [];
    for (let r = 6; r <= purchases.rowCount; r++) codes.push(purchases.getRow(r).getCell(3).value);
    expect(codes).not.toContain('BNG-01');
    expect(codes).toContain('KLT-SAPI');
    const leather = plan.purchases.filter((p) => p.materialCode === 'KLT-SAPI');
    const grand = purchases.getRow(rowLabelled(purchases, 'Jumlah')).getCell(12).value as CellFormulaValue;
    expect(grand.result).toBe(leather.reduce((s, p) => s + p.cost, 0));
  });

  it('speaks English when asked', async () => {
    await t.must('plan:run', {});
    const { fileName, workbook } = await read(await t.call('files:plan', {}, 'en'));
    expect(fileName).toBe('production-plan-2026-11-23.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Assignments', 'Late', 'Purchase Suggestions']);
    expect(headers(workbook.getWorksheet('Late')!)).toEqual(['No.', 'Order No.', 'SKU', 'Short (pcs)', 'Reason']);
  });
});
