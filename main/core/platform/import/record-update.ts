import type { RowChange } from '../../../../shared/api/files';
import type { CallContext } from '../app';
import type { Batch, ImportRecord, StoredProblem } from './kind';
import type { ColumnSpec } from './headers';
import type { ParsedRow } from './rows';
import type { FoundColumn } from './sheet';

/** A record of several rows in update mode, with what it does as a whole. */
export interface PlannedRecord<W> extends ImportRecord<W> {
  state: RowChange['state'];
}

/** A file of multi-row records (an order and its lines) read in update mode. */
export interface RecordUpdatePlan<W> {
  records: PlannedRecord<W>[];
  /** By sheet row: what the row does, with its changed cells (the record's own on its first row). */
  changes: Map<number, RowChange>;
  /** Everything the database has to say about the file's records, new and stored. */
  problems: StoredProblem[];
}

/**
 * How a list whose records span rows is updated from a file: the whole record is planned at
 * once (its rows may add, change and drop parts of it), then written through the form's service.
 */
export interface RecordUpdate<V extends object, W> {
  plan(ctx: CallContext, columns: FoundColumn[], rows: ParsedRow<V>[], records: ImportRecord<W>[]): RecordUpdatePlan<W>;
  write(ctx: CallContext, values: W): void;
}

/** The batch of a multi-row list in update mode; an unchanged record is valid and not written. */
export function recordUpdateBatchOf<V extends object, W>(
  update: RecordUpdate<V, W>,
  base: { kind: Batch['kind']; specs: ColumnSpec[]; recordKey: string; fieldKey(field: string): string },
  ctx: CallContext,
  columns: FoundColumn[],
  rows: ParsedRow<V>[],
  records: ImportRecord<W>[],
): Batch {
  const plan = update.plan(ctx, columns, rows, records);
  return {
    ...base,
    columns,
    rows,
    records: plan.records.map((record) => ({
      rows: record.rows,
      isComplete: record.values !== null,
      isUnchanged: record.state === 'unchanged',
      state: record.state,
      write(writeCtx: CallContext) {
        if (record.values !== null && record.state !== 'unchanged') update.write(writeCtx, record.values);
      },
    })),
    stored: () => plan.problems,
    changes: plan.changes,
  };
}
