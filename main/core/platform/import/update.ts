import type { CellValue, RowChange } from '../../../../shared/api/files';
import type { Translate } from '../../../../shared/i18n';
import type { CallContext } from '../app';
import type { ImportRecord, StoredProblem } from './kind';
import type { KindRules, ParsedRow } from './rows';
import type { FoundColumn } from './sheet';

/** How a list with a key is updated from a file: its stored records and how one is written. */
export interface KindUpdate<V extends object> {
  /**
   * The records the file may update, as the importer reads a row (removed ones are not among
   * them); with an `id` where the service updates by id (a BOM line is found by its two codes).
   */
  current(ctx: CallContext): V[];
  /** Writes a new or an updated record (with `id`) through the service the screens use. */
  write(ctx: CallContext, values: V): void;
}

/** A file read in update mode: what each valid row does, and the records to write. */
export interface UpdatePlan<V extends object> {
  records: ImportRecord<V>[];
  /** By sheet row: new, changed (with its cells) or unchanged. */
  changes: Map<number, RowChange>;
  /** A key spelled otherwise than the record it names: the import would change a key. */
  problems: StoredProblem[];
  /** Rows that name a stored record: the kind's "already registered" refusal does not apply to them. */
  matched: Set<number>;
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');
}

/** The row's values as the record's, with the stored value of every column the file lacks. */
function withStored<V extends object>(values: V, found: V, absentFields: string[]): V {
  const merged = { ...values };
  if (Reflect.has(found, 'id')) Reflect.set(merged, 'id', Reflect.get(found, 'id'));
  for (const field of absentFields) Reflect.set(merged, field, Reflect.get(found, field));
  return merged;
}

/**
 * A new row equal to a stored record in every column but its key is that record with its key
 * changed, when the file does not also list the record under its own key. Only where a name and
 * at least one more cell agree: two workshops named alike are not one another.
 */
function renamedRecords<V>(rules: KindRules<V>, stored: Map<string, V>, shownKeys: string[], identityOf: (shown: Record<string, CellValue>) => string) {
  const keys = shownKeys.filter((key) => !rules.identityKeys.includes(key));
  if (!keys.includes('name')) return () => undefined;
  const signatureOf = (shown: Record<string, CellValue>): string | null => {
    const values = keys.map((key) => shown[key] ?? null);
    return values.filter((value) => value !== null && value !== '').length >= 2 ? JSON.stringify(values) : null;
  };
  const bySignature = new Map<string, string | null>();
  for (const record of stored.values()) {
    const shown = rules.display(record);
    const signature = signatureOf(shown);
    // Two stored records alike: neither can be told from the other, so no row is called a rename.
    if (signature !== null) bySignature.set(signature, bySignature.has(signature) ? null : identityOf(shown));
  }
  return (values: V): string | undefined => {
    const signature = signatureOf(rules.display(values));
    return (signature === null ? undefined : bySignature.get(signature)) ?? undefined;
  };
}

/**
 * Matches each valid row to the stored record of its key. A column the file does not have keeps
 * the stored value (a short list updates only what it holds); a row equal to its record is not
 * written at all, so the audit log and the dated history show only real changes.
 */
export function planUpdate<V extends object>(
  ctx: CallContext,
  update: KindUpdate<V>,
  rules: KindRules<V>,
  columns: FoundColumn[],
  rows: ParsedRow<V>[],
  t: Translate,
): UpdatePlan<V> {
  // As the row's identity is made: the key columns' text joined by " / " (a BOM line: SKU / material).
  const identityOf = (shown: Record<string, CellValue>) => rules.identityKeys.map((key) => String(shown[key] ?? '')).join(' / ');
  const identityKey = rules.identityKeys[rules.identityKeys.length - 1];
  const stored = new Map<string, V>();
  for (const record of update.current(ctx)) stored.set(identityOf(rules.display(record)).toUpperCase(), record);
  const present = new Set(columns.map((column) => column.spec.key));
  const absentFields = rules.specs.filter((spec) => spec.field !== null && !present.has(spec.key)).map((spec) => spec.field ?? '');
  const shownKeys = rules.specs.filter((spec) => spec.field !== null && present.has(spec.key)).map((spec) => spec.key);
  const plan: UpdatePlan<V> = { records: [], changes: new Map(), problems: [], matched: new Set() };
  const renamedFrom = renamedRecords(rules, stored, shownKeys, identityOf);
  const keysInFile = new Set(rows.flatMap((row) => (row.identity === null ? [] : [row.identity.toUpperCase()])));
  for (const row of rows) {
    const found = row.identity === null ? undefined : stored.get(row.identity.toUpperCase());
    if (found) plan.matched.add(row.row);
    if (row.values === null) {
      plan.records.push({ rows: [row.row], values: null });
      continue;
    }
    const renamed = found ? undefined : renamedFrom(row.values);
    if (renamed !== undefined && !keysInFile.has(renamed.toUpperCase())) {
      plan.problems.push({ row: row.row, key: identityKey, message: t('importUpdate.keyReplaced', { value: row.identity, stored: renamed }) });
      plan.records.push({ rows: [row.row], values: null });
      continue;
    }
    if (!found) {
      plan.changes.set(row.row, { state: 'new', cells: [] });
      plan.records.push({ rows: [row.row], values: row.values });
      continue;
    }
    const before = rules.display(found);
    const storedKey = identityOf(before);
    if (storedKey !== row.identity) {
      plan.problems.push({ row: row.row, key: identityKey, message: t('importUpdate.keyChanged', { value: row.identity, stored: storedKey }) });
      plan.records.push({ rows: [row.row], values: null });
      continue;
    }
    const merged = withStored(row.values, found, absentFields);
    const after = rules.display(merged);
    const cells = shownKeys.filter((key) => !same(before[key], after[key])).map((key) => ({ key, before: before[key] ?? null, after: after[key] ?? null }));
    plan.changes.set(row.row, { state: cells.length === 0 ? 'unchanged' : 'changed', cells });
    // An unchanged row is valid but writes nothing.
    plan.records.push({ rows: [row.row], values: merged, isUnchanged: cells.length === 0 });
  }
  return plan;
}
