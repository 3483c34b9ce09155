import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { memberSheet, workbookBuffer } from '../fixtures/workbooks';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeAll(async () => {
  t = await tempApp();
});
afterAll(() => t.close());

it('an error list naming 100.000 problems, most on rows the file does not have, stays one small workbook', async () => {
  const file = await workbookBuffer(memberSheet([[1, 'INT-0001', 'Siti Aminah', null, 'hp?', null, null, 'aktif']]));
  const preview = await t.must('imports:preview', { kind: 'members', fileName: 'a.xlsx', dataBase64: file.toString('base64'), update: false });
  const dataRow = preview.headerRow + 1;
  const errors = Array.from({ length: 100_000 }, (_, i) => ({ row: i % 2 === 0 ? dataRow : dataRow + i, column: 'No. HP/WA', message: 'salah' }));
  const result = await t.must('imports:errorWorkbook', {
    fileName: 'a.xlsx', dataBase64: file.toString('base64'), sheetName: preview.sheetName, headerRow: preview.headerRow, errors,
  });
  expect(result.fileName).toBe('a-daftar-error.xlsx');
  const bytes = madeBytes(result);
  expect(bytes.length).toBeLessThan(2_000_000);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(preview.headerRow + 1).getCell(2).value).toBe('INT-0001');
  const reason = String(sheet.getRow(preview.headerRow + 1).getCell(9).value);
  expect(reason.length).toBe(32_767);
  expect(reason.startsWith(`baris ${dataRow} · No. HP/WA: salah; No. HP/WA: salah`)).toBe(true);
  expect(sheet.getRow(preview.headerRow + 2).getCell(2).value).toBeNull();
});
