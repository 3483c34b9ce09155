import ExcelJS from 'exceljs';
import type { ImportKind } from '../../shared/api/files';
import type { TempApp } from '../helpers/temp-app';
import { madeBytes } from '../helpers/made-file';

/** An exported list opened as a user opens it in Excel: cells found by the row's code and the column's header. */
export interface EditableList {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  /** The sheet row of a code in the first column that holds it. */
  rowOf(code: string): number;
  columnOf(header: string): number;
  set(code: string, header: string, value: ExcelJS.CellValue): void;
  get(code: string, header: string): ExcelJS.CellValue;
  bytes(): Promise<Buffer>;
}

export async function exportedList(t: TempApp, kind: ImportKind, keyHeader: string): Promise<EditableList> {
  const file = await t.must('files:export', { kind });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(madeBytes(file)).buffer);
  const sheet = workbook.worksheets[0];
  let headerRow = 0;
  let keyColumn = 0;
  sheet.eachRow((row, number) => {
    row.eachCell((cell, column) => {
      if (headerRow === 0 && cell.value === keyHeader) {
        headerRow = number;
        keyColumn = column;
      }
    });
  });
  if (headerRow === 0) throw new Error(`no header ${keyHeader}`);
  const columnOf = (header: string) => {
    const row = sheet.getRow(headerRow);
    for (let column = 1; column <= row.cellCount; column++) if (row.getCell(column).value === header) return column;
    throw new Error(`no column ${header}`);
  };
  const rowOf = (code: string) => {
    for (let number = headerRow + 1; number <= sheet.rowCount; number++) if (sheet.getRow(number).getCell(keyColumn).value === code) return number;
    throw new Error(`no row ${code}`);
  };
  return {
    sheet,
    headerRow,
    rowOf,
    columnOf,
    set: (code, header, value) => {
      sheet.getRow(rowOf(code)).getCell(columnOf(header)).value = value;
    },
    get: (code, header) => sheet.getRow(rowOf(code)).getCell(columnOf(header)).value,
    bytes: async () => Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

export function count(t: TempApp, sql: string, ...params: unknown[]): number {
  const row = t.app.db.prepare(sql).get(...params);
  return typeof row === 'object' && row !== null && 'n' in row ? Number(row.n) : -1;
}
