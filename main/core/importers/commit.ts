import type { ImportError, ImportKind, ImportOutcome } from '../../../shared/api/files';
import type { MemberValues } from '../../../shared/domain/member';
import type { UnitValues } from '../../../shared/domain/unit';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../app';
import { memberNumbersInUse } from '../db/members';
import { unitCodesInUse } from '../db/units';
import { writeMember } from '../services/members';
import { writeUnit } from '../services/units';
import type { ColumnSpec } from './headers';
import { headerResolver, type ParsedRow } from './rows';
import type { FoundColumn } from './sheet';

/** A read file waiting to be written; the database is checked again when it is. */
export type Batch =
  | { kind: 'members'; specs: ColumnSpec[]; columns: FoundColumn[]; rows: ParsedRow<MemberValues>[] }
  | { kind: 'units'; specs: ColumnSpec[]; columns: FoundColumn[]; rows: ParsedRow<UnitValues>[] };

/** Kept in the import store between preview and commit; `instanceof` narrows what comes back. */
export class PendingImport {
  constructor(readonly batch: Batch) {}
}

const FIELD_KEYS: Record<ImportKind, Record<string, string>> = {
  members: { memberNo: 'member_no' },
  units: { unitCode: 'unit_code', ownerMemberNo: 'owner_member_no', categories: 'categories' },
};

/**
 * Problems only the database can tell: a number already registered, an owner who is not a
 * member. Checked at preview and again at commit, because members imported in between (or a
 * colleague's save) change the answer.
 */
export function storedProblems(ctx: CallContext, batch: Batch): Map<number, ImportError[]> {
  const { db } = ctx.app;
  const headerOf = headerResolver(batch.specs, batch.columns, ctx.t);
  const problems = new Map<number, ImportError[]>();
  const add = (row: number, key: string, message: string) => {
    problems.set(row, [...(problems.get(row) ?? []), { row, column: headerOf(key), message }]);
  };
  const members = memberNumbersInUse(db);
  const own = batch.kind === 'members' ? members : unitCodesInUse(db);
  const identityKey = batch.kind === 'members' ? 'member_no' : 'unit_code';
  for (const row of batch.rows) {
    if (row.identity !== null && own.has(row.identity.toUpperCase())) {
      add(row.row, identityKey, ctx.t('invalid.duplicateStored', { value: row.identity }));
    }
    if (batch.kind === 'units' && row.reference !== null && !members.has(row.reference.toUpperCase())) {
      add(row.row, 'owner_member_no', ctx.t('invalid.unknownOwner', { value: row.reference }));
    }
  }
  return problems;
}

/** Every problem of every row, the file's own and the database's, in sheet order. */
export function allProblems(ctx: CallContext, batch: Batch): { errors: ImportError[]; byRow: Map<number, ImportError[]> } {
  const stored = storedProblems(ctx, batch);
  const byRow = new Map<number, ImportError[]>();
  for (const row of batch.rows) {
    const errors = [...row.errors, ...(stored.get(row.row) ?? [])];
    if (errors.length > 0) byRow.set(row.row, errors);
  }
  return { errors: [...byRow.values()].flat(), byRow };
}

class RowFailure extends Error {
  constructor(readonly problem: ImportError) {
    super(problem.message);
  }
}

function writeRow(ctx: CallContext, batch: Batch, index: number): void {
  if (batch.kind === 'members') {
    const values = batch.rows[index].values;
    if (values) writeMember(ctx, values);
  } else {
    const values = batch.rows[index].values;
    if (values) writeUnit(ctx, values);
  }
}

/** The column a service's refusal names (`details.field`), else the row's own number. */
function failedKey(kind: ImportKind, error: unknown): string {
  const details = error instanceof AppError ? error.details : undefined;
  const field = typeof details === 'object' && details !== null && 'field' in details ? String(details.field) : '';
  return FIELD_KEYS[kind][field] ?? (kind === 'members' ? 'member_no' : 'unit_code');
}

function failureMessage(ctx: CallContext, error: unknown): string {
  if (error instanceof AppError) return error.message;
  return ctx.t('errors.internal', { message: error instanceof Error ? error.message : String(error) });
}

/**
 * Writes the valid rows in one transaction. Without `skipInvalid` a single bad row means nothing
 * is written. A row refused while writing rolls everything back and is reported with its row.
 */
export function commitBatch(ctx: CallContext, batch: Batch, skipInvalid: boolean): ImportOutcome {
  const { errors, byRow } = allProblems(ctx, batch);
  const writable = batch.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.values !== null && !byRow.has(row.row));
  const valid = writable.length;
  if (errors.length > 0 && !skipInvalid) return { valid, imported: 0, errors };
  const headerOf = headerResolver(batch.specs, batch.columns, ctx.t);
  try {
    ctx.app.db.transaction(() => {
      for (const { row, index } of writable) {
        try {
          writeRow(ctx, batch, index);
        } catch (error) {
          throw new RowFailure({ row: row.row, column: headerOf(failedKey(batch.kind, error)), message: failureMessage(ctx, error) });
        }
      }
    })();
  } catch (error) {
    if (error instanceof RowFailure) return { valid, imported: 0, errors: [...errors, error.problem] };
    throw error;
  }
  return { valid, imported: valid, errors };
}
