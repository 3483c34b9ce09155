import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { biRatesWorkbook } from '../fixtures/bi-rates';
import { sentraJson as sentra } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-rates-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sentra import rates / export rates', () => {
  it('imports a Bank Indonesia download with --json, exports the list, and the export imports back into a new centre', async () => {
    const db = join(dir, 'centre.sqlite');
    const bi = join(dir, 'Kurs Transaksi BI.xlsx');
    writeFileSync(bi, await biRatesWorkbook([
      ['USD', 1, '16,329.64', '16,167.16', '6/3/2024 12:00:00 AM'],
      ['JPY', 100, '10,432.86', '10,327.58', '6/3/2024 12:00:00 AM'],
      ['USD', 1, '16,340.12', '16,177.56', '6/4/2024 12:00:00 AM'],
    ]));
    expect(await sentra('import', 'rates', bi, '--db', db)).toEqual({ code: 0, value: { valid: 3, imported: 3, errors: [] } });
    expect((await sentra('count', 'rates', '--db', db)).value).toEqual({ count: 3 });

    const out = join(dir, 'kurs.xlsx');
    expect(await sentra('export', 'rates', '--db', db, '--out', out)).toEqual({ code: 0, value: { out } });
    const copy = join(dir, 'copy.sqlite');
    expect(await sentra('import', 'rates', out, '--db', copy)).toEqual({ code: 0, value: { valid: 3, imported: 3, errors: [] } });

    // A dollar at Rp 1 is refused, by row and column, and nothing is written.
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, await biRatesWorkbook([['USD', 1, '1', '1', '6/5/2024 12:00:00 AM']]));
    const refused = await sentra('import', 'rates', bad, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.value).toMatchObject({ valid: 0, imported: 0, errors: [{ row: 6, column: 'Kurs Jual' }] });
    expect((await sentra('count', 'rates', '--db', db)).value).toEqual({ count: 3 });
  });
});
