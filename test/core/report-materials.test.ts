import type { CellFormulaValue, Worksheet } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { reportCentre } from './report-production-centre';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-12-31' });
  await reportCentre(t);
});
afterEach(() => t.close());

function rowValues(sheet: Worksheet, row: number): unknown[] {
  return Array.from((sheet.getRow(row).values as unknown[]).slice(1), (value) => (value && typeof value === 'object' && 'result' in value ? (value as CellFormulaValue).result : (value ?? null)));
}

function headerRowOf(sheet: Worksheet): number {
  for (let row = 1; row < 20; row++) if (['No.', 'Uraian'].includes(String(sheet.getCell(row, 1).value))) return row;
  throw new Error('no header');
}

describe('the materials figures', () => {
  it('values stock, consumption and receipts in rupiah, flags reorder, lists open POs and the last plan', async () => {
    const report = await t.must('reports:materials', { from: '2026-11', to: '2026-12' });
    expect(report.asOf).toBe('2026-12-31');
    expect(report.materials.map((m) => [m.materialCode, m.unitCostIdr, m.onHand, m.stockValueIdr, m.consumed, m.consumedValueIdr, m.received, m.receivedValueIdr, m.ordered, m.isBelowReorder])).toEqual([
      ['RSL-YKK', 8000, 100, 800_000, 0, 0, 100, 800_000, 0, false],
      ['BNG-01', 20, 6000, 120_000, 4000, 80_000, 10_000, 200_000, 0, false],
      ['KLT-SAPI', 45_000, 145, 6_525_000, 25, 1_125_000, 50, 2_250_000, 100, true],
      // No cost: unknown, not zero.
      ['LEM-01', null, 10, null, 0, null, 0, null, 0, false],
    ]);
    expect(report.totals).toEqual({ stockValueIdr: 7_445_000, consumedValueIdr: 1_205_000, receivedValueIdr: 3_250_000, openValueIdr: 4_500_000, suggestionsValueIdr: 9_000_000 });
    expect([report.unvalued, report.belowReorder, report.belowSafety, report.hasStock]).toEqual([['LEM-01'], 1, 0, true]);
    expect(report.openPurchases).toEqual([expect.objectContaining({ poNo: 'PO-2026-0001', openQty: 100, valueIdr: 4_500_000, isLate: true })]);
    expect(report.plan).toMatchObject({ today: '2026-12-28', lines: [{ materialCode: 'KLT-SAPI', materialName: 'Kulit sapi', qty: 200, late: true, valueIdr: 9_000_000 }] });
  });

  it('leaves out a suggestion once it is on a purchase order, and puts it back when that order is cancelled', async () => {
    // The order made before the plan ran (PO-2026-0001) was counted by the plan as supply: it covers nothing.
    expect((await t.must('reports:materials', { from: '2026-12', to: '2026-12' })).plan).toMatchObject({ lines: [{ materialCode: 'KLT-SAPI' }], onPurchaseOrders: 0 });
    const [po] = await t.must('purchases:fromPlan', {});
    const report = await t.must('reports:materials', { from: '2026-12', to: '2026-12' });
    expect(report.plan).toMatchObject({ lines: [], onPurchaseOrders: 1 });
    expect(report.totals.suggestionsValueIdr).toBe(0);
    // The new draft is an open purchase instead, not late (expected after the lead time).
    expect(report.openPurchases.map((line) => [line.poNo, line.isLate])).toEqual([['PO-2026-0001', true], [po.poNo, false]]);
    await t.must('purchases:setStatus', { id: po.id, status: 'cancelled' });
    expect((await t.must('reports:materials', { from: '2026-12', to: '2026-12' })).plan?.lines.map((line) => [line.materialCode, line.late])).toEqual([['KLT-SAPI', true]]);
  });

  it('says so when nothing was planned and the ledger is empty at the period end', async () => {
    t.app.db.prepare('DELETE FROM plan_run').run();
    const report = await t.must('reports:materials', { from: '2025-01', to: '2025-03' });
    expect([report.hasStock, report.plan, report.totals.stockValueIdr]).toEqual([false, null, 0]);
  });

  it('writes the workbook: summary as live sums of the stock sheet, stock and use, open POs, suggestions', async () => {
    const file = await t.must('files:report', { name: 'materials', from: '2026-11', to: '2026-12' });
    expect(file.fileName).toBe('laporan-bahan-2026-11-2026-12.xlsx');
    const workbook = await readWorkbook(madeBytes(file));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Stok & Pemakaian', 'PO Terbuka', 'Saran Pembelian']);
    const stock = workbook.getWorksheet('Stok & Pemakaian')!;
    const h = headerRowOf(stock);
    expect(rowValues(stock, h).slice(0, 8)).toEqual(['No.', 'Kode Bahan', 'Nama Bahan', 'Kategori', 'Satuan', 'Harga Satuan (Rp)', 'Stok Akhir', 'Nilai Stok (Rp)']);
    expect(rowValues(stock, h + 3)).toEqual([3, 'KLT-SAPI', 'Kulit sapi', 'kulit', 'sqft', 45_000, 145, 6_525_000, 30, 5, 25, 1_125_000, 50, 2_250_000, 100, 150, 20, 'di bawah titik pesan ulang']);
    expect(rowValues(stock, h + 4).slice(5, 8)).toEqual([null, 10, null]);
    expect(stock.getCell(h + 5, 8).value).toEqual({ formula: `SUBTOTAL(9,H${h + 1}:H${h + 4})`, result: 7_445_000 });
    expect(stock.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: `${h}:${h}` });
    const summary = workbook.getWorksheet('Ringkasan')!;
    const s = headerRowOf(summary);
    expect(summary.getCell(s + 2, 2).value).toEqual({ formula: `SUM('Stok & Pemakaian'!H${h + 1}:H${h + 4})`, result: 7_445_000 });
    expect(rowValues(summary, s + 6)).toEqual(['Saran pembelian yang belum dijadikan PO', 1]);
    expect(rowValues(summary, s + 8)).toEqual(['Bahan di bawah titik pesan ulang', 1]);
    const open = workbook.getWorksheet('PO Terbuka')!;
    expect(rowValues(open, headerRowOf(open) + 1)).toEqual([1, 'PO-2026-0001', 'Penyamakan Magetan', new Date(Date.UTC(2026, 11, 10)), new Date(Date.UTC(2026, 11, 20)), 'dipesan', 'KLT-SAPI', 'Kulit sapi', 100, 'sqft', 4_500_000, 'ya']);
    const suggestions = workbook.getWorksheet('Saran Pembelian')!;
    expect(rowValues(suggestions, headerRowOf(suggestions) + 1)).toEqual([1, 'KLT-SAPI', 'Kulit sapi', 200, 'sqft', 'Penyamakan Magetan', new Date(Date.UTC(2026, 11, 27)), new Date(Date.UTC(2027, 0, 10)), 'ya', 9_000_000]);
  });
});
