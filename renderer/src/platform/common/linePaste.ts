import { foldKey, parseNumberText } from '../../../../shared/normalize';

/** One column of a line editor as a pasted block may fill it. */
export interface PasteColumn<L> {
  field: keyof L & string;
  /** Header words (any case or spacing) that name this column in a block copied with its headers. */
  headers: readonly string[];
  /** The pasted cell as the field keeps it (a product's name to its SKU); trimmed text otherwise. */
  read?(text: string): string;
}

export interface PastePlan<L> {
  /** The block's rows as field texts, in order; the header row, when there was one, is not among them. */
  rows: Partial<Record<keyof L & string, string>>[];
  hasHeader: boolean;
  /** Columns of the block no field takes: their headers, or their numbers (`kolom 4`) without headers. */
  ignored: string[];
}

// Columns of totals are worked out here, never taken from the sheet (`Jumlah harga`, `Harga total`).
const NEVER_TAKEN = ['total', 'jumlahharga', 'subtotal', 'nilai', 'amount'];

function columnOfHeader<L>(header: string, columns: readonly PasteColumn<L>[]): number {
  const folded = foldKey(header);
  if (folded === '' || NEVER_TAKEN.some((word) => folded.includes(word))) return -1;
  return columns.findIndex((column) => column.headers.some((word) => {
    const wanted = foldKey(word);
    return folded === wanted || folded.startsWith(wanted);
  }));
}

/** A first row is headers when some cell names a column and no cell is a number. */
function isHeaderRow<L>(row: string[], columns: readonly PasteColumn<L>[]): boolean {
  const names = row.filter((cell) => columnOfHeader(cell, columns) >= 0).length;
  return names > 0 && row.every((cell) => cell.trim() === '' || parseNumberText(cell) === null);
}

function clean(text: string): string {
  return text.replace(/\u00a0/g, ' ').trim();
}

/**
 * Where the cells of a block copied from a spreadsheet go: by its header row when it has one
 * (columns the editor does not have are left out and named), otherwise column by column from the
 * field the user pasted into.
 */
export function planPaste<L>(cells: string[][], columns: readonly PasteColumn<L>[], startField: keyof L & string): PastePlan<L> {
  const hasHeader = cells.length > 0 && isHeaderRow(cells[0], columns);
  const width = Math.max(0, ...cells.map((row) => row.length));
  const start = Math.max(0, columns.findIndex((column) => column.field === startField));
  const target: (PasteColumn<L> | null)[] = [];
  const ignored: string[] = [];
  for (let at = 0; at < width; at += 1) {
    const header = hasHeader ? clean(cells[0][at] ?? '') : '';
    const index = hasHeader ? columnOfHeader(header, columns) : start + at;
    const column = columns[index] ?? null;
    // Two columns of one header: the first is taken.
    const isTaken = column !== null && target.includes(column);
    target.push(column && !isTaken ? column : null);
    if (!column || isTaken) {
      const isBlank = cells.slice(hasHeader ? 1 : 0).every((row) => clean(row[at] ?? '') === '');
      if (!isBlank) ignored.push(header || String(at + 1));
    }
  }
  const rows = cells.slice(hasHeader ? 1 : 0).map((row) => {
    const line: Partial<Record<keyof L & string, string>> = {};
    target.forEach((column, at) => {
      if (!column) return;
      const text = clean(row[at] ?? '');
      line[column.field] = column.read ? column.read(text) : text;
    });
    return line;
  });
  return { rows, hasHeader, ignored };
}
