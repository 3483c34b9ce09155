import type { ImportError, ImportOutcome } from '../../../../shared/api/files';
import { placeOf } from '../../../../shared/errors';
import { AppError } from '../../../../shared/result';
import type { CallContext } from '../app';
import type { Batch, PendingRecord } from './kind';
import { headerResolver } from './rows';
import { writeTransaction } from '../db/write';

/**
 * Problems only the database can tell: a code already registered, an owner who is not a member,
 * a product that does not exist. Checked at preview and again at commit, because rows imported
 * in between (or a colleague's save) change the answer.
 */
export function storedProblems(ctx: CallContext, batch: Batch): Map<number, ImportError[]> {
  const headerOf = headerResolver(batch.specs, batch.columns, ctx.t);
  const problems = new Map<number, ImportError[]>();
  for (const { row, key, message } of batch.stored(ctx)) {
    problems.set(row, [...(problems.get(row) ?? []), { row, column: headerOf(key), message }]);
  }
  return problems;
}

export interface Problems {
  errors: ImportError[];
  byRow: Map<number, ImportError[]>;
  /** Records without a problem on any of their rows. */
  writable: PendingRecord[];
  /** How many sheet rows those records hold: the `valid` count. */
  validRows: number;
}

/**
 * Every problem of every row, the file's own and the database's, in sheet order. A record is
 * written whole or not at all, so the other rows of a record with a bad row say why they wait.
 */
export function allProblems(ctx: CallContext, batch: Batch): Problems {
  const stored = storedProblems(ctx, batch);
  const own = new Map<number, ImportError[]>();
  for (const row of batch.rows) {
    const errors = [...row.errors, ...(stored.get(row.row) ?? [])];
    if (errors.length > 0) own.set(row.row, errors);
  }
  const headerOf = headerResolver(batch.specs, batch.columns, ctx.t);
  const textOf = new Map(batch.rows.map((row) => [row.row, row.text[batch.recordKey] ?? '']));
  const waiting = new Map<number, ImportError>();
  const writable: PendingRecord[] = [];
  let validRows = 0;
  for (const record of batch.records) {
    const bad = record.rows.filter((row) => own.has(row));
    if (bad.length === 0 && record.isComplete) {
      writable.push(record);
      validRows += record.rows.length;
      continue;
    }
    for (const row of record.rows) {
      if (own.has(row)) continue;
      const message = ctx.t('imports.invalid.recordHasErrors', { value: textOf.get(row), rows: bad.join(', ') });
      waiting.set(row, { row, column: headerOf(batch.recordKey), message });
    }
  }
  const byRow = new Map<number, ImportError[]>();
  for (const row of batch.rows) {
    const wait = waiting.get(row.row);
    const errors = own.get(row.row) ?? (wait ? [wait] : []);
    if (errors.length > 0) byRow.set(row.row, errors);
  }
  return { errors: [...byRow.values()].flat(), byRow, writable, validRows };
}

class RowFailure extends Error {
  constructor(readonly problem: ImportError) {
    super(problem.message);
  }
}

/**
 * Where a service's refusal points: the column its `details.field` names (else the record's own
 * code), on the row of `details.line` when it names one of an order's lines (else the first row).
 */
function failedCell(batch: Batch, record: PendingRecord, error: unknown): { row: number; key: string } {
  const place = error instanceof AppError ? placeOf(error.toShape()) : null;
  return { row: record.rows[(place?.line ?? 0) - 1] ?? record.rows[0], key: batch.fieldKey(place?.field ?? '') };
}

function failureMessage(ctx: CallContext, error: unknown): string {
  if (error instanceof AppError) return error.message;
  return ctx.t('errors.internal', { message: error instanceof Error ? error.message : String(error) });
}

/** Update mode's counts of the records written: new, changed and unchanged rows. */
export function updateCounts(batch: Batch, writable: PendingRecord[]): { imported: number; updated: number; unchanged: number } {
  const counts = { imported: 0, updated: 0, unchanged: 0 };
  for (const record of writable) {
    const state = record.state ?? batch.changes?.get(record.rows[0])?.state;
    if (state === 'changed') counts.updated += 1;
    else if (state === 'unchanged') counts.unchanged += 1;
    else counts.imported += record.rows.length;
  }
  return counts;
}

/** The outcome's counts: update mode adds `updated` and `unchanged` (`imported` is then new rows only). */
export function written(batch: Batch, writable: PendingRecord[], validRows: number, isWritten: boolean): Pick<ImportOutcome, 'imported' | 'updated' | 'unchanged'> {
  if (batch.changes === null) return { imported: isWritten ? validRows : 0 };
  const counts = updateCounts(batch, writable);
  return isWritten ? counts : { imported: 0, updated: 0, unchanged: counts.unchanged };
}

/**
 * Writes the valid records in one transaction. Without `skipInvalid` a single bad row means
 * nothing is written. A record refused while writing rolls everything back and is reported
 * with its first row.
 */
export function commitBatch(ctx: CallContext, batch: Batch, skipInvalid: boolean): ImportOutcome {
  const { errors, writable, validRows } = allProblems(ctx, batch);
  if (errors.length > 0 && !skipInvalid) return { valid: validRows, ...written(batch, writable, validRows, false), errors };
  const headerOf = headerResolver(batch.specs, batch.columns, ctx.t);
  try {
    writeTransaction(ctx.app.db, () => {
      for (const record of writable) {
        try {
          record.write(ctx);
        } catch (error) {
          const { row, key } = failedCell(batch, record, error);
          throw new RowFailure({ row, column: headerOf(key), message: failureMessage(ctx, error) });
        }
      }
    });
  } catch (error) {
    if (error instanceof RowFailure) return { valid: validRows, ...written(batch, writable, validRows, false), errors: [...errors, error.problem] };
    throw error;
  }
  return { valid: validRows, ...written(batch, writable, validRows, true), errors };
}
