import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryWorkbook, templateWorkbook } from '../../main/core/lists/workbooks';
import { importFile, previewImport } from '../../main/core/lists/import';
import { translator } from '../../shared/i18n';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { readWorkbook } from '../fixtures/workbooks';

const TODAY = '2026-11-23';
let t: TempApp;
let fresh: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: TODAY });
  fresh = await tempApp({ today: TODAY });
});
afterEach(() => {
  t.close();
  fresh.close();
});

const CENTRE = { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' };
const FORMULA_NAME = '=HYPERLINK("http://contoh.invalid","klik")';

async function arrange(app: TempApp): Promise<void> {
  await app.must('centre:save', CENTRE);
  await app.must('members:save', {
    memberNo: 'INT-0001', name: 'Siti Aminah', nik: '3515064107800001', phone: '081234567890', gender: 'P',
    address: 'Jl. Raya Kludan 12, RT 03/RW 01', village: 'Kludan', district: 'Tanggulangin', regency: 'Sidoarjo',
    joinedOn: '1976-04-03', status: 'aktif',
  });
  await app.must('members:save', { memberNo: '0276', name: FORMULA_NAME, phone: '+62 857-1234-5678', status: 'non-aktif', joinedOn: '2024-08-17' });
  await app.must('members:save', { memberNo: 'INT-0300', name: 'Ahmad Fauzi', status: 'keluar' });
  await app.must('units:save', {
    unitCode: 'UU-001', name: 'Tas Mawar', ownerMemberNo: 'INT-0001', nib: '9120001234567', kbli: '15121', address: 'Kludan',
    village: 'Kludan', categories: ['tas', 'dompet'], workers: 12, monthlyCapacity: 1500, qualityGrade: 'A', isActive: true,
  });
  await app.must('units:save', { unitCode: 'UU-002', name: '+Koper & Co', categories: ['koper'], workers: 4, monthlyCapacity: 30, isActive: false });
}

/** Every cell value of the first sheet, row by row, for comparing two workbooks. */
function cellValues(workbook: ExcelJS.Workbook): unknown[][] {
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      values[c] = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
    });
    rows[n] = values;
  });
  return rows;
}

function cellAt(workbook: ExcelJS.Workbook, header: string, row: number): ExcelJS.Cell {
  const sheet = workbook.worksheets[0];
  let col = 0;
  sheet.getRow(5).eachCell((cell, c) => {
    if (cell.value === header) col = c;
  });
  if (col === 0) throw new Error(`no column ${header}`);
  return sheet.getRow(row).getCell(col);
}

describe('registry export → import round trip', () => {
  it('members come back unchanged in a fresh database', async () => {
    await arrange(t);
    const first = await registryWorkbook(t.ctx, 'members');
    await fresh.must('centre:save', CENTRE);
    const outcome = await importFile(fresh.ctx, 'members', 'anggota.xlsx', first, { dryRun: false, skipInvalid: false });
    expect(outcome).toEqual({ valid: 3, imported: 3, errors: [] });
    const second = await registryWorkbook(fresh.ctx, 'members');
    expect(cellValues(await readWorkbook(second))).toEqual(cellValues(await readWorkbook(first)));
  });

  it('units come back unchanged once their owners are in', async () => {
    await arrange(t);
    await fresh.must('centre:save', CENTRE);
    await importFile(fresh.ctx, 'members', 'a.xlsx', await registryWorkbook(t.ctx, 'members'), { dryRun: false, skipInvalid: false });
    const first = await registryWorkbook(t.ctx, 'units');
    const preview = await previewImport(fresh.ctx, 'units', 'unit.xlsx', first);
    expect(preview.ignoredHeaders).toEqual([]);
    expect(preview.errors).toEqual([]);
    await importFile(fresh.ctx, 'units', 'unit.xlsx', first, { dryRun: false, skipInvalid: false });
    const second = await registryWorkbook(fresh.ctx, 'units');
    expect(cellValues(await readWorkbook(second))).toEqual(cellValues(await readWorkbook(first)));
  });

  it('a workbook exported in English imports too (labels, status and yes/no words, category names)', async () => {
    await arrange(t);
    const english = { ...t.ctx, locale: 'en' as const, t: translator('en') };
    const members = await registryWorkbook(english, 'members');
    const units = await registryWorkbook(english, 'units');
    expect((await readWorkbook(units)).worksheets[0].getCell('J6').value).toBe('Bags, Wallets');
    expect(await importFile(fresh.ctx, 'members', 'members.xlsx', members, { dryRun: false, skipInvalid: false })).toMatchObject({ imported: 3 });
    expect(await importFile(fresh.ctx, 'units', 'units.xlsx', units, { dryRun: false, skipInvalid: false })).toMatchObject({ imported: 2 });
    const statuses = (await fresh.must('members:list', {})).map((m) => m.status);
    expect(statuses).toEqual(['non-aktif', 'aktif', 'keluar']);
    expect((await fresh.must('units:list', {})).map((u) => [u.isActive, u.categories])).toEqual([[true, ['tas', 'dompet']], [false, ['koper']]]);
  });

  it('re-importing into the same database reports every number as already registered', async () => {
    await arrange(t);
    const outcome = await importFile(t.ctx, 'members', 'a.xlsx', await registryWorkbook(t.ctx, 'members'), { dryRun: false, skipInvalid: false });
    expect(outcome.imported).toBe(0);
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([[6, 'No. Anggota'], [7, 'No. Anggota'], [8, 'No. Anggota']]);
  });
});

describe('what an accountant sees in the exported file', () => {
  it('keeps NIK, phone and member numbers as text and user text that looks like a formula as a string', async () => {
    await arrange(t);
    const workbook = await readWorkbook(await registryWorkbook(t.ctx, 'members'));
    // Sorted by member number: 0276, INT-0001, INT-0300 on rows 6–8.
    const nik = cellAt(workbook, 'NIK KTP', 7);
    expect(nik.value).toBe('3515064107800001');
    expect(nik.numFmt).toBe('@');
    expect(cellAt(workbook, 'No. HP', 6).value).toBe('085712345678');
    expect(cellAt(workbook, 'No. HP', 6).numFmt).toBe('@');
    expect(cellAt(workbook, 'No. Anggota', 6).value).toBe('0276');
    const name = cellAt(workbook, 'Nama Anggota', 6);
    expect(name.value).toBe(FORMULA_NAME);
    expect(name.formula).toBeUndefined();
    expect(typeof name.value).toBe('string');
  });

  it('writes dates as real dates formatted dd/mm/yyyy', async () => {
    await arrange(t);
    const workbook = await readWorkbook(await registryWorkbook(t.ctx, 'members'));
    const joined = cellAt(workbook, 'Tanggal Masuk', 7);
    expect(joined.value).toEqual(new Date(Date.UTC(1976, 3, 3)));
    expect(joined.numFmt).toBe('dd/mm/yyyy');
    expect(cellAt(workbook, 'Tanggal Masuk', 8).value).toBeNull();
  });

  it('puts the centre above a bold, frozen, filtered header, and live totals below the units', async () => {
    await arrange(t);
    const workbook = await readWorkbook(await registryWorkbook(t.ctx, 'units'));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Unit Usaha');
    expect(sheet.getCell('A1').value).toBe('Daftar Unit Usaha');
    expect(sheet.getCell('A2').value).toBe('Koperasi INTAKO — Sentra IKM Tanggulangin');
    expect(sheet.getCell('A3').value).toBe('Keadaan per 23/11/2026');
    expect(sheet.getCell('B5').value).toBe('Kode Unit');
    expect(sheet.getCell('B5').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(cellAt(workbook, 'Tenaga Kerja', 6).value).toBe(12);
    expect(cellAt(workbook, 'Tenaga Kerja', 6).numFmt).toBe('#,##0');
    expect(cellAt(workbook, 'NIB', 6).value).toBe('9120001234567');
    expect(cellAt(workbook, 'Jenis Produk', 6).value).toBe('Tas, Dompet');
    expect(cellAt(workbook, 'Aktif', 7).value).toBe('tidak');
    expect(sheet.getCell('A8').value).toBe('Jumlah');
    expect(cellAt(workbook, 'Tenaga Kerja', 8).value).toEqual({ formula: 'SUBTOTAL(9,K6:K7)', result: 16 });
    expect(cellAt(workbook, 'Kapasitas (pcs/bulan)', 8).value).toEqual({ formula: 'SUBTOTAL(9,L6:L7)', result: 1530 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '5:5' });
    expect(sheet.headerFooter.oddFooter).toContain('&P / &N');
    expect(sheet.headerFooter.oddHeader).toContain('Daftar Unit Usaha');
  });
});

describe('the import template', () => {
  it('has the export’s header and an instruction, and imports as an empty list', async () => {
    const buffer = await templateWorkbook(t.ctx, 'units');
    const workbook = await readWorkbook(buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(5).values).toEqual((await readWorkbook(await registryWorkbook(t.ctx, 'units'))).worksheets[0].getRow(5).values);
    expect(String(sheet.getCell('A3').value)).toContain('Tas, Koper, Dompet');
    expect(sheet.getColumn(4).numFmt).toBe('@');
    const preview = await previewImport(t.ctx, 'units', 'template.xlsx', buffer);
    expect(preview).toMatchObject({ headerRow: 5, total: 0, valid: 0, errors: [], ignoredHeaders: [] });
  });

  it('formats the NIK column as text so a typed NIK keeps its 16 digits', async () => {
    const workbook = await readWorkbook(await templateWorkbook(t.ctx, 'members'));
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('D5').value).toBe('NIK KTP');
    expect(sheet.getColumn(4).numFmt).toBe('@');
    expect(sheet.getColumn(11).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('L6').dataValidation).toMatchObject({ type: 'list', formulae: ['"aktif,non-aktif,keluar"'] });
  });
});
