import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../fixtures/workbooks';
import { sentraJson, sentraRun } from '../helpers/cli';

/**
 * `sentra document invoice|packing-list --shipment NO`: the papers of a demo shipment as the export
 * clerk sends them, every field a buyer's bank and customs look for in the workbook, and a clear
 * refusal (exit 1, nothing written) for an unknown number or a missing detail.
 */
describe('sentra document for a shipment', () => {
  let dir: string;
  let dbPath: string;
  let shipmentNo: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-document-'));
    dbPath = join(dir, 'centre.sqlite');
    expect((await sentraRun('demo', '--db', dbPath)).code).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    // A shipment that left with several lines, of a buyer with a notify party.
    shipmentNo = db
      .prepare(
        `SELECT s.shipment_no FROM shipment s JOIN buyer b ON b.id = s.buyer_id
         WHERE s.status IN ('shipped', 'closed') AND b.notify_party IS NOT NULL
           AND (SELECT COUNT(*) FROM shipment_line l WHERE l.shipment_id = s.id) > 1
         ORDER BY s.invoice_date DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
    db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function texts(file: string): Promise<string> {
    const workbook = await readWorkbook(readFileSync(file));
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          if (value instanceof Date) cells.push(value.toISOString());
          else if (value !== null && typeof value === 'object') cells.push('result' in value ? String(value.result) : JSON.stringify(value));
          else cells.push(String(value));
        }),
      ),
    );
    return cells.join('\n');
  }

  it('writes the commercial invoice with every field the issue lists', async () => {
    const out = join(dir, 'invoice.xlsx');
    const run = await sentraJson('document', 'invoice', '--shipment', shipmentNo, '--db', dbPath, '--out', out);
    expect(run).toEqual({ code: 0, value: { paper: 'invoice', shipment: shipmentNo, out } });
    const text = await texts(out);
    const db = new Database(dbPath, { readonly: true });
    const centre = db.prepare('SELECT legal_name, address_en, nib, npwp, bank_name, bank_account_no, bank_account_name, swift FROM centre').get() as Record<string, string>;
    const buyer = db
      .prepare('SELECT b.name, b.address, b.city, b.notify_party FROM shipment s JOIN buyer b ON b.id = s.buyer_id WHERE s.shipment_no = ?')
      .get(shipmentNo) as Record<string, string>;
    const orders = db
      .prepare(
        `SELECT DISTINCT o.buyer_po, o.payment_terms FROM shipment_line l JOIN shipment s ON s.id = l.shipment_id
         JOIN order_line ol ON ol.id = l.order_line_id JOIN sales_order o ON o.id = ol.order_id WHERE s.shipment_no = ?`,
      )
      .all(shipmentNo) as { buyer_po: string; payment_terms: string }[];
    const goods = db
      .prepare(
        `SELECT p.name, p.name_en, p.composition, p.hs_code FROM shipment_line l JOIN shipment s ON s.id = l.shipment_id
         JOIN order_line ol ON ol.id = l.order_line_id JOIN product p ON p.id = ol.product_id WHERE s.shipment_no = ?`,
      )
      .all(shipmentNo) as Record<string, string>[];
    const shipment = db.prepare('SELECT incoterm, incoterm_place FROM shipment WHERE shipment_no = ?').get(shipmentNo) as Record<string, string>;
    db.close();
    for (const value of Object.values(centre)) expect(text).toContain(value);
    expect(text).toContain(buyer.name);
    expect(text).toContain(buyer.address.split('\n')[0]);
    expect(text).toContain(buyer.city);
    expect(text).toContain(buyer.notify_party.split('\n')[0]);
    for (const order of orders) {
      expect(text).toContain(order.buyer_po);
      expect(text).toContain(order.payment_terms);
    }
    for (const good of goods) {
      expect(text).toContain(good.name_en);
      expect(text).toContain(good.composition);
      expect(text).toContain(good.hs_code);
      expect(text).not.toContain(good.name);
    }
    expect(text).toContain(`${shipment.incoterm} ${shipment.incoterm_place}`);
    expect(text).toContain('Country of origin');
    expect(text).toContain('MADE IN INDONESIA');
    expect(text).toMatch(/SAY: [A-Z -]+ ONLY/);
  });

  it('writes the packing list with the consignee, POs, English goods and weights', async () => {
    const out = join(dir, 'packing.xlsx');
    expect(await sentraRun('document', 'packing-list', '--shipment', shipmentNo, '--db', dbPath, '--out', out, '--lang', 'en')).toMatchObject({
      code: 0,
      stdout: `packing-list ${shipmentNo} written to ${out}\n`,
    });
    const text = await texts(out);
    expect(text).toContain('PACKING LIST');
    expect(text).toContain('Notify party');
    expect(text).toContain('Net kg');
    expect(text).not.toContain('Payment terms');
  });

  it('refuses an unknown shipment and a paper with details missing, naming them, and writes nothing', async () => {
    const out = join(dir, 'refused.xlsx');
    expect(await sentraRun('document', 'invoice', '--shipment', 'EXP-1999-0001', '--db', dbPath, '--out', out)).toMatchObject({
      code: 1,
      stderr: 'Tidak ada pengapalan bernomor EXP-1999-0001.\n',
    });
    const db = new Database(dbPath);
    db.prepare('UPDATE centre SET swift = NULL').run();
    const sku = db
      .prepare(
        `SELECT p.sku FROM shipment_line l JOIN shipment s ON s.id = l.shipment_id JOIN order_line ol ON ol.id = l.order_line_id
         JOIN product p ON p.id = ol.product_id WHERE s.shipment_no = ? ORDER BY l.line_no LIMIT 1`,
      )
      .pluck()
      .get(shipmentNo) as string;
    db.prepare('UPDATE product SET name_en = NULL WHERE sku = ?').run(sku);
    db.close();
    const refused = await sentraJson('document', 'packing-list', '--shipment', shipmentNo, '--db', dbPath, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.value).toMatchObject({
      error: {
        code: 'INVALID_INPUT',
        message: `Dokumen ekspor packing list belum bisa dibuat karena data ini belum diisi: Profil Sentra: kode SWIFT/BIC; produk ${sku}: nama bahasa Inggris (name_en).`,
        details: { gaps: [{ subject: 'exporter', ref: '', field: 'swift' }, { subject: 'product', ref: sku, field: 'name_en' }] },
      },
    });
    expect(existsSync(out)).toBe(false);
  });
});
