import type { Cell } from 'exceljs';
import type { CellValue } from '../../../../shared/api/files';
import { excelSerialToIso, formatDateId, isoDate, parseDateText } from '../../../../shared/dates';
import { parseNumberText, type Checked } from '../../../../shared/normalize';

/** A cell as the importer sees it, whatever way Excel stored it. */
export interface RawCell {
  value: string | number | boolean | Date | null;
  /** The number format, to restore leading zeros Excel shows but does not store (`0000`). */
  numFmt?: string;
  /** An Excel error (`#REF!`) where a value should be. */
  error?: string;
}

export const EMPTY_CELL: RawCell = { value: null };

/** A formula without a readable result: an Excel error the reader did not name (#N/A, #REF!, …), or none cached. */
const FORMULA_ERROR = '#N/A / #REF!';

/** The message for a cell holding an Excel error. */
function cellError<T>(cell: RawCell): Checked<T> {
  return cell.error === FORMULA_ERROR ? bad('invalid.formulaError') : bad('invalid.cellError', { value: cell.error ?? '' });
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(key: string, params?: Record<string, string | number>): Checked<T> => ({ ok: false, key, params });

/** Rich text, formulas (their cached result), hyperlinks (their text) and plain values alike. */
function plain(value: unknown): RawCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') {
    const text = value.replace(/\u00a0/g, ' ').trim();
    return { value: text === '' ? null : text };
  }
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : null };
  if (typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: Number.isNaN(value.getTime()) ? null : value };
  if (typeof value !== 'object') return EMPTY_CELL;
  if ('richText' in value && Array.isArray(value.richText)) {
    const parts: unknown[] = value.richText;
    return plain(parts.map((part) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join(''));
  }
  if ('formula' in value || 'sharedFormula' in value) {
    // The streaming reader drops a formula's cached error (#N/A) or keeps it as NaN: either way the
    // cell shows something in Excel that cannot be read here, which is not the same as blank.
    const result = 'result' in value ? value.result : undefined;
    if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) return { value: null, error: FORMULA_ERROR };
    return plain(result);
  }
  if ('error' in value) return { value: null, error: String(value.error) };
  if ('text' in value) return plain(value.text);
  return EMPTY_CELL;
}

/** Reads one cell; the covered cells of a merged range count as empty, only the top-left holds the value. */
export function readCell(cell: Cell | undefined): RawCell {
  if (!cell || (cell.isMerged && cell.master.address !== cell.address)) return EMPTY_CELL;
  const read = plain(cell.value);
  return read.value === null ? read : { ...read, numFmt: cell.numFmt };
}

export function isBlank(cell: RawCell): boolean {
  return cell.value === null && cell.error === undefined;
}

/** Whole numbers without exponent or float noise: a 13-digit NIB stays 13 digits. */
function integerText(value: number): string {
  return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** The cell as text. A number formatted `0000` keeps the zeros Excel shows (member no. 0276). */
export function asText(cell: RawCell): Checked<string | null> {
  if (cell.error !== undefined) return cellError(cell);
  const { value } = cell;
  if (value === null) return ok(null);
  if (typeof value === 'string') return ok(value);
  if (typeof value === 'boolean') return ok(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) return ok(formatDateId(dateToIso(value)));
  if (!Number.isInteger(value)) return ok(String(value));
  const digits = integerText(value);
  const zeros = /^0+$/.test(cell.numFmt ?? '') ? (cell.numFmt ?? '').length : 0;
  return ok(digits.padStart(zeros, '0'));
}

export function asNumber(cell: RawCell): Checked<number | null> {
  if (cell.error !== undefined) return cellError(cell);
  const { value } = cell;
  if (value === null) return ok(null);
  if (typeof value === 'number') return ok(value);
  if (typeof value === 'string') {
    const parsed = parseNumberText(value);
    return parsed === null ? bad('invalid.notNumber') : ok(parsed);
  }
  return bad('invalid.notNumber');
}

/** exceljs hands dates over as UTC midnights of the day Excel shows. */
function dateToIso(date: Date): string | null {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A real Excel date, a day serial (a date column formatted as General) or day-first text. */
export function asDate(cell: RawCell): Checked<string | null> {
  if (cell.error !== undefined) return cellError(cell);
  const { value } = cell;
  if (value === null) return ok(null);
  let iso: string | null = null;
  if (value instanceof Date) iso = dateToIso(value);
  else if (typeof value === 'number') iso = excelSerialToIso(value);
  else if (typeof value === 'string') iso = parseDateText(value);
  return iso === null ? bad('invalid.date') : ok(iso);
}

/**
 * Excel keeps 15 significant digits: a 16-digit NIK typed into a General cell comes back with
 * its last digit turned into 0 (3515061708900001 → 3515061708900000). Such a number cannot be
 * trusted, so it is refused rather than stored wrong; other numbers become their digits.
 */
export function asNik(cell: RawCell): Checked<string | null> {
  const { value } = cell;
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = integerText(value);
    if (digits.length >= 16 && digits.endsWith('0')) return bad('invalid.nikAsNumber');
    return ok(digits);
  }
  return asText(cell);
}

/** What the preview grid shows for a cell as written in the file. */
export function displayRaw(cell: RawCell): CellValue {
  if (cell.error !== undefined) return cell.error;
  const { value } = cell;
  if (value instanceof Date) return formatDateId(dateToIso(value)) || value.toISOString().slice(0, 10);
  return value;
}

/** Text of a cell for words like "Jumlah" or a header; numbers and dates are not words. */
export function wordOf(cell: RawCell): string {
  return typeof cell.value === 'string' ? cell.value : '';
}
