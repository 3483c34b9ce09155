import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../main/core/lists/import';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { count, rowOf, seedSupply, stockSheet } from '../fixtures/supply-workbooks';
import { workbookBuffer } from '../fixtures/workbooks';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
  await seedSupply(t);
});
afterEach(() => t.close());

const MOVEMENT_HEADER = ['No', 'Kode Bahan', 'Jenis Mutasi', 'Tanggal', 'Jumlah', 'Kode Unit', 'Alasan'];

describe('an opening balance sheet', () => {
  it('reads a sheet without a kind column as opening balances', async () => {
    const file = await workbookBuffer(stockSheet([
      [1, 'KLT-SAPI', 'Kulit sapi finish', '31/12/2025', '1.234,5', 'hasil stok opname'],
      [2, 'fur-01', 'Furing katun', '31/12/2025', 80, null],
    ]));
    const preview = await previewImport(t.ctx, 'stock', 'saldo.xlsx', file);
    expect(preview.columns.map((c) => [c.key, c.header])).toEqual([
      ['material_code', 'Kode Bahan'], ['date', 'Per Tanggal'], ['qty', 'Saldo Awal'], ['note', 'Keterangan'],
    ]);
    expect(preview.ignoredHeaders).toEqual([]);
    expect(preview.rows[0].values).toMatchObject({ kind: 'saldo awal', qty: 1234.5, date: '31/12/2025' });
    expect(await importFile(t.ctx, 'stock', 'saldo.xlsx', file, { dryRun: false, skipInvalid: false })).toEqual({ valid: 2, imported: 2, errors: [] });
    const balances = await t.must('stock:balances', { asOf: '2026-01-01' });
    expect(balances.filter((b) => b.onHand !== 0).map((b) => [b.materialCode, b.onHand])).toEqual([['KLT-SAPI', 1234.5], ['FUR-01', 80]]);
  });
});

describe('movements that would break the ledger', () => {
  it('refuses stock going negative on the row that does it, counting the rows above it, and writes nothing', async () => {
    await t.must('stock:record', { materialCode: 'LEM-01', kind: 'opening', qty: 10, date: '2026-01-01' });
    const file = await workbookBuffer(stockSheet([
      [1, 'LEM-01', 'pengeluaran', '05/01/2026', 6, 'UU-001', null],
      [2, 'LEM-01', 'keluar', '06/01/2026', 5, 'UU-001', null],
      [3, 'LEM-01', 'penerimaan', '10/01/2026', 20, null, 'beli di Surabaya'],
      [4, 'LEM-01', 'issue', '11/01/2026', 20, 'UU-001', null],
    ], MOVEMENT_HEADER));
    const outcome = await importFile(t.ctx, 'stock', 'mutasi.xlsx', file, { dryRun: false, skipInvalid: false });
    expect(outcome).toEqual({
      valid: 3, imported: 0,
      errors: [{ row: rowOf(1), column: 'Jumlah', message: 'stok Lem kuning akan menjadi -1 kg pada 06/01/2026; tidak boleh negatif' }],
    });
    expect(count(t, 'stock_movement')).toBe(1);
  });

  it('needs a reason for an adjustment and a workshop for an issue, and knows the codes', async () => {
    const file = await workbookBuffer(stockSheet([
      [1, 'KLT-SAPI', 'saldo awal', '01/01/2026', 100, null, null],
      [2, 'KLT-SAPI', 'penyesuaian', '02/01/2026', -2, null, null],
      [3, 'KLT-SAPI', 'pengeluaran', '03/01/2026', 5, null, null],
      [4, 'ZIP-99', 'penerimaan', '03/01/2026', 5, null, null],
      [5, 'KLT-SAPI', 'pengeluaran', '03/01/2026', 5, 'UU-404', null],
      [6, 'KLT-SAPI', 'saldo awal', '03/01/2026', 0, null, null],
      [7, 'KLT-SAPI', 'pinjam', 'besok', 5, null, null],
    ], MOVEMENT_HEADER));
    const outcome = await importFile(t.ctx, 'stock', 'mutasi.xlsx', file, { dryRun: true, skipInvalid: false });
    expect(outcome.errors).toEqual([
      { row: rowOf(1), column: 'Alasan', message: 'penyesuaian stok wajib diberi alasan' },
      { row: rowOf(2), column: 'Kode Unit', message: 'pengeluaran dan pengembalian bahan wajib menyebut unit usaha' },
      { row: rowOf(3), column: 'Kode Bahan', message: 'bahan ZIP-99 tidak ditemukan' },
      { row: rowOf(4), column: 'Kode Unit', message: 'unit usaha UU-404 tidak ditemukan' },
      { row: rowOf(5), column: 'Jumlah', message: 'jumlah tidak boleh nol' },
      { row: rowOf(6), column: 'Jenis Mutasi', message: 'jenis mutasi harus opening, receipt, issue, return atau adjustment' },
      { row: rowOf(6), column: 'Tanggal', message: 'bukan tanggal yang benar (tulis hh/bb/tttt, mis. 17/08/2024)' },
    ]);
    expect(outcome.valid).toBe(1);
  });

  it('refuses a return larger than what the workshop holds, and writes the rest with skip-invalid', async () => {
    const file = await workbookBuffer(stockSheet([
      [1, 'FUR-01', 'saldo awal', '01/01/2026', 50, null, null],
      [2, 'FUR-01', 'pengeluaran', '02/01/2026', 10, 'UU-001', null],
      [3, 'FUR-01', 'retur', '05/01/2026', 12, 'UU-001', null],
      [4, 'FUR-01', 'pengembalian', '05/01/2026', 4, 'uu-001', 'sisa potong'],
    ], MOVEMENT_HEADER));
    const outcome = await importFile(t.ctx, 'stock', 'mutasi.xlsx', file, { dryRun: false, skipInvalid: true });
    expect(outcome).toEqual({
      valid: 3, imported: 3,
      errors: [{ row: rowOf(2), column: 'Jumlah', message: 'Unit UU-001 hanya memegang 10 m Furing katun pada 05/01/2026; pengembalian tidak boleh melebihinya.' }],
    });
    const held = await t.must('stock:workshops', { unitCode: 'UU-001' });
    expect(held.map((h) => [h.materialCode, h.held])).toEqual([['FUR-01', 6]]);
  });
});
