import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentraJson as json, sentraRun } from '../helpers/cli';

/** `sentra document proforma --order NO --db F --out F.xlsx` as a user runs it (issue 12's contract). */
describe('sentra document proforma', () => {
  let dir: string;
  let db: string;
  let orderNo: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-proforma-'));
    db = join(dir, 'centre.sqlite');
    expect((await json('demo', '--db', db, '--seed', '7')).code).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    orderNo = sqlite.prepare("SELECT o.order_no FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE b.kind = 'export' AND o.payment_terms LIKE '%deposit%' ORDER BY o.id DESC LIMIT 1").pluck().get() as string;
    sqlite.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the proforma of a demo order and exits 0', async () => {
    const out = join(dir, 'proforma.xlsx');
    const result = await sentraRun('document', 'proforma', '--order', orderNo, '--db', db, '--out', out, '--lang', 'en');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`proforma ${orderNo} written to ${out}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Proforma Invoice');
    expect(sheet?.getCell('A1').value).toBe('KOPERASI INDUSTRI TAS DAN KOPER (INTAKO)');
    let title = '';
    sheet?.eachRow((row) => { if (row.getCell(1).value === 'PROFORMA INVOICE') title = 'found'; });
    expect(title).toBe('found');
  });

  it('prints what it wrote as one JSON object with --json', async () => {
    const out = join(dir, 'proforma-json.xlsx');
    const result = await json('document', 'proforma', '--order', orderNo, '--db', db, '--out', out);
    expect(result).toEqual({ code: 0, value: { paper: 'proforma', order: orderNo, out } });
    expect(existsSync(out)).toBe(true);
  });

  it('exits 1 naming an unknown order, and writes nothing', async () => {
    const out = join(dir, 'unknown.xlsx');
    const result = await json('document', 'proforma', '--order', 'SO-1999-99999', '--db', db, '--out', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.value).toMatchObject({ error: { code: 'NOT_FOUND', message: 'There is no order numbered SO-1999-99999.' } });
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 naming each missing detail on a centre without them', async () => {
    const bare = join(dir, 'bare.sqlite');
    copyFileSync(db, bare);
    const sqlite = new Database(bare);
    sqlite.prepare('UPDATE centre SET swift = NULL, bank_account_no = NULL').run();
    sqlite.prepare('UPDATE sales_order SET buyer_po = NULL WHERE order_no = ?').run(orderNo);
    sqlite.close();
    const out = join(dir, 'bare.xlsx');
    const result = await sentraRun('document', 'proforma', '--order', orderNo, '--db', bare, '--out', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The proforma invoice cannot be made yet; these details are missing:');
    for (const detail of ['Centre profile: account number', 'Centre profile: SWIFT/BIC code', `order ${orderNo}: buyer's PO number`]) expect(result.stderr).toContain(detail);
    expect(existsSync(out)).toBe(false);
  });

  it('asks for the order number', async () => {
    const result = await json('document', 'proforma', '--db', db, '--out', join(dir, 'x.xlsx'), '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.value).toMatchObject({ error: { message: 'proforma needs --order NO (the order number).' } });
  });
});
