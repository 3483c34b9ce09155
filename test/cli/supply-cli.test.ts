import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bomSheet, materialSheet, productSheet, rowOf } from '../fixtures/supply-workbooks';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { sentraJson as sentra } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-supply-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


async function write(name: string, data: Promise<Buffer>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await data);
  return path;
}

describe('sentra with the supply-chain lists', () => {
  const db = () => join(dir, 'centre.sqlite');

  it('imports products all or nothing, prints the problems as JSON, and the valid rows when told to', async () => {
    const file = await write('produk.xlsx', workbookBuffer(productSheet([
      [1, 'TW-001', 'Tas wanita kulit', 'Tas', 420221, 'kulit', 'pcs', 300, 10, null, '12,50', 'USD'],
      [2, 'DP-002', 'Dompet pria', 'Dompet', '4202.31', null, 'buah', 90, 50, null, 'Rp 85.000', 'IDR'],
      [3, 'XX-003', 'Tas tanpa kode HS', 'Tas', null, null, null, 60, 10, null, 50000, 'IDR'],
    ])));
    const refused = await sentra('import', 'products', file, '--db', db());
    expect(refused).toEqual({ code: 1, value: { valid: 2, imported: 0, errors: [{ row: rowOf(2), column: 'Kode HS', message: 'wajib diisi' }] } });
    expect((await sentra('import', 'products', file, '--db', db(), '--dry-run', '--skip-invalid')).value).toMatchObject({ valid: 2, imported: 0 });
    const partial = await sentra('import', 'products', file, '--db', db(), '--skip-invalid');
    expect(partial).toMatchObject({ code: 0, value: { valid: 2, imported: 2 } });
  });

  it('imports materials and a BOM, then exports the BOM', async () => {
    const materials = await write('bahan.xlsx', workbookBuffer(materialSheet([
      [1, 'KLT-SAPI', 'Kulit sapi', 'kulit', 'sqft', 'hide', 50, 45000, 'Magetan', 14, 100, 100],
      [2, 'FUR-01', 'Furing', 'furing', 'meter', null, null, 18000, null, 3, null, null],
    ])));
    expect(await sentra('import', 'materials', materials, '--db', db())).toMatchObject({ code: 0, value: { imported: 2, errors: [] } });
    const bom = await write('bom.xlsx', workbookBuffer(bomSheet([
      [1, 'TW-001', 'KLT-SAPI', 'Kulit sapi', 10.5, 'sqft', 25],
      [2, 'TW-001', 'FUR-01', 'Furing', '0,6', 'm', null],
    ])));
    expect(await sentra('import', 'bom', bom, '--db', db())).toMatchObject({ code: 0, value: { valid: 2, imported: 2, errors: [] } });
    const out = join(dir, 'bom-export.xlsx');
    expect(await sentra('export', 'bom', '--db', db(), '--out', out)).toEqual({ code: 0, value: { out } });
    const sheet = (await readWorkbook(readFileSync(out))).worksheets[0];
    expect([6, 7].map((row) => [sheet.getCell(`B${row}`).value, sheet.getCell(`D${row}`).value, sheet.getCell(`F${row}`).value])).toEqual([
      ['TW-001', 'KLT-SAPI', 10.5], ['TW-001', 'FUR-01', 0.6],
    ]);
  });

  it('writes the orders template without a database', async () => {
    const out = join(dir, 'template-pesanan.xlsx');
    expect(await sentra('template', 'orders', '--out', out)).toEqual({ code: 0, value: { out } });
    const sheet = (await readWorkbook(readFileSync(out))).worksheets[0];
    expect(sheet.name).toBe('Pesanan');
    expect(sheet.getCell('B5').value).toBe('No. Pesanan');
    expect(sheet.getColumn(5).numFmt).toBe('dd/mm/yyyy');
  });
});
