import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentraJson } from '../helpers/cli';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-upd-'));
  db = join(dir, 'c.sqlite');
  expect((await sentraJson('demo', '--db', db)).code).toBe(0);
  expect((await sentraJson('export', 'members', '--db', db, '--out', join(dir, 'members.xlsx'))).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets[0];
}

function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): ExcelJS.CellValue[] {
  return Array.from({ length: width }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
}

/** The exported list's header row and the columns of the number and the phone. */
function place(sheet: ExcelJS.Worksheet): { header: number; width: number; number: number; phone: number } {
  for (let row = 1; row <= 10; row++) {
    const values = rowValues(sheet, row, sheet.getRow(row).cellCount);
    const number = values.indexOf('No. Anggota');
    if (number >= 0) return { header: row, width: values.length, number: number + 1, phone: values.indexOf('No. HP') + 1 };
  }
  throw new Error('no header');
}

describe('sentra import KIND F.xlsx --update', () => {
  it('prints the contract, writes the error workbook, and the fixed workbook imports cleanly', async () => {
    const source = join(dir, 'members.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(source);
    const sheet = workbook.worksheets[0];
    const { header, width, number, phone } = place(sheet);
    expect(phone).toBeGreaterThan(0);
    sheet.getRow(header + 1).getCell(phone).value = '081377778888';
    sheet.getRow(header + 2).getCell(phone).value = 'tanya pak RT';
    const bad = rowValues(sheet, header + 2, width);
    const edited = join(dir, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const errorsOut = join(dir, 'errors.xlsx');

    const dry = await sentraJson('import', 'members', edited, '--db', db, '--update', '--dry-run', '--errors-out', errorsOut);
    expect(dry.code).toBe(1);
    expect(Object.keys(dry.value)).toEqual(['valid', 'imported', 'updated', 'unchanged', 'errors']);
    expect(dry.value).toMatchObject({ valid: 275, imported: 0, updated: 0, unchanged: 274 });
    expect(dry.value.errors).toEqual([{ row: header + 2, column: 'No. HP', message: 'nomor HP hanya boleh berisi angka, spasi, tanda + atau -' }]);

    const errors = await open(errorsOut);
    // The title above the list comes along once, merged as it was, not repeated in every cell.
    expect(errors.getRow(1).getCell(1).value).toBe(sheet.getRow(1).getCell(1).value);
    expect(errors.getRow(1).getCell(2).isMerged).toBe(true);
    expect(errors.getRow(1).getCell(2).master.address).toBe('A1');
    expect(rowValues(errors, header, width + 1)).toEqual([...rowValues(sheet, header, width), 'Masalah']);
    expect(rowValues(errors, header + 1, width)).toEqual(bad);
    expect(errors.getRow(header + 1).getCell(width + 1).value)
      .toBe(`baris ${header + 2} · No. HP: nomor HP hanya boleh berisi angka, spasi, tanda + atau -`);
    expect(errors.getRow(header + 2).getCell(number).value).toBeNull();

    const skipped = await sentraJson('import', 'members', edited, '--db', db, '--update', '--skip-invalid');
    expect(skipped).toEqual({ code: 0, value: { valid: 275, imported: 0, updated: 1, unchanged: 274, errors: dry.value.errors } });

    // Fixed in the error workbook itself, which then imports as it is.
    const fixing = new ExcelJS.Workbook();
    await fixing.xlsx.readFile(errorsOut);
    fixing.worksheets[0].getRow(header + 1).getCell(phone).value = '081399990000';
    const fixed = join(dir, 'fixed.xlsx');
    await fixing.xlsx.writeFile(fixed);
    const again = await sentraJson('import', 'members', fixed, '--db', db, '--update', '--errors-out', join(dir, 'none.xlsx'));
    expect(again).toEqual({ code: 0, value: { valid: 1, imported: 0, updated: 1, unchanged: 0, errors: [] } });
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
    const members = join(dir, 'after.xlsx');
    await sentraJson('export', 'members', '--db', db, '--out', members);
    const after = await open(members);
    expect(after.getRow(header + 2).getCell(phone).value).toBe('081399990000');
    expect(after.getRow(header + 1).getCell(phone).value).toBe('081377778888');
  });

  it('refuses --update for stock, a ledger', async () => {
    const result = await sentraJson('import', 'stock', join(dir, 'members.xlsx'), '--db', db, '--update');
    expect(result.code).toBe(1);
    expect(result.value.errors).toEqual([
      { row: 0, column: '', message: 'Mutasi Stok tidak dapat diperbarui dari berkas: daftar ini hanya bisa ditambah (tanpa --update)' },
    ]);
  });
});
