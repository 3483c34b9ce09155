import type { z } from 'zod';
import type { CellValue, ImportError } from '../../../../shared/api/files';
import type { Translate } from '../../../../shared/i18n';
import { issueMessage } from '../../../../shared/issue-message';
import type { Checked } from '../../../../shared/normalize';
import { findUnsafeCharacter } from '../../../../shared/text-safety';
import { EMPTY_CELL, displayRaw, isBlank, type RawCell } from './cells';
import type { ColumnSpec } from './headers';
import type { FoundColumn, SheetRow } from './sheet';

/** Turns one cell into the value the schema expects, or a message key. */
export type Reader = (cell: RawCell) => Checked<unknown>;

/** How one kind's rows are read: each column's reader, the schema, what the preview shows. */
export interface KindRules<V> {
  specs: ColumnSpec[];
  /** Columns that together must be unique within the file (member number; SKU and material). */
  identityKeys: string[];
  readers: Record<string, Reader>;
  /** Runs between the readers and the schema, for values that depend on each other (a price on its currency). */
  prepare?(input: Record<string, unknown>): Record<string, unknown>;
  schema: z.ZodType<V>;
  display(values: V): Record<string, CellValue>;
  /** The message for a repeated identity; by default "number … already used in row …". */
  duplicateMessage?(identity: string, firstRow: number, t: Translate): string;
}

export interface ParsedRow<V> {
  row: number;
  /** The clean record, or null when the row has a problem of its own. */
  values: V | null;
  /** What the preview grid shows, made only for the rows it shows (a list may have 200.000). */
  display(): Record<string, CellValue>;
  /** Problems visible in the file alone; the database is checked separately, at preview and at commit. */
  errors: ImportError[];
  /** The identity columns' text joined by " / ", null when one of them is blank. */
  identity: string | null;
  /** Every column's text as read, also for an invalid row: the database checks name what was written. */
  text: Record<string, string | null>;
}

/** The header as written in the file, or the label when the column is missing altogether. */
export function headerResolver(specs: ColumnSpec[], columns: FoundColumn[], t: Translate): (key: string) => string {
  const written = new Map(columns.map((c) => [c.spec.key, c.header]));
  const labels = new Map(specs.map((s) => [s.key, s.label]));
  return (key) => written.get(key) ?? t(labels.get(key) ?? key);
}

/** A schema's message key in the user's language; keys are `invalid.*` or this module's `imports.invalid.*`. */
export function translateIssue(issue: z.core.$ZodIssue, t: Translate): string {
  return issueMessage(issue, t, t('invalid.wrongType'));
}

function textOf(cell: RawCell, checked: Checked<unknown>): string | null {
  if (isBlank(cell) || !checked.ok) return null;
  const { value } = checked;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/*
 * The preview's view of a row, made when shown. Built here, apart from parseRow, so that the
 * closure of a valid row holds its values only: a closure made inside parseRow would keep the
 * row's cells alive with it (closures share their function's scope), 500 MB at 200.000 rows.
 */
function shownValues<V>(rules: KindRules<V>, values: V): () => Record<string, CellValue> {
  return () => rules.display(values);
}

function shownCells(specs: ColumnSpec[], sheetRow: SheetRow): () => Record<string, CellValue> {
  return () => {
    const shown: Record<string, CellValue> = {};
    for (const spec of specs) {
      const cell = sheetRow.cells.get(spec.key);
      if (spec.field !== null && cell) shown[spec.key] = displayRaw(cell);
    }
    return shown;
  };
}

function parseRow<V>(rules: KindRules<V>, sheetRow: SheetRow, headerOf: (key: string) => string, t: Translate): ParsedRow<V> {
  let input: Record<string, unknown> = {};
  const found: { key: string; message: string }[] = [];
  const failedFields = new Set<string>();
  const keyOfField = new Map<string, string>();
  const text: Record<string, string | null> = {};
  for (const spec of rules.specs) {
    if (spec.field === null) continue;
    keyOfField.set(spec.field, spec.key);
    const read = rules.readers[spec.key];
    if (!read) continue;
    const cell = sheetRow.cells.get(spec.key) ?? EMPTY_CELL;
    const unsafe = typeof cell.value === 'string' ? findUnsafeCharacter(cell.value) : null;
    const checked = unsafe ? { ok: false as const, key: 'guard.unsafeCharacter', params: { ...unsafe } } : read(cell);
    text[spec.key] = textOf(cell, checked);
    if (checked.ok) {
      input[spec.field] = checked.value;
    } else {
      failedFields.add(spec.field);
      found.push({ key: spec.key, message: t(checked.key, checked.params) });
    }
  }
  if (rules.prepare) input = rules.prepare(input);
  const parsed = rules.schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      // A cell already reported by its reader is not reported twice ("required" after "not a date").
      if (failedFields.has(field)) continue;
      failedFields.add(field);
      found.push({ key: keyOfField.get(field) ?? field, message: translateIssue(issue, t) });
    }
  }
  // In the order of the columns, as the user reads the row.
  const order = rules.specs.map((spec) => spec.key);
  found.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const errors: ImportError[] = found.map((f) => ({ row: sheetRow.row, column: headerOf(f.key), message: f.message }));
  const valid = parsed.success && errors.length === 0;

  const parts = rules.identityKeys.map((key) => text[key] ?? null);
  return {
    row: sheetRow.row,
    values: valid ? parsed.data : null,
    display: valid ? shownValues(rules, parsed.data) : shownCells(rules.specs, sheetRow),
    errors,
    identity: parts.length > 0 && parts.every((p) => p !== null) ? parts.join(' / ') : null,
    text,
  };
}

/**
 * Reads data rows one by one, as the sheet streams past. An identity used twice in the file is an
 * error on the later row, naming the first, so the user fixes the copy and not the original.
 */
export function rowParser<V>(rules: KindRules<V>, headerOf: (key: string) => string, t: Translate): (sheetRow: SheetRow) => ParsedRow<V> {
  const firstRowOf = new Map<string, number>();
  const duplicateColumn = rules.identityKeys[rules.identityKeys.length - 1];
  return (sheetRow) => {
    const parsed = parseRow(rules, sheetRow, headerOf, t);
    if (parsed.identity !== null) {
      const folded = parsed.identity.toUpperCase();
      const first = firstRowOf.get(folded);
      if (first === undefined) {
        firstRowOf.set(folded, parsed.row);
      } else {
        const message = rules.duplicateMessage
          ? rules.duplicateMessage(parsed.identity, first, t)
          : t('invalid.duplicateInFile', { value: parsed.identity, row: first });
        parsed.errors.push({ row: parsed.row, column: headerOf(duplicateColumn), message });
        parsed.values = null;
      }
    }
    return parsed;
  };
}
