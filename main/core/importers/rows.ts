import type { z } from 'zod';
import type { CellValue, ImportError } from '../../../shared/api/files';
import type { Translate } from '../../../shared/i18n';
import type { Checked } from '../../../shared/normalize';
import { EMPTY_CELL, displayRaw, isBlank, type RawCell } from './cells';
import type { ColumnSpec } from './headers';
import type { FoundColumn, SheetRow } from './sheet';

/** Turns one cell into the value the schema expects, or a message key. */
export type Reader = (cell: RawCell) => Checked<unknown>;

/** What differs between members and units: how each column is read, the schema, the display. */
export interface KindRules<V> {
  specs: ColumnSpec[];
  /** The column that must be unique (member number, unit code). */
  identityKey: string;
  /** The column naming another record that must exist (a unit's owner), if any. */
  referenceKey?: string;
  readers: Record<string, Reader>;
  schema: z.ZodType<V>;
  display(values: V): Record<string, CellValue>;
}

export interface ParsedRow<V> {
  row: number;
  /** The clean record, or null when the row has a problem of its own. */
  values: V | null;
  display: Record<string, CellValue>;
  /** Problems visible in the file alone; the database is checked separately, at preview and at commit. */
  errors: ImportError[];
  identity: string | null;
  reference: string | null;
}

/** The header as written in the file, or the label when the column is missing altogether. */
export function headerResolver(specs: ColumnSpec[], columns: FoundColumn[], t: Translate): (key: string) => string {
  const written = new Map(columns.map((c) => [c.spec.key, c.header]));
  const labels = new Map(specs.map((s) => [s.key, s.label]));
  return (key) => written.get(key) ?? t(labels.get(key) ?? key);
}

function translateIssue(issue: z.core.$ZodIssue, t: Translate): string {
  const params = 'params' in issue && issue.params ? issue.params : {};
  return issue.message.startsWith('invalid.') ? t(issue.message, params) : t('invalid.wrongType');
}

function textOf(cell: RawCell | undefined, read: Reader | undefined): string | null {
  if (!cell || isBlank(cell) || !read) return null;
  const checked = read(cell);
  return checked.ok && typeof checked.value === 'string' && checked.value.trim() !== '' ? checked.value.trim() : null;
}

function parseRow<V>(rules: KindRules<V>, sheetRow: SheetRow, headerOf: (key: string) => string, t: Translate): ParsedRow<V> {
  const input: Record<string, unknown> = {};
  const found: { key: string; message: string }[] = [];
  const failedFields = new Set<string>();
  const keyOfField = new Map<string, string>();
  for (const spec of rules.specs) {
    if (spec.field === null) continue;
    keyOfField.set(spec.field, spec.key);
    const read = rules.readers[spec.key];
    if (!read) continue;
    const checked = read(sheetRow.cells.get(spec.key) ?? EMPTY_CELL);
    if (checked.ok) {
      input[spec.field] = checked.value;
    } else {
      failedFields.add(spec.field);
      found.push({ key: spec.key, message: t(checked.key, checked.params) });
    }
  }
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
  const raw: Record<string, CellValue> = {};
  for (const spec of rules.specs) {
    const cell = sheetRow.cells.get(spec.key);
    if (spec.field !== null && cell) raw[spec.key] = displayRaw(cell);
  }
  const identityKey = rules.identityKey;
  return {
    row: sheetRow.row,
    values: valid ? parsed.data : null,
    display: valid ? rules.display(parsed.data) : raw,
    errors,
    identity: textOf(sheetRow.cells.get(identityKey), rules.readers[identityKey]),
    reference: rules.referenceKey ? textOf(sheetRow.cells.get(rules.referenceKey), rules.readers[rules.referenceKey]) : null,
  };
}

/**
 * Reads every data row. A number used twice in the file is an error on the later row, naming
 * the first, so the user fixes the copy and not the original.
 */
export function parseRows<V>(rules: KindRules<V>, rows: SheetRow[], headerOf: (key: string) => string, t: Translate): ParsedRow<V>[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((sheetRow) => {
    const parsed = parseRow(rules, sheetRow, headerOf, t);
    if (parsed.identity !== null) {
      const folded = parsed.identity.toUpperCase();
      const first = firstRowOf.get(folded);
      if (first === undefined) {
        firstRowOf.set(folded, parsed.row);
      } else {
        parsed.errors.push({
          row: parsed.row,
          column: headerOf(rules.identityKey),
          message: t('invalid.duplicateInFile', { value: parsed.identity, row: first }),
        });
        parsed.values = null;
      }
    }
    return parsed;
  });
}
