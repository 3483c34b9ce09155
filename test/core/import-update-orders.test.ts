import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/api/files';
import type { Order } from '../../shared/domain/orders';
import { importFile } from '../../main/core/lists/import';
import { importKinds } from '../../main/core/lists/kinds';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { count, exportedList } from './import-update-helpers';
import { madeBytes } from '../helpers/made-file';

let t: TempApp;
beforeAll(async () => {
  t = await tempApp();
  await t.must('demo:create', { seed: 1976 });
});
afterAll(() => t.close());

/** A column's header as the export writes it. */
function headerOf(kind: ImportKind, key: string): string {
  const spec = importKinds[kind].specs.find((s) => s.key === key);
  if (!spec) throw new Error(`no column ${key}`);
  return t.ctx.t(spec.label);
}

/** The exported orders workbook, as a user edits it: rows found by order number and SKU. */
async function exportedOrders() {
  const file = await t.must('files:export', { kind: 'orders' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(madeBytes(file)).buffer);
  const sheet = workbook.worksheets[0];
  const h = (key: string) => headerOf('orders', key);
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (headerRow === 0 && row.values instanceof Array && row.values.includes(h('order_no'))) headerRow = number;
  });
  const columnOf = (key: string) => {
    const values = sheet.getRow(headerRow).values;
    const index = values instanceof Array ? values.indexOf(h(key)) : -1;
    if (index < 1) throw new Error(`no column ${key}`);
    return index;
  };
  const rowsOf = (orderNo: string) => {
    const rows: number[] = [];
    for (let number = headerRow + 1; number <= sheet.rowCount; number++) {
      if (sheet.getRow(number).getCell(columnOf('order_no')).value === orderNo) rows.push(number);
    }
    return rows;
  };
  const rowOf = (orderNo: string, sku: string) => {
    const row = rowsOf(orderNo).find((number) => sheet.getRow(number).getCell(columnOf('sku')).value === sku);
    if (row === undefined) throw new Error(`no line ${orderNo} ${sku}`);
    return row;
  };
  const cell = (row: number, key: string) => sheet.getRow(row).getCell(columnOf(key));
  return { sheet, rowsOf, rowOf, cell, columnOf, bytes: async () => Buffer.from(await workbook.xlsx.writeBuffer()) };
}

async function ordersIn(statuses: string[], minLines: number): Promise<Order[]> {
  const rows = t.app.db
    .prepare(`SELECT o.id FROM sales_order o JOIN order_line l ON l.order_id = o.id WHERE o.status IN (${statuses.map(() => '?').join(',')})
              GROUP BY o.id HAVING COUNT(l.id) >= ? ORDER BY o.id`)
    .all(...statuses, minLines) as { id: number }[];
  return Promise.all(rows.map((row) => orderOf(row.id)));
}

function orderOf(id: number): Promise<Order> {
  return t.must('orders:get', { id });
}

/** Every order and line as stored, but the save stamps. */
function book(): Record<string, unknown>[] {
  return t.app.db
    .prepare(`SELECT o.order_no, o.status, o.order_date, o.ship_by, o.currency, o.idr_rate, o.note, o.buyer_id, o.value_idr,
                     l.line_no, l.product_id, l.qty, l.unit_price
              FROM sales_order o LEFT JOIN order_line l ON l.order_id = o.id ORDER BY o.id, l.line_no`)
    .all() as Record<string, unknown>[];
}

function dryRun(kind: ImportKind, bytes: Buffer) {
  return importFile(t.ctx, kind, `${kind}.xlsx`, bytes, { dryRun: true, skipInvalid: false, isUpdate: true });
}

describe('the exported orders workbook imported back with a few cells changed', () => {
  it('counts the same in the dry run and the real run, and changes exactly those cells', async () => {
    const [qtyOrder, dropOrder, shipOrder] = await ordersIn(['draft', 'confirmed'], 2);
    const list = await exportedOrders();
    const orderCount = count(t, 'SELECT COUNT(*) AS n FROM sales_order');
    const rowCount = count(t, 'SELECT COUNT(*) AS n FROM order_line');

    // One line's quantity.
    const qtyLine = qtyOrder.lines[0];
    list.cell(list.rowOf(qtyOrder.orderNo, qtyLine.sku), 'qty').value = qtyLine.qty + 10;
    // A line dropped: its row becomes a line the third order adds (a product that order lacks).
    const dropped = dropOrder.lines.at(-1);
    if (!dropped) throw new Error('no line');
    const freed = list.rowOf(dropOrder.orderNo, dropped.sku);
    const template = list.rowsOf(shipOrder.orderNo)[0];
    for (let column = 1; column <= list.sheet.columnCount; column++) {
      list.sheet.getRow(freed).getCell(column).value = list.sheet.getRow(template).getCell(column).value;
    }
    const products = await t.must('products:list', {});
    const added = products.find((p) => !shipOrder.lines.some((line) => line.sku === p.sku) && p.price !== null && p.price > 0);
    if (!added) throw new Error('no product to add');
    list.cell(freed, 'sku').value = added.sku;
    list.cell(freed, 'qty').value = 40;
    // The ship-by of the third order, on each of its rows.
    const newShipBy = new Date(Date.UTC(2027, 1, 15));
    for (const row of list.rowsOf(shipOrder.orderNo)) list.cell(row, 'ship_by').value = newShipBy;
    const bytes = await list.bytes();

    const expected = { valid: rowCount, imported: 0, updated: 3, unchanged: orderCount - 3, errors: [] };
    expect(await dryRun('orders', bytes)).toEqual(expected);
    const preview = await t.must('imports:preview', { kind: 'orders', fileName: 'o.xlsx', dataBase64: bytes.toString('base64'), update: true });
    expect(preview.update).toEqual({ newRows: 0, changedRows: 3, unchangedRows: orderCount - 3 });
    const shown = preview.rows.map((row) => ({ row: row.row, change: row.change }));
    expect(shown).toEqual(expect.arrayContaining([
      { row: list.rowOf(qtyOrder.orderNo, qtyLine.sku), change: { state: 'changed', cells: [{ key: 'qty', before: qtyLine.qty, after: qtyLine.qty + 10 }] } },
      { row: list.rowsOf(dropOrder.orderNo)[0], change: { state: 'changed', cells: [{ key: 'sku', before: dropped.sku, after: `baris dihapus (${dropped.qty} pcs)` }] } },
      // A line added to a stored order: its row is a change of that order, as the counters count it.
      { row: freed, change: { state: 'changed', cells: [{ key: 'sku', before: null, after: `baris baru ${added.sku} (40 pcs)` }] } },
    ]));
    const shipRow = shown.find((row) => row.row === list.rowsOf(shipOrder.orderNo)[0]);
    expect(shipRow?.change?.cells[0]).toEqual({ key: 'ship_by', before: formatted(shipOrder.shipBy), after: '15/02/2027' });
    expect(preview.rows.every((row) => row.change?.state !== 'unchanged')).toBe(true);

    const audits = count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'order' AND action = 'update'");
    const before = book();
    expect(await t.must('imports:commit', { importId: preview.importId, skipInvalid: false })).toEqual(expected);

    const after = book();
    const others = (rows: Record<string, unknown>[]) => rows.filter((row) => ![qtyOrder, dropOrder, shipOrder].some((o) => o.orderNo === row.order_no));
    expect(others(after)).toEqual(others(before));
    const qtyAfter = await orderOf(qtyOrder.id);
    expect(qtyAfter.lines.map((l) => [l.sku, l.qty, l.unitPrice])).toEqual(qtyOrder.lines.map((l, i) => [l.sku, i === 0 ? l.qty + 10 : l.qty, l.unitPrice]));
    const header = (o: Order) => [o.buyerCode, o.orderDate, o.shipBy, o.currency, o.status, o.note, o.buyerPo, o.paymentTerms];
    expect(header(qtyAfter)).toEqual(header(qtyOrder));
    expect((await orderOf(dropOrder.id)).lines.map((l) => l.sku)).toEqual(dropOrder.lines.slice(0, -1).map((l) => l.sku));
    const shipAfter = await orderOf(shipOrder.id);
    expect(shipAfter.shipBy).toBe('2027-02-15');
    expect(shipAfter.lines.map((l) => [l.sku, l.qty])).toEqual([...shipOrder.lines.map((l) => [l.sku, l.qty]), [added.sku, 40]]);
    // The added row was copied from the order's first line: its price, as written in the sheet.
    expect(shipAfter.lines.at(-1)?.unitPrice).toBe(shipOrder.lines[0].unitPrice);

    expect(count(t, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'order' AND action = 'update'")).toBe(audits + 3);
    const audit = t.app.db
      .prepare("SELECT before_json AS before, after_json AS after FROM audit_log WHERE entity = 'order' AND entity_id = ? ORDER BY id DESC LIMIT 1")
      .get(shipOrder.id) as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ shipBy: shipOrder.shipBy });
    expect(JSON.parse(audit.after)).toMatchObject({ shipBy: '2027-02-15' });

    // The same file again changes nothing more.
    expect(await dryRun('orders', await (await exportedOrders()).bytes())).toEqual({ ...expected, updated: 0, unchanged: orderCount });
  });
});

function formatted(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

describe('a locked order', () => {
  it('refuses a change by row and column, and writes nothing of the file', async () => {
    const [editable] = await ordersIn(['draft', 'confirmed'], 1);
    const [locked] = await ordersIn(['in-production'], 1);
    const list = await exportedOrders();
    const lockedRow = list.rowOf(locked.orderNo, locked.lines[0].sku);
    list.cell(lockedRow, 'qty').value = locked.lines[0].qty + 5;
    list.cell(list.rowOf(editable.orderNo, editable.lines[0].sku), 'qty').value = editable.lines[0].qty + 5;
    const before = book();
    const outcome = await t.must('imports:preview', { kind: 'orders', fileName: 'o.xlsx', dataBase64: (await list.bytes()).toString('base64'), update: true });
    expect(outcome.errors[0]).toEqual({
      row: lockedRow,
      column: headerOf('orders', 'qty'),
      message: `pesanan ${locked.orderNo} berstatus Diproduksi: tidak bisa diubah lagi, baik lewat formulir maupun lewat berkas`,
    });
    const committed = await t.must('imports:commit', { importId: outcome.importId, skipInvalid: false });
    expect(committed).toMatchObject({ imported: 0, updated: 0 });
    expect(book()).toEqual(before);
  });

  it('an order the file leaves as it is stays valid, whatever its status', async () => {
    const list = await exportedOrders();
    const result = await dryRun('orders', await list.bytes());
    expect(result.errors).toEqual([]);
    expect(result.updated).toBe(0);
  });
});

describe('--update --dry-run counts what the real run writes, for every list with a key', () => {
  const cases: { kind: ImportKind; key: string; column: string; value: (old: ExcelJS.CellValue) => ExcelJS.CellValue }[] = [
    { kind: 'members', key: 'member_no', column: 'phone', value: () => '081355554444' },
    { kind: 'units', key: 'unit_code', column: 'name', value: (old) => `${String(old)} Baru` },
    { kind: 'products', key: 'sku', column: 'name', value: (old) => `${String(old)} Baru` },
    { kind: 'bom', key: 'sku', column: 'waste_pct', value: (old) => Number(old) + 1 },
    { kind: 'materials', key: 'material_code', column: 'name', value: (old) => `${String(old)} Baru` },
    { kind: 'buyers', key: 'buyer_code', column: 'name', value: (old) => `${String(old)} Baru` },
  ];
  for (const { kind, key, column, value } of cases) {
    it(kind, async () => {
      const list = await exportedList(t, kind, headerOf(kind, key));
      const code = String(list.sheet.getRow(list.headerRow + 1).getCell(list.columnOf(headerOf(kind, key))).value);
      list.set(code, headerOf(kind, column), value(list.get(code, headerOf(kind, column))));
      const bytes = await list.bytes();
      const dry = await dryRun(kind, bytes);
      expect(dry).toMatchObject({ imported: 0, updated: 1, errors: [] });
      const real = await importFile(t.ctx, kind, `${kind}.xlsx`, bytes, { dryRun: false, skipInvalid: false, isUpdate: true });
      expect(real).toEqual(dry);
      expect(await dryRun(kind, bytes)).toEqual({ ...dry, updated: 0, unchanged: (dry.unchanged ?? 0) + 1 });
    });
  }
});
