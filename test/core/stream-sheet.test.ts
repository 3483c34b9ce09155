import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetColumn } from '../../main/core/platform/workbook/style';
import { addStreamRows, closeStreamSheet, openStreamSheet } from '../../main/core/platform/workbook/stream-sheet';
import { zipEntryOf } from '../../main/core/platform/workbook/stream-pressure';
import { streamWorkbook } from '../../main/core/platform/workbook/stream-workbook';
import { partSheetName, planSheetParts, writeInParts, type SheetPart } from '../../main/core/platform/workbook/stream-sheet-parts';
import { readWorkbook } from '../fixtures/workbooks';
import { tempApp, type TempApp } from '../helpers/temp-app';

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' });
});
afterEach(() => t.close());

describe('planning sheets under a row limit', () => {
  it('keeps one sheet when everything fits, else a sheet per year and numbered parts for a year over the limit', () => {
    expect(planSheetParts(new Map([[2025, 2], [2026, 2]]), 4)).toEqual([{ year: null, part: 1, of: 1, rows: 4 }]);
    expect(planSheetParts(new Map(), 4)).toEqual([{ year: null, part: 1, of: 1, rows: 0 }]);
    const parts = planSheetParts(new Map([[2026, 9], [2025, 3]]), 4);
    expect(parts).toEqual([
      { year: 2025, part: 1, of: 1, rows: 3 }, { year: 2026, part: 1, of: 3, rows: 4 }, { year: 2026, part: 2, of: 3, rows: 4 },
      { year: 2026, part: 3, of: 3, rows: 1 },
    ]);
    expect(parts.map((part) => partSheetName('Rincian', part))).toEqual(['Rincian 2025', 'Rincian 2026 (1)', 'Rincian 2026 (2)', 'Rincian 2026 (3)']);
  });
});

interface Line {
  date: string;
  qty: number;
  note: string;
}

const COLUMNS: SheetColumn<Line>[] = [
  { key: 'date', header: 'Tanggal', width: 12, kind: 'text', value: (l) => l.date, total: 'count' },
  { key: 'qty', header: 'Jumlah', width: 10, kind: 'number', value: (l) => l.qty, total: 'sum' },
  { key: 'note', header: 'Catatan', width: 20, kind: 'text', value: (l) => l.note },
];

async function splitWorkbook(lines: Line[], limit: number) {
  const { workbook, finish } = streamWorkbook(t.ctx);
  const perYear = new Map<number, number>();
  for (const line of lines) perYear.set(Number(line.date.slice(0, 4)), (perYear.get(Number(line.date.slice(0, 4))) ?? 0) + 1);
  const parts = planSheetParts(perYear, limit);
  const progress: [number, number][] = [];
  const written = await writeInParts(lines, {
    progress: (done, total) => progress.push([done, total]),
    parts,
    yearOf: (line) => Number(line.date.slice(0, 4)),
    open: (part: SheetPart) => openStreamSheet(t.ctx, workbook, { name: partSheetName('Rincian', part), title: 'Uji', lines: ['Periode'], orientation: 'landscape', columns: COLUMNS, frozenColumns: 1 }),
    close: (table) => closeStreamSheet(table, { label: 'Jumlah', empty: 'belum ada data' }),
  });
  return { written, progress, workbook: await readWorkbook(await finish()) };
}

describe('a streamed sheet split by year', () => {
  it('writes every row once, each year on its own sheets, each with its header, frozen panes, filter and live totals', async () => {
    const lines = [
      ...[1, 2, 3].map((i) => ({ date: `2025-12-0${i}`, qty: i, note: '=1+1' })),
      ...[1, 2, 3, 4, 5].map((i) => ({ date: `2026-01-0${i}`, qty: 10 * i, note: '@kosong' })),
    ];
    const { written, progress, workbook } = await splitWorkbook(lines, 4);
    expect(written).toBe(8);
    expect(progress.at(-1)).toEqual([8, 8]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Rincian 2025', 'Rincian 2026 (1)', 'Rincian 2026 (2)']);
    // Letterhead (2 lines), gap, title, one line, blank: the header is row 7.
    const [y2025, first, second] = workbook.worksheets;
    expect(y2025.getRow(7).values).toEqual([undefined, 'Tanggal', 'Jumlah', 'Catatan']);
    expect(y2025.getRow(8).values).toEqual([undefined, '2025-12-01', 1, '=1+1']);
    expect(y2025.getRow(11).getCell(2).value).toEqual({ formula: 'SUBTOTAL(9,B8:B10)', result: 6 });
    expect(y2025.getRow(11).getCell(1).value).toBe('Jumlah');
    expect(first.getRow(12).getCell(2).value).toEqual({ formula: 'SUBTOTAL(9,B8:B11)', result: 100 });
    expect(second.getRow(8).values).toEqual([undefined, '2026-01-05', 50, '@kosong']);
    expect(second.getRow(9).getCell(2).value).toEqual({ formula: 'SUBTOTAL(9,B8:B8)', result: 50 });
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 7 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '7:7' });
      expect(sheet.getCell('A1').value).toBe('Koperasi INTAKO');
      expect(sheet.getRow(7).getCell(1).font).toMatchObject({ bold: true });
    }
    expect(first.autoFilter).toBe('A7:C11');
    expect(first.getRow(8).getCell(2).numFmt).toBe('#,##0');
    expect(first.getRow(8).getCell(3).numFmt).toBe('@');
  });

  it('gives an empty table its sheet with the words that say so', async () => {
    const { written, workbook } = await splitWorkbook([], 4);
    expect(written).toBe(0);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Rincian']);
    expect(workbook.worksheets[0].getRow(8).getCell(1).value).toBe('belum ada data');
  });
});

/** Enough rows that deflate falls behind and the writer has to wait for it more than once. */
const MANY = 10_000;
const many = (): Line[] => Array.from({ length: MANY }, (_, i) => ({ date: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, qty: i + 1, note: `catatan ${i}` }));

/** One long table on one sheet, to a file or to bytes; counts how often the writer waited for deflate. */
async function longTable(target: { path: string } | null) {
  const streamed = target ? streamWorkbook(t.ctx, target) : streamWorkbook(t.ctx);
  const table = openStreamSheet(t.ctx, streamed.workbook, { name: 'Rincian', title: 'Uji', lines: ['Periode'], orientation: 'landscape', columns: COLUMNS, frozenColumns: 1 });
  const entryFound = zipEntryOf(table.sheet) !== null;
  let pauses = 0;
  const { drained } = table.pressure;
  table.pressure = { ...table.pressure, drained: () => ((pauses += 1), drained()) };
  await addStreamRows(table, many());
  closeStreamSheet(table, { label: 'Jumlah', empty: 'belum ada data' });
  const data = await streamed.finish();
  return { data: data ?? readFileSync(target?.path ?? ''), pauses, entryFound };
}

describe('a long streamed table', () => {
  it('waits for deflate as it goes, and the file holds every row, the live total, frozen header and filter', async () => {
    const path = join(t.dir, 'rincian.xlsx');
    const { data, pauses, entryFound } = await longTable({ path });
    // Where exceljs keeps the zip entry's stream is its own business: an upgrade that moves it must fail here, not quietly use memory.
    expect(entryFound).toBe(true);
    expect(pauses).toBeGreaterThan(0);
    const sheet = (await readWorkbook(readFileSync(path))).worksheets[0];
    expect(data.equals(readFileSync(path))).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 7 });
    expect(sheet.getRow(7).values).toEqual([undefined, 'Tanggal', 'Jumlah', 'Catatan']);
    expect(sheet.getRow(8).values).toEqual([undefined, '2026-01-01', 1, 'catatan 0']);
    expect(sheet.getRow(7 + MANY).values).toEqual([undefined, `2026-01-${String(1 + ((MANY - 1) % 28)).padStart(2, '0')}`, MANY, `catatan ${MANY - 1}`]);
    const total = sheet.getRow(8 + MANY);
    expect(total.getCell(1).value).toBe('Jumlah');
    expect(total.getCell(2).value).toEqual({ formula: `SUBTOTAL(9,B8:B${7 + MANY})`, result: (MANY * (MANY + 1)) / 2 });
    expect(sheet.autoFilter).toBe(`A7:C${7 + MANY}`);
    let rows = 0;
    sheet.eachRow((row, number) => (rows += number > 7 && number < 8 + MANY && row.getCell(2).value === number - 7 ? 1 : 0));
    expect(rows).toBe(MANY);
  });

  it('gives the same cells as bytes as it does in a file', async () => {
    const inFile = (await readWorkbook((await longTable({ path: join(t.dir, 'a.xlsx') })).data)).worksheets[0];
    const inMemory = (await readWorkbook((await longTable(null)).data)).worksheets[0];
    expect(inMemory.rowCount).toBe(inFile.rowCount);
    for (let r = 1; r <= inFile.rowCount; r++) expect(inMemory.getRow(r).values).toEqual(inFile.getRow(r).values);
  });

  it('fails with the error of the file system, without hanging, when the file cannot be written', async () => {
    await expect(longTable({ path: join(t.dir, 'no-such-folder', 'rincian.xlsx') })).rejects.toThrow(/ENOENT/);
  });
});
