import { historyHsCode } from '../../../shared/api/exports';
import type { Checked } from '../../../shared/normalize';
import { foldKey } from '../../../shared/normalize';
import type { CallContext } from '../platform/app';
import { listCategories } from '../platform/db/centre';
import { categoryMatcher } from '../catalogue/categories';
import { asNumber, asText, type RawCell } from '../platform/import/cells';
import { readHsCode } from '../platform/import/readers';
import type { Reader } from '../platform/import/rows';

/** Readers of the export-history sheet: a year, a month by number or name, a category, an HS code. */

const ok = (value: unknown): Checked<unknown> => ({ ok: true, value });

const MONTH_WORDS: Record<string, number> = {};
[
  ['januari', 'january', 'jan'], ['februari', 'february', 'feb', 'peb'], ['maret', 'march', 'mar'], ['april', 'apr'],
  ['mei', 'may'], ['juni', 'june', 'jun'], ['juli', 'july', 'jul'], ['agustus', 'august', 'agu', 'agt', 'aug'],
  ['september', 'sep', 'sept'], ['oktober', 'october', 'okt', 'oct'], ['november', 'nov', 'nop'], ['desember', 'december', 'des', 'dec'],
].forEach((words, i) => words.forEach((word) => (MONTH_WORDS[word] = i + 1)));

/** A year as a number, as text, or from a date cell (a column formatted as dates shows the year). */
export function readYear(cell: RawCell): Checked<unknown> {
  if (cell.value instanceof Date) return ok(cell.value.getUTCFullYear());
  const number = asNumber(cell);
  if (!number.ok) return number;
  return number.value === null ? { ok: false, key: 'invalid.required' } : ok(number.value);
}

/** `3`, `03`, `Maret`, `Mar`, `March`, or a date cell's month. */
export function readMonth(cell: RawCell): Checked<unknown> {
  if (cell.value instanceof Date) return ok(cell.value.getUTCMonth() + 1);
  if (typeof cell.value === 'string') {
    const word = MONTH_WORDS[foldKey(cell.value)];
    if (word !== undefined) return ok(word);
  }
  const number = asNumber(cell);
  if (!number.ok) return { ok: false, key: 'invalid.month' };
  return number.value === null ? { ok: false, key: 'invalid.required' } : ok(number.value);
}

/** An HS code in the stored dotted form when it is one, so that `420221` and `4202.21` are the same row. */
export function readHistoryHsCode(cell: RawCell): Checked<unknown> {
  const read = readHsCode(cell);
  if (!read.ok || typeof read.value !== 'string') return read;
  const parsed = historyHsCode.safeParse(read.value);
  return ok(parsed.success ? parsed.data : read.value);
}

/** A category by code or name in either language; the known names are listed when it is not one. */
export function exportCategoryReader(ctx: CallContext): Reader {
  const categories = listCategories(ctx.app.db);
  const match = categoryMatcher(categories);
  const known = categories.map((category) => (ctx.locale === 'en' ? category.nameEn : category.nameId)).join(', ');
  return (cell: RawCell): Checked<unknown> => {
    const text = asText(cell);
    if (!text.ok || text.value === null) return text.ok ? { ok: false, key: 'invalid.required' } : text;
    const found = match(text.value);
    return found ? ok(found.code) : { ok: false, key: 'invalid.category', params: { value: text.value, known } };
  };
}

export function categoryNames(ctx: CallContext): (code: string) => string {
  const names = new Map(listCategories(ctx.app.db).map((category) => [category.code, ctx.locale === 'en' ? category.nameEn : category.nameId]));
  return (code) => names.get(code) ?? code;
}
