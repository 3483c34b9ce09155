import type { ImportKind, RowChange } from '../../../../shared/api/files';
import type { Translate } from '../../../../shared/i18n';
import type { CallContext } from '../app';
import { buildWorkbook, type ExportDef } from '../workbook/kind-workbook';
import type { ColumnSpec } from './headers';
import { headerResolver, rowParser, type KindRules, type ParsedRow } from './rows';
import type { FoundColumn, SheetHeader, SheetRow } from './sheet';
import { recordUpdateBatchOf, type RecordUpdate } from './record-update';
import { planUpdate, type KindUpdate } from './update';

/** Rows written together: one row, or the lines of one order. */
export interface ImportRecord<W> {
  /** Its sheet rows in sheet order; the first carries the record's own problems. */
  rows: number[];
  /** Null when one of its rows has a problem of its own. */
  values: W | null;
  /** Update mode: equal to its stored record, valid but not written. */
  isUnchanged?: boolean;
}

/** A problem only the database can tell, by sheet row and column key. */
export interface StoredProblem {
  row: number;
  key: string;
  message: string;
}

/**
 * Everything one list needs to move through Excel: its columns, how a row is read, which rows
 * make one record, what the database must confirm, how a record is written, how the list is
 * exported. The importer and the exporter know kinds only through this.
 */
export interface KindDef<V extends object, W, E> {
  kind: ImportKind;
  specs: ColumnSpec[];
  /** The word in file names: `produk-2026-11-23.xlsx`, `template-produk.xlsx`. */
  fileWord: string;
  rules(ctx: CallContext): KindRules<V>;
  /** Groups rows into records; a problem found here goes into the rows' own errors. */
  assemble(rows: ParsedRow<V>[], headerOf: (key: string) => string, t: Translate): ImportRecord<W>[];
  /** Checked at preview and again at commit, because the database may change in between. */
  stored(ctx: CallContext, rows: ParsedRow<V>[], records: ImportRecord<W>[]): StoredProblem[];
  /** Writes one record through the service the screens use; throws AppError with `details.field`. */
  write(ctx: CallContext, values: W): void;
  /**
   * A service's `details.field` → the column key it came from, where the columns' own fields do
   * not say (an order's `lines`); anything unknown names the first required column.
   */
  fieldKeys?: Record<string, string>;
  exporter: ExportDef<E>;
  /** Lists with a key that a file may update (`--update`); each row is its own record then. */
  update?: KindUpdate<V>;
  /** Lists whose records span rows (an order and its lines) that a file may update as whole records. */
  updateRecords?: RecordUpdate<V, W>;
}

/** Each row is its own record. */
export function eachRowAlone<V>(rows: ParsedRow<V>[]): ImportRecord<V>[] {
  return rows.map((row) => ({ rows: [row.row], values: row.values }));
}

export interface PendingRecord {
  rows: number[];
  isComplete: boolean;
  /** Update mode: valid, equal to its record, and not written. */
  isUnchanged: boolean;
  /** Update mode, a record of several rows: what it does as a whole (else its first row says). */
  state?: RowChange['state'];
  write(ctx: CallContext): void;
}

/** A read file waiting to be written, with its kind's checks bound in. */
export interface Batch {
  kind: ImportKind;
  specs: ColumnSpec[];
  columns: FoundColumn[];
  rows: ParsedRow<unknown>[];
  records: PendingRecord[];
  stored(ctx: CallContext): StoredProblem[];
  /** The column key a service's refusal names. */
  fieldKey(field: string): string;
  /** The column that names a record (member number, order number), for messages about the whole record. */
  recordKey: string;
  /** Update mode: what each valid row does, by sheet row; null otherwise. */
  changes: Map<number, RowChange> | null;
}

/** A kind as the importer and the exporter use it, whatever its row and record types. */
export interface KindHandle {
  kind: ImportKind;
  specs: ColumnSpec[];
  fileWord: string;
  /** Whether a file may update this list's stored records (stock, a ledger, never). */
  canUpdate: boolean;
  /** Once the header is known: each data row is parsed as it arrives, the batch built at the end. */
  reader(ctx: CallContext, header: SheetHeader, isUpdate?: boolean): { add(row: SheetRow): void; batch(): Batch };
  workbook(ctx: CallContext, withRows: boolean): Promise<Buffer>;
}

export function defineKind<V extends object, W, E>(def: KindDef<V, W, E>): KindHandle {
  const recordKey = def.specs.find((spec) => spec.required)?.key ?? def.specs[0].key;
  const keyOfField = new Map(def.specs.flatMap((spec) => (spec.field === null ? [] : [[spec.field, spec.key] as const])));
  for (const [field, key] of Object.entries(def.fieldKeys ?? {})) keyOfField.set(field, key);
  return {
    kind: def.kind,
    specs: def.specs,
    fileWord: def.fileWord,
    canUpdate: def.update !== undefined || def.updateRecords !== undefined,
    reader(ctx, header, isUpdate = false) {
      const headerOf = headerResolver(def.specs, header.columns, ctx.t);
      const rules = def.rules(ctx);
      const parse = rowParser(rules, headerOf, ctx.t);
      const rows: ParsedRow<V>[] = [];
      const fieldKey = (field: string) => keyOfField.get(field) ?? recordKey;
      const batch = (): Batch => {
        if (isUpdate && def.updateRecords) {
          const base = { kind: def.kind, specs: def.specs, recordKey, fieldKey };
          return recordUpdateBatchOf(def.updateRecords, base, ctx, header.columns, rows, def.assemble(rows, headerOf, ctx.t));
        }
        return isUpdate && def.update
          ? updateBatchOf(def, def.update, rules, ctx, header.columns, rows, recordKey, keyOfField)
          : batchOf(def, ctx, header.columns, rows, headerOf, recordKey, keyOfField);
      };
      return { add: (row) => rows.push(parse(row)), batch };
    },
    workbook: (ctx, withRows) => buildWorkbook(ctx, def.kind, def.exporter, withRows),
  };
}

/** The parsed rows grouped into records, with the kind's checks and writer bound in. */
function batchOf<V extends object, W, E>(
  def: KindDef<V, W, E>,
  ctx: CallContext,
  columns: FoundColumn[],
  rows: ParsedRow<V>[],
  headerOf: (key: string) => string,
  recordKey: string,
  keyOfField: Map<string, string>,
): Batch {
  const records = def.assemble(rows, headerOf, ctx.t);
  return {
    kind: def.kind,
    specs: def.specs,
    columns,
    rows,
    records: records.map((record) => ({
      rows: record.rows,
      isComplete: record.values !== null,
      isUnchanged: false,
      write(writeCtx: CallContext) {
        if (record.values !== null) def.write(writeCtx, record.values);
      },
    })),
    stored: (checkCtx) => def.stored(checkCtx, rows, records),
    fieldKey: (field) => keyOfField.get(field) ?? recordKey,
    recordKey,
    changes: null,
  };
}

/**
 * The same in update mode: a row naming a stored record updates it. The kind's own database
 * checks still run, except its "already registered" refusal of the rows that name a record.
 */
function updateBatchOf<V extends object, W, E>(
  def: KindDef<V, W, E>,
  update: KindUpdate<V>,
  rules: KindRules<V>,
  ctx: CallContext,
  columns: FoundColumn[],
  rows: ParsedRow<V>[],
  recordKey: string,
  keyOfField: Map<string, string>,
): Batch {
  const plan = planUpdate(ctx, update, rules, columns, rows, ctx.t);
  const identityKeys = new Set(rules.identityKeys);
  return {
    kind: def.kind,
    specs: def.specs,
    columns,
    rows,
    records: plan.records.map((record) => ({
      rows: record.rows,
      isComplete: record.values !== null,
      isUnchanged: record.isUnchanged === true,
      write(writeCtx: CallContext) {
        if (record.values !== null && !record.isUnchanged) update.write(writeCtx, record.values);
      },
    })),
    stored: (checkCtx) => def
      .stored(checkCtx, rows, [])
      .filter((problem) => !(identityKeys.has(problem.key) && plan.matched.has(problem.row)))
      .concat(plan.problems),
    fieldKey: (field) => keyOfField.get(field) ?? recordKey,
    recordKey,
    changes: plan.changes,
  };
}
