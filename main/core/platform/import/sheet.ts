import { Readable } from 'node:stream';
import ExcelJS, { type Row } from 'exceljs';
import type { Translate } from '../../../../shared/i18n';
import { AppError } from '../../../../shared/result';
import { isBlank, readCell, wordOf, type RawCell } from './cells';
import { isTotalsLabel, type ColumnSpec } from './headers';
import { findHeader, HEADER_SCAN_ROWS, type FoundColumn, type HeaderCandidate } from './sheet-header';
import { checkWorkbookParts } from './zip-guard';

export type { FoundColumn } from './sheet-header';

export interface SheetRow {
  /** The row number Excel shows. */
  row: number;
  cells: Map<string, RawCell>;
}

/** Where the list was found in the file. */
export interface SheetHeader {
  sheetName: string;
  headerRow: number;
  columns: FoundColumn[];
  ignoredHeaders: string[];
  /** The text of the rows above the header: a bank's download names its currency there. */
  titles?: string[];
}

/** Takes each data row as the sheet streams past: rows are never all held as cells. */
export type RowSink = (row: SheetRow) => void;

/** What one import file may hold: stated in the README, and far above any centre's list. */
export interface ImportLimits {
  rows: number;
  cellCharacters: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  /** Data rows of the sheet read (blank rows, totals and notes not counted). */
  rows: 200_000,
  /** Excel's own limit for one cell: anything longer did not come from Excel. */
  cellCharacters: 32_767,
};

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Turns the rows under the header into data rows. A totals row ("Jumlah") ends the data: what
 * follows without a code of its own is notes and the signature block.
 */
class DataRows {
  count = 0;
  private afterTotals = false;
  private readonly identityKey: string;
  private readonly fields: FoundColumn[];
  constructor(
    private readonly header: HeaderCandidate,
    specs: ColumnSpec[],
    private readonly sheetName: string,
    private readonly t: Translate,
    private readonly limits: ImportLimits,
    private readonly sink: RowSink,
  ) {
    this.identityKey = specs.find((spec) => spec.required)?.key ?? '';
    this.fields = header.columns.filter((c) => c.spec.field !== null);
  }

  add(row: Row): void {
    if (row.number <= this.header.row) return;
    const cells = new Map<string, RawCell>();
    for (const column of this.header.columns) cells.set(column.spec.key, this.cell(row, column));
    if (this.fields.every((c) => isBlank(cells.get(c.spec.key) ?? readCell(undefined)))) return;
    const identity = cells.get(this.identityKey);
    const hasIdentity = identity !== undefined && !isBlank(identity) && !isTotalsLabel(wordOf(identity));
    const labels = [readCell(row.findCell(1)), cells.get('row_number'), identity, cells.get('name')];
    if (!hasIdentity && labels.some((cell) => cell !== undefined && isTotalsLabel(wordOf(cell)))) {
      this.afterTotals = true;
      return;
    }
    if (this.afterTotals && !hasIdentity) return;
    if (this.count >= this.limits.rows) {
      throw new AppError('IMPORT_TOO_LARGE', this.t('guard.importTooManyRows', { max: this.limits.rows, sheet: this.sheetName }), {
        sheet: this.sheetName,
        row: row.number,
      });
    }
    this.count++;
    this.sink({ row: row.number, cells });
  }

  private cell(row: Row, column: FoundColumn): RawCell {
    const cell = readCell(row.findCell(column.col));
    if (typeof cell.value === 'string' && cell.value.length > this.limits.cellCharacters) {
      const where = `${column.letter}${row.number}`;
      throw new AppError(
        'IMPORT_TOO_LARGE',
        this.t('guard.importCellTooLongAt', { cell: where, column: column.header, max: this.limits.cellCharacters, excerpt: excerpt(cell.value) }),
        { sheet: this.sheetName, row: row.number, column: column.header },
      );
    }
    return cell;
  }
}

function missingColumn(specs: ColumnSpec[], header: HeaderCandidate, sheetName: string, t: Translate): AppError | null {
  const spec = specs.find((candidate) => candidate.required && !header.columns.some((c) => c.spec.key === candidate.key));
  if (!spec) return null;
  return new AppError('IMPORT_NO_HEADER', t('errors.importMissingColumn', { column: t(spec.label), row: header.row }), {
    sheet: sheetName,
    row: header.row,
    column: t(spec.label),
  });
}

interface Pass {
  found: (SheetHeader & { rowCount: number }) | null;
  /** Sheets of this pass that hold any row, in file order: for the message when none has a header. */
  withRows: string[];
}

/**
 * One streaming pass over the sheets that are (or are not) hidden: the first with a recognisable
 * header is read to its end and the rest of the file is not read at all. Rows go straight from
 * the zip to the data rows; only the first HEADER_SCAN_ROWS wait until the header is known.
 */
async function streamPass(specs: ColumnSpec[], data: Uint8Array, hidden: boolean, t: Translate, limits: ImportLimits, start: (header: SheetHeader) => RowSink): Promise<Pass> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const withRows: string[] = [];
  for await (const sheet of reader) {
    const state = (sheet as unknown as { state?: string }).state ?? 'visible';
    if ((state !== 'visible') !== hidden) continue;
    const name = (sheet as unknown as { name: string }).name;
    const head: Row[] = [];
    let rows: DataRows | null = null;
    const found: { header?: HeaderCandidate } = {};
    // The header is looked for once the first HEADER_SCAN_ROWS rows are in (or the sheet ended).
    const begin = (): DataRows | null => {
      const header = findHeader(head, specs);
      if (!header) return null;
      found.header = header;
      const missing = missingColumn(specs, header, name, t);
      if (missing) throw missing;
      const titles = head.filter((early) => early.number < header.row).flatMap((early) => (Array.isArray(early.values) ? early.values : []).filter((v): v is string => typeof v === 'string'));
      const sink = start({ sheetName: name, headerRow: header.row, columns: header.columns, ignoredHeaders: header.ignored, titles });
      const started = new DataRows(header, specs, name, t, limits, sink);
      for (const early of head) started.add(early);
      return started;
    };
    for await (const row of sheet as AsyncIterable<Row>) {
      if (head.length === 0 && !rows) withRows.push(name);
      if (rows) {
        rows.add(row);
      } else if (row.number <= HEADER_SCAN_ROWS) {
        head.push(row);
      } else {
        rows = begin();
        if (!rows) break;
        rows.add(row);
      }
    }
    if (!rows && head.length > 0) rows = begin();
    if (!found.header || !rows) continue;
    const { row: headerRow, columns, ignored } = found.header;
    return { found: { sheetName: name, headerRow, columns, ignoredHeaders: ignored, rowCount: rows.count }, withRows };
  }
  return { found: null, withRows };
}

/**
 * Streams the rows of the first sheet with a recognisable header row to the sink `start` gives, visible sheets before hidden ones (a
 * hidden lookup sheet must not win over the list the user sees), with exceljs' streaming reader
 * after the parts were measured (zip-guard.ts): memory stays bounded whatever the file holds.
 */
export async function streamSheet(
  specs: ColumnSpec[],
  data: Uint8Array,
  fileName: string,
  t: Translate,
  start: (header: SheetHeader) => RowSink,
  limits = IMPORT_LIMITS,
): Promise<SheetHeader & { rowCount: number }> {
  const unreadable = () => new AppError('IMPORT_UNREADABLE', t('errors.importUnreadable', { file: fileName }));
  // An .xlsx is a zip archive: anything else (CSV, an old .xls, a picture) is refused up front.
  if (data.length < 4 || Buffer.from(data.buffer, data.byteOffset, 4).readUInt32LE(0) !== 0x04034b50) throw unreadable();
  await checkWorkbookParts(data, fileName, t);
  const passes: Pass[] = [];
  for (const hidden of [false, true]) {
    let pass: Pass | null = null;
    // exceljs's streaming reader sometimes reaches a worksheet before the workbook part it needs and
    // throws (exceljs#3064, a race in its unzip stream): a pass that failed before any row was handed
    // on is read again, at most three times, before the file is called unreadable.
    for (let attempt = 1; pass === null; attempt++) {
      let started = false;
      const startOnce = (header: SheetHeader): RowSink => {
        started = true;
        return start(header);
      };
      try {
        pass = await streamPass(specs, data, hidden, t, limits, startOnce);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (started || attempt >= 3) throw unreadable();
      }
    }
    if (pass.found) return pass.found;
    passes.push(pass);
  }
  const sheets = passes.flatMap((pass) => pass.withRows);
  if (sheets.length === 0) throw new AppError('IMPORT_NO_HEADER', t('errors.importEmpty', { file: fileName }));
  const expected = specs
    .filter((spec) => spec.field !== null)
    .map((spec) => t(spec.label))
    .join(', ');
  throw new AppError('IMPORT_NO_HEADER', t('errors.importNoHeader', { sheet: sheets[0], expected }), { sheet: sheets[0] });
}
