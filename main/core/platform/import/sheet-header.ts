import type { Row } from 'exceljs';
import { readCell } from './cells';
import { matchHeader, type ColumnSpec } from './headers';

/** A column found in the file: what it means, its header as written, where it is. */
export interface FoundColumn {
  spec: ColumnSpec;
  header: string;
  col: number;
  letter: string;
}

export interface HeaderCandidate {
  row: number;
  count: number;
  columns: FoundColumn[];
  ignored: string[];
}

/** Title rows (centre name, date, instructions) sit above the header in real files. */
export const HEADER_SCAN_ROWS = 30;

/** `A`, `Z`, `AA`: the letters Excel shows above column `col` (1-based). */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function headerText(row: Row, col: number): string {
  const { value } = readCell(row.findCell(col));
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  return typeof value === 'number' ? String(value) : '';
}

/** One row read as a header: each known column goes to its best-matching header cell. */
function readHeaderRow(row: Row, specs: ColumnSpec[]): HeaderCandidate {
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
    const column = { spec: match.spec, header, col, letter: columnLetter(col) };
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
  return { row: row.number, count, columns, ignored };
}

/** Of a sheet's first rows, the one that names the most known columns (at least two), the earliest on a tie. */
export function findHeader(rows: Row[], specs: ColumnSpec[]): HeaderCandidate | null {
  let chosen: HeaderCandidate | null = null;
  for (const row of rows) {
    if (row.number > HEADER_SCAN_ROWS) break;
    const candidate = readHeaderRow(row, specs);
    if (candidate.count >= 2 && (!chosen || candidate.count > chosen.count)) chosen = candidate;
  }
  return chosen;
}
