import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetColumn } from '../../main/core/exporters/workbook-style';
import { closeStreamSheet, openStreamSheet, streamWorkbook } from '../../main/core/reports/stream-sheet';
import { partSheetName, planSheetParts, writeInParts, type SheetPart } from '../../main/core/reports/stream-sheet-parts';
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
  const written = writeInParts(lines, {
    parts,
    yearOf: (line) => Number(line.date.slice(0, 4)),
    open: (part: SheetPart) => openStreamSheet(t.ctx, workbook, { name: partSheetName('Rincian', part), title: 'Uji', lines: ['Periode'], orientation: 'landscape', columns: COLUMNS, frozenColumns: 1 }),
    close: (table) => closeStreamSheet(table, { label: 'Jumlah', empty: 'belum ada data' }),
  });
  return { written, workbook: await readWorkbook(await finish()) };
}

describe('a streamed sheet split by year', () => {
  it('writes every row once, each year on its own sheets, each with its header, frozen panes, filter and live totals', async () => {
    const lines = [
      ...[1, 2, 3].map((i) => ({ date: `2025-12-0${i}`, qty: i, note: '=1+1' })),
      ...[1, 2, 3, 4, 5].map((i) => ({ date: `2026-01-0${i}`, qty: 10 * i, note: '@kosong' })),
    ];
    const { written, workbook } = await splitWorkbook(lines, 4);
    expect(written).toBe(8);
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
