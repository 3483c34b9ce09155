import type { BulkResult } from '../../../shared/api/bulk';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { writeTransaction } from '../platform/db/write';

/** What a bulk action needs to know of one row before it acts: its number and its status now. */
export interface BulkRow<S extends string> {
  no: string;
  status: S;
}

export interface BulkAction<S extends string> {
  /** The row as stored, or undefined when no row has that id. */
  find(id: number): BulkRow<S> | undefined;
  /** A reason to leave the row as it is before acting (already in the wanted status), or null. */
  skip(row: BulkRow<S>): string | null;
  /** The single action itself, as one row's button runs it; answers the row's number after it. */
  act(id: number, row: BulkRow<S>): string;
}

/**
 * Runs one action over many rows: one transaction for the batch, a savepoint per row. A row the
 * single action refuses (its AppError) is rolled back to its savepoint — nothing of it stays
 * half-written — and named with the refusal's own words; the rows done commit together at the
 * end. Anything else (a bug, a full disk, another writer holding the lock) rolls back the whole
 * batch and is thrown, so a summary never claims rows that were not saved.
 */
export function runBulk<S extends string>(ctx: CallContext, ids: readonly number[], action: BulkAction<S>): BulkResult {
  const { db } = ctx.app;
  return writeTransaction(db, () => {
    const result: BulkResult = { done: [], refused: [] };
    for (const id of ids) {
      const row = action.find(id);
      if (!row) {
        result.refused.push({ id, no: String(id), reason: ctx.t('bulk.notFound') });
        continue;
      }
      const skip = action.skip(row);
      if (skip !== null) {
        result.refused.push({ id, no: row.no, reason: skip });
        continue;
      }
      try {
        result.done.push({ id, no: writeTransaction(db, () => action.act(id, row)) });
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'BUSY' || error.code === 'INTERNAL') throw error;
        result.refused.push({ id, no: row.no, reason: error.message });
      }
    }
    return result;
  });
}
