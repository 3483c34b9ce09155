import { addStreamRow, type StreamSheet } from './stream-sheet';

/**
 * A streamed table too long for one sheet (Excel stops at 1,048,576 rows), laid out a sheet per
 * year, and a year that is still too long in numbered parts. Rows arrive in year order and are
 * never held: each goes to the sheet it belongs on as it comes.
 */

/** Rows between two progress reports: often enough for a progress bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 500;

/** One sheet of a split table: its year (null when everything fits one sheet) and its part within the year. */
export interface SheetPart {
  year: number | null;
  /** 1-based; `of` parts in that year. */
  part: number;
  of: number;
  rows: number;
}

/**
 * How a table of `rowsPerYear` is laid out on sheets of at most `limit` data rows: one sheet when
 * it all fits, otherwise a sheet per year, and a year over the limit in numbered parts.
 */
export function planSheetParts(rowsPerYear: Map<number, number>, limit: number): SheetPart[] {
  const total = [...rowsPerYear.values()].reduce((sum, rows) => sum + rows, 0);
  if (total <= limit) return [{ year: null, part: 1, of: 1, rows: total }];
  return [...rowsPerYear.entries()]
    .filter(([, rows]) => rows > 0)
    .sort(([a], [b]) => a - b)
    .flatMap(([year, rows]) => {
      const of = Math.ceil(rows / limit);
      return Array.from({ length: of }, (_, i) => ({ year, part: i + 1, of, rows: Math.min(limit, rows - i * limit) }));
    });
}

/** `Rincian`, `Rincian 2026`, `Rincian 2026 (2)`. */
export function partSheetName(base: string, part: SheetPart): string {
  if (part.year === null) return base;
  return part.of > 1 ? `${base} ${part.year} (${part.part})` : `${base} ${part.year}`;
}

/**
 * Streams rows (in year order) onto the planned sheets: a new sheet when the year changes or the
 * part is full, pausing as addStreamRows does (so the same care about where rows come from).
 * Every planned sheet is opened, so an empty table still gets its sheet.
 */
export async function writeInParts<T>(
  rows: Iterable<T>,
  options: {
    parts: SheetPart[]; yearOf(row: T): number; open(part: SheetPart): StreamSheet<T>; close(table: StreamSheet<T>, part: SheetPart): void;
    /** Rows written of the rows planned, for someone watching a long report. */
    progress?(done: number, total: number): void;
  },
): Promise<number> {
  const { parts } = options;
  const total = parts.reduce((sum, part) => sum + part.rows, 0);
  let index = 0;
  let table = options.open(parts[0]);
  let written = 0;
  for (const row of rows) {
    const part = parts[index];
    const isOtherYear = part.year !== null && options.yearOf(row) !== part.year;
    if ((table.count >= part.rows || isOtherYear) && index + 1 < parts.length) {
      options.close(table, part);
      index += 1;
      table = options.open(parts[index]);
    }
    addStreamRow(table, row);
    written += 1;
    if (written % PROGRESS_EVERY === 0) options.progress?.(written, total);
    // Deflate falls behind a writer that never waits, and the sheet's XML piles up (stream-pressure.ts).
    if (table.pressure.isFull()) await table.pressure.drained();
  }
  options.progress?.(written, total);
  options.close(table, parts[index]);
  for (let rest = index + 1; rest < parts.length; rest++) options.close(options.open(parts[rest]), parts[rest]);
  return written;
}
