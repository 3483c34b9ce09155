import ExcelJS, { type Row, type Worksheet } from 'exceljs';
import type { Translate } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import { isBlank, readCell, wordOf, type RawCell } from './cells';
import { isTotalsLabel, matchHeader, type ColumnSpec } from './headers';

/** A column found in the file: what it means, its header as written, where it is. */
export interface FoundColumn {
  spec: ColumnSpec;
  header: string;
  col: number;
  letter: string;
}

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  cells: Map<string, RawCell>;
}

export interface SheetData {
  sheetName: string;
  headerRow: number;
  columns: FoundColumn[];
  ignoredHeaders: string[];
  rows: SheetRow[];
}

/** Title rows (centre name, date, instructions) sit above the header in real files. */
const HEADER_SCAN_ROWS = 30;

interface HeaderCandidate {
  row: number;
  count: number;
  columns: FoundColumn[];
  ignored: string[];
}

function headerText(row: Row, col: number): string {
  const { value } = readCell(row.findCell(col));
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  return typeof value === 'number' ? String(value) : '';
}

/** One row read as a header: each known column goes to its best-matching header cell. */
function readHeaderRow(sheet: Worksheet, rowNumber: number, specs: ColumnSpec[]): HeaderCandidate | null {
  const row = sheet.findRow(rowNumber);
  if (!row) return null;
  const best = new Map<string, { column: FoundColumn; score: number }>();
  const ignored: string[] = [];
  for (let col = 1; col <= row.cellCount; col++) {
    const header = headerText(row, col);
    if (header === '') continue;
    const match = matchHeader(specs, header);
    if (!match) {
      ignored.push(header);
      continue;
    }
    const column = { spec: match.spec, header, col, letter: sheet.getColumn(col).letter };
    const held = best.get(match.spec.key);
    if (held && held.score >= match.score) {
      ignored.push(header);
    } else {
      if (held) ignored.push(held.column.header);
      best.set(match.spec.key, { column, score: match.score });
    }
  }
  const columns = [...best.values()].map((b) => b.column).sort((a, b) => a.col - b.col);
  const count = columns.filter((c) => c.spec.field !== null).length;
  return { row: rowNumber, count, columns, ignored };
}

/** The row that names the most known columns (at least two), the earliest on a tie. */
function findHeader(sheet: Worksheet, specs: ColumnSpec[]): HeaderCandidate | null {
  let chosen: HeaderCandidate | null = null;
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const candidate = readHeaderRow(sheet, r, specs);
    if (candidate && candidate.count >= 2 && (!chosen || candidate.count > chosen.count)) chosen = candidate;
  }
  return chosen;
}

async function loadWorkbook(data: Buffer, fileName: string, t: Translate): Promise<ExcelJS.Workbook> {
  const unreadable = () => new AppError('IMPORT_UNREADABLE', t('errors.importUnreadable', { file: fileName }));
  // An .xlsx is a zip archive: anything else (CSV, an old .xls, a picture) is refused up front.
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) throw unreadable();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type, which only a plain ArrayBuffer satisfies; JSZip reads both.
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    throw unreadable();
  }
  return workbook;
}

function dataRows(sheet: Worksheet, header: HeaderCandidate, specs: ColumnSpec[]): SheetRow[] {
  const identityKey = specs.find((spec) => spec.required)?.key ?? '';
  const fields = header.columns.filter((c) => c.spec.field !== null);
  const rows: SheetRow[] = [];
  let afterTotals = false;
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const cells = new Map<string, RawCell>();
    for (const column of header.columns) cells.set(column.spec.key, readCell(row.findCell(column.col)));
    if (fields.every((c) => isBlank(cells.get(c.spec.key) ?? readCell(undefined)))) continue;
    const identity = cells.get(identityKey);
    const hasIdentity = identity !== undefined && !isBlank(identity) && !isTotalsLabel(wordOf(identity));
    const labels = [readCell(row.findCell(1)), cells.get('row_number'), identity, cells.get('name')];
    // A totals row has a "Jumlah" label and no code of its own (member number, SKU, order number).
    if (!hasIdentity && labels.some((cell) => cell !== undefined && isTotalsLabel(wordOf(cell)))) {
      afterTotals = true;
      continue;
    }
    // Below the totals come notes and the signature block, not data.
    if (afterTotals && !hasIdentity) continue;
    rows.push({ row: r, cells });
  }
  return rows;
}

/** Opens the workbook and finds the first sheet with a recognisable header row, then its rows. */
export async function readSheet(specs: ColumnSpec[], data: Buffer, fileName: string, t: Translate): Promise<SheetData> {
  const workbook = await loadWorkbook(data, fileName, t);
  // Visible sheets first: a hidden lookup sheet must not win over the list the user sees.
  const sheets = workbook.worksheets
    .filter((sheet) => sheet.actualRowCount > 0)
    .sort((a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'));
  if (sheets.length === 0) throw new AppError('IMPORT_NO_HEADER', t('errors.importEmpty', { file: fileName }));
  for (const sheet of sheets) {
    const header = findHeader(sheet, specs);
    if (!header) continue;
    for (const spec of specs) {
      if (spec.required && !header.columns.some((c) => c.spec.key === spec.key)) {
        throw new AppError('IMPORT_NO_HEADER', t('errors.importMissingColumn', { column: t(spec.label), row: header.row }), {
          sheet: sheet.name,
          row: header.row,
          column: t(spec.label),
        });
      }
    }
    return {
      sheetName: sheet.name,
      headerRow: header.row,
      columns: header.columns,
      ignoredHeaders: header.ignored,
      rows: dataRows(sheet, header, specs),
    };
  }
  const expected = specs
    .filter((spec) => spec.field !== null)
    .map((spec) => t(spec.label))
    .join(', ');
  throw new AppError('IMPORT_NO_HEADER', t('errors.importNoHeader', { sheet: sheets[0].name, expected }), { sheet: sheets[0].name });
}
