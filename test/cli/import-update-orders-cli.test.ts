import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/api/files';
import { translator } from '../../shared/i18n';
import { importKinds } from '../../main/core/lists/kinds';
import { sentraJson } from '../helpers/cli';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-ordupd-'));
  db = join(dir, 'c.sqlite');
  expect((await sentraJson('demo', '--db', db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stored<T>(sql: string, ...params: unknown[]): T {
  const connection = new Database(db, { readonly: true });
  try {
    return connection.prepare(sql).get(...params) as T;
  } finally {
    connection.close();
  }
}

describe('sentra import orders F.xlsx --update', () => {
  it('prints the same counts in the dry run as in the run, and changes the one quantity', async () => {
    const line = stored<{ orderNo: string; sku: string; qty: number }>(
      `SELECT o.order_no AS orderNo, p.sku, l.qty FROM sales_order o JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = l.product_id
       WHERE o.status = 'draft' ORDER BY o.id, l.line_no LIMIT 1`,
    );
    const orders = stored<{ n: number }>('SELECT COUNT(*) AS n FROM sales_order').n;
    const lines = stored<{ n: number }>('SELECT COUNT(*) AS n FROM order_line').n;
    const source = join(dir, 'orders.xlsx');
    expect((await sentraJson('export', 'orders', '--db', db, '--out', source)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(source);
    const sheet = workbook.worksheets[0];
    let header = 0;
    sheet.eachRow((row, number) => {
      if (header === 0 && Array.isArray(row.values) && row.values.includes('SKU')) header = number;
    });
    const headers = sheet.getRow(header).values as ExcelJS.CellValue[];
    const [noColumn, skuColumn, qtyColumn] = ['No. Pesanan', 'SKU', 'Jumlah Pesan'].map((name) => headers.indexOf(name));
    expect(Math.min(noColumn, skuColumn, qtyColumn)).toBeGreaterThan(0);
    for (let number = header + 1; number <= sheet.rowCount; number++) {
      const row = sheet.getRow(number);
      if (row.getCell(noColumn).value === line.orderNo && row.getCell(skuColumn).value === line.sku) row.getCell(qtyColumn).value = line.qty + 7;
    }
    const edited = join(dir, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);

    const dry = await sentraJson('import', 'orders', edited, '--db', db, '--update', '--dry-run');
    expect(Object.keys(dry.value)).toEqual(['valid', 'imported', 'updated', 'unchanged', 'errors']);
    expect(dry).toEqual({ code: 0, value: { valid: lines, imported: 0, updated: 1, unchanged: orders - 1, errors: [] } });
    expect(stored<{ qty: number }>('SELECT qty FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.order_no = ? AND l.line_no = 1', line.orderNo).qty).toBe(line.qty);
    expect(await sentraJson('import', 'orders', edited, '--db', db, '--update')).toEqual(dry);
    expect(stored<{ qty: number }>('SELECT qty FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.order_no = ? AND l.line_no = 1', line.orderNo).qty).toBe(line.qty + 7);
    // Without --update the stored numbers stay errors, as before.
    const plain = await sentraJson('import', 'orders', edited, '--db', db, '--dry-run');
    expect(plain.code).toBe(1);
    expect(plain.value.imported).toBe(0);
  });
});

/** The column's header as the export writes it, in Bahasa Indonesia. */
function headerOf(kind: ImportKind, key: string): string {
  const spec = importKinds[kind].specs.find((s) => s.key === key);
  if (!spec) throw new Error(`no column ${key}`);
  return translator('id')(spec.label);
}

// The CLI's dry run takes its counts from one block for every kind (main/cli/commands/registry.ts); the core's
// test (test/core/import-update-orders.test.ts) proves the counts of each kind, so one list proves the door here.
describe('--update --dry-run prints what the run writes, for a list with a key', () => {
  const cases: { kind: ImportKind; column: string; value: (old: ExcelJS.CellValue) => ExcelJS.CellValue }[] = [
    { kind: 'members', column: 'phone', value: () => '081355554444' },
  ];
  for (const { kind, column, value } of cases) {
    it(kind, async () => {
      const source = join(dir, `${kind}.xlsx`);
      expect((await sentraJson('export', kind, '--db', db, '--out', source)).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(source);
      const sheet = workbook.worksheets[0];
      const header = headerOf(kind, column);
      let place = { row: 0, column: 0 };
      sheet.eachRow((row, number) => {
        const index = Array.isArray(row.values) ? row.values.indexOf(header) : -1;
        if (place.row === 0 && index > 0) place = { row: number, column: index };
      });
      const cell = sheet.getRow(place.row + 1).getCell(place.column);
      cell.value = value(cell.value);
      const edited = join(dir, `${kind}-edited.xlsx`);
      await workbook.xlsx.writeFile(edited);
      const dry = await sentraJson('import', kind, edited, '--db', db, '--update', '--dry-run');
      expect(dry.value).toMatchObject({ imported: 0, updated: 1, errors: [] });
      expect(await sentraJson('import', kind, edited, '--db', db, '--update')).toEqual(dry);
    });
  }
});
