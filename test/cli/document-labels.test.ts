import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { sentraJson, sentraRun } from '../helpers/cli';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * `sentra document labels --shipment NO --db F --out F.xlsx`: the shipping marks and carton
 * labels of a demo shipment as a workbook; exit 1 naming the number for an unknown shipment, and
 * naming each missing detail (nothing written) when the labels cannot be made yet.
 */
let t: TempApp;
let shipmentNo: string;
let cartons: number;
let sku: string;

beforeAll(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('demo:create', { seed: 7, scale: 'demo' });
  const row = t.app.db
    .prepare(
      `SELECT s.shipment_no AS no, SUM(l.cartons) AS cartons, MIN(p.sku) AS sku FROM shipment s
       JOIN shipment_line l ON l.shipment_id = s.id JOIN order_line ol ON ol.id = l.order_line_id JOIN product p ON p.id = ol.product_id
       GROUP BY s.id HAVING SUM(l.cartons) BETWEEN 9 AND 40 ORDER BY s.id DESC LIMIT 1`,
    )
    .get() as { no: string; cartons: number; sku: string };
  ({ no: shipmentNo, cartons, sku } = row);
  t.app.db.close();
}, 120_000);
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

describe('sentra document labels', () => {
  it('writes the marks and one label per carton, and says so', async () => {
    const out = join(t.dir, 'labels.xlsx');
    expect(await sentraJson('document', 'labels', '--shipment', shipmentNo, '--db', t.dbPath, '--out', out)).toEqual({
      code: 0,
      value: { paper: 'labels', shipment: shipmentNo, out },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Shipping Marks', 'Carton Labels']);
    const found: unknown[] = [];
    workbook.getWorksheet('Carton Labels')!.eachRow((row) => row.eachCell((cell) => {
      if (cell.master === cell && typeof cell.value === 'string' && cell.value.startsWith('CTN ')) found.push(cell.value);
    }));
    expect(found).toEqual(Array.from({ length: cartons }, (_, i) => `CTN ${i + 1} / ${cartons}`));
    // In words for a person, in Indonesian by default.
    const human = await sentraRun('document', 'labels', '--shipment', shipmentNo, '--db', t.dbPath, '--out', join(t.dir, 'again.xlsx'));
    expect(human).toMatchObject({ code: 0, stdout: `labels ${shipmentNo} ditulis ke ${join(t.dir, 'again.xlsx')}\n` });
  });

  it('exits 1 naming the number of a shipment that does not exist', async () => {
    const out = join(t.dir, 'none.xlsx');
    const result = await sentraJson('document', 'labels', '--shipment', 'EXP-1999-0001', '--db', t.dbPath, '--out', out, '--lang', 'en');
    expect(result).toEqual({ code: 1, value: { error: expect.objectContaining({ code: 'NOT_FOUND', message: 'There is no shipment numbered EXP-1999-0001.' }) } });
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 naming every missing detail, and writes nothing', async () => {
    const copy = await tempApp({ today: '2026-11-23' });
    copy.app.db.close();
    try {
      // A copy of the centre in which a product of the shipment lost its English description, and the buyer its address.
      const { default: Database } = await import('better-sqlite3');
      const source = new Database(t.dbPath, { readonly: true });
      await source.backup(copy.dbPath);
      source.close();
      const db = new Database(copy.dbPath);
      db.prepare('UPDATE product SET name_en = NULL WHERE sku = ?').run(sku);
      db.prepare('UPDATE buyer SET address = NULL WHERE id = (SELECT buyer_id FROM shipment WHERE shipment_no = ?)').run(shipmentNo);
      const buyer = db.prepare('SELECT b.buyer_code FROM buyer b JOIN shipment s ON s.buyer_id = b.id WHERE s.shipment_no = ?').pluck().get(shipmentNo) as string;
      db.close();
      const out = join(copy.dir, 'labels.xlsx');
      const result = await sentraJson('document', 'labels', '--shipment', shipmentNo, '--db', copy.dbPath, '--out', out, '--lang', 'en');
      expect(result.code).toBe(1);
      const message = (result.value.error as { message: string }).message;
      expect(message).toMatch(/^The carton labels cannot be made yet; these details are missing: /);
      expect(message).toContain(`buyer ${buyer}: address`);
      expect(message).toContain(`product ${sku}: English description (name_en)`);
      expect(existsSync(out)).toBe(false);
      // In Indonesian by default, naming the same details.
      const id = await sentraRun('document', 'labels', '--shipment', shipmentNo, '--db', copy.dbPath, '--out', out);
      expect(id.code).toBe(1);
      expect(id.stderr).toContain('label karton');
      expect(id.stderr).toContain(`produk ${sku}`);
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });
});
