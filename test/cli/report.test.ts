import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_NAMES } from '../../shared/api/exports';
import { readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { sentraJson as sentra } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-report-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('sentra report', () => {
  const db = () => join(dir, 'centre.sqlite');

  it('writes the export-performance workbook and prints its headline figures, growth to two decimals', async () => {
    // Jan–Sep 2022 USD 725,54 against Jan–Sep 2021 USD 678,42 (DOMAIN.md's craft exports, scaled down).
    const history = join(dir, 'ekspor.xlsx');
    writeFileSync(history, await workbookBuffer({
      name: 'Ekspor',
      rows: [
        ['Tahun', 'Bulan', 'Negara Tujuan', 'Kategori', 'Kode HS', 'Nilai FOB (USD)'],
        [2022, 1, 'US', 'Tas', '4202.21', 400],
        [2022, 'Maret', 'Jepang', 'Dompet', '4202.31', '225,54'],
        [2022, 9, 'BE', 'Ikat Pinggang', '4203.30', 100],
        [2021, 1, 'US', 'Tas', '4202.21', 350],
        [2021, 3, 'JP', 'Dompet', '4202.31', 228.42],
        [2021, 5, 'Belanda', 'Tas', '4202.22', 100],
      ],
    }));
    expect(await sentra('import', 'exports', history, '--db', db(), '--today', '2026-11-23')).toEqual({ code: 0, value: { valid: 6, imported: 6, errors: [] } });
    const out = join(dir, 'kinerja.xlsx');
    const report = await sentra('report', 'export-performance', '--db', db(), '--out', out, '--from', '2022-01', '--to', '2022-09', '--today', '2026-11-23');
    expect(report).toMatchObject({
      code: 0,
      value: {
        current_usd: 725.54, previous_usd: 678.42, growth_pct: 6.95, from: '2022-01', to: '2022-09', partialMonth: null,
        months_with_data: 3, previous_months_with_data: 3, month_sources: [],
      },
    });
    const workbook = await readWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Per Bulan', 'Per Negara', 'Per Kategori', 'Per Kode HS']);
  });

  it('takes January to the last complete month without months, and gives null (not 0) where last year had no data', async () => {
    const out = join(dir, 'ytd.xlsx');
    // On 30 September September is not complete: January–August, against January–August a year earlier.
    expect(await sentra('report', 'export-performance', '--db', db(), '--out', out, '--today', '2022-09-30')).toMatchObject({
      code: 0, value: { current_usd: 625.54, previous_usd: 678.42, growth_pct: -7.79, from: '2022-01', to: '2022-08', partialMonth: null },
    });
    // Chosen to run into this month: the same days a year earlier, and said so.
    expect(await sentra('report', 'export-performance', '--db', db(), '--out', out, '--from', '2022-01', '--to', '2022-09', '--today', '2022-09-30')).toMatchObject({
      code: 0, value: { current_usd: 725.54, to: '2022-09', partialMonth: { month: '2022-09', throughDay: 30 } },
    });
    expect(await sentra('report', 'export-performance', '--db', db(), '--out', out, '--from', '2021-01', '--to', '2021-12', '--today', '2026-11-23')).toMatchObject({
      code: 0, value: { current_usd: 678.42, previous_usd: null, growth_pct: null, previous_months_with_data: 0, missing_previous_months: expect.arrayContaining(['2020-01', '2020-12']) },
    });
  });

  it('refuses an unknown report, naming the known ones, and a period it cannot compare', async () => {
    const out = join(dir, 'nothing.xlsx');
    expect(await sentra('report', 'neraca', '--db', db(), '--out', out)).toEqual({
      code: 1,
      value: {
        error: {
          code: 'INVALID_INPUT', message: `Laporan "neraca" tidak dikenal. Laporan yang tersedia: ${REPORT_NAMES.join(', ')}.`, details: { known: [...REPORT_NAMES] },
        },
      },
    });
    const backwards = await sentra('report', 'export-performance', '--db', db(), '--out', out, '--from', '2022-09', '--to', '2022-01', '--lang', 'en');
    expect(backwards).toMatchObject({ code: 1, value: { error: { code: 'INVALID_INPUT', message: 'The last month of the period cannot be before its first month.' } } });
    expect(await sentra('report', 'export-performance', '--db', db(), '--out', out, '--from', '2022-1')).toMatchObject({ code: 1, value: { error: { code: 'INVALID_INPUT' } } });
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('leaves the file already under --out as it was when the report fails', async () => {
    const out = join(dir, 'kept.xlsx');
    writeFileSync(out, 'the earlier report');
    // No roadmap in this centre: the roadmap report refuses, after the worker started.
    expect(await sentra('report', 'roadmap', '--db', db(), '--out', out, '--today', '2026-11-23')).toMatchObject({ code: 1, value: { error: { code: 'NOT_FOUND' } } });
    expect(readFileSync(out, 'utf8')).toBe('the earlier report');
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});
