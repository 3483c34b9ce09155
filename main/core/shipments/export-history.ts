import type { ExportFactValues, ExportHistoryRow } from '../../../shared/api/exports';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import { recordAudit } from '../platform/db/audit';
import { listCategories } from '../platform/db/centre';
import {
  findExportRow, getExportRow, insertExportRow, setExportRowRemoved, updateExportRow, type StoredExportRow,
} from './export-history-queries';
import { writeTransaction } from '../platform/db/write';
import { settleMonthSource } from './export-month-source';

/** Export history typed in by hand or imported: one row a month × country × category × HS code. */

function mustGet(ctx: CallContext, id: number): StoredExportRow {
  const row = getExportRow(ctx.app.db, id);
  if (!row) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  return row;
}

/** How the audit log and the messages name a row: `03/2024 US tas 4202.21`. */
export function exportRowName(row: Pick<ExportFactValues, 'year' | 'month' | 'country' | 'category' | 'hsCode'>): string {
  return `${String(row.month).padStart(2, '0')}/${row.year} ${row.country} ${row.category} ${row.hsCode}`;
}

/** History is the past: a month after the centre's current month is refused, naming the field at fault. */
export function futurePeriodField(ctx: CallContext, year: number, month: number): 'year' | 'month' | null {
  const today = ctx.app.today();
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) return 'year';
  return year === thisYear && month > Number(today.slice(5, 7)) ? 'month' : null;
}

function check(ctx: CallContext, values: ExportFactValues): void {
  const categories = listCategories(ctx.app.db);
  if (!categories.some((category) => category.code === values.category)) {
    const known = categories.map((category) => category.nameId).join(', ');
    throw new AppError('INVALID_INPUT', ctx.t('invalid.category', { value: values.category, known }), { field: 'category' });
  }
  const future = futurePeriodField(ctx, values.year, values.month);
  if (future) {
    const period = `${String(values.month).padStart(2, '0')}/${values.year}`;
    throw new AppError('INVALID_INPUT', ctx.t('invalid.futurePeriod', { period }), { field: future });
  }
  const clash = findExportRow(ctx.app.db, values);
  if (clash && clash.id !== values.id) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateExportRow', { value: exportRowName(values) }));
  }
}

/** Writes one row without a transaction of its own, so that an import can write many in one. */
export function writeExportRow(ctx: CallContext, values: ExportFactValues): number {
  check(ctx, values);
  const { db } = ctx.app;
  const now = ctx.app.now();
  const { id, monthSource: _source, ...stored } = values;
  const existing = id === undefined ? undefined : getExportRow(db, id);
  const sameMonth = existing && existing.year === values.year && existing.month === values.month && existing.removedAt === null;
  settleMonthSource(ctx, values, sameMonth ? existing.fobUsdCents : 0);
  const after = { ...values, name: exportRowName(values) };
  if (id === undefined) {
    const created = insertExportRow(db, stored, now);
    recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'export', entityId: created, action: 'create', after });
    return created;
  }
  const before = mustGet(ctx, id);
  if (before.removedAt !== null) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  updateExportRow(db, id, stored, now);
  recordAudit(db, { at: now, actor: ctx.app.actor, entity: 'export', entityId: id, action: 'update', before, after });
  return id;
}

function shown(row: StoredExportRow): ExportHistoryRow {
  const { removedAt: _removed, ...visible } = row;
  return visible;
}

export function saveExportRow(ctx: CallContext, values: ExportFactValues): ExportHistoryRow {
  const id = writeTransaction(ctx.app.db, () => writeExportRow(ctx, values));
  return shown(mustGet(ctx, id));
}

/** Soft, with undo: the row leaves every report until it is restored. */
export function setExportRowRemovedState(ctx: CallContext, id: number, removed: boolean): ExportHistoryRow {
  const { db } = ctx.app;
  const row = mustGet(ctx, id);
  if ((row.removedAt !== null) === removed) return shown(row);
  if (!removed && findExportRow(db, row)) {
    throw new AppError('DUPLICATE', ctx.t('errors.duplicateExportRow', { value: exportRowName(row) }));
  }
  const now = ctx.app.now();
  writeTransaction(db, () => {
    setExportRowRemoved(db, id, removed ? now : null, now);
    recordAudit(db, {
      at: now, actor: ctx.app.actor, entity: 'export', entityId: id, action: removed ? 'remove' : 'restore', before: { ...shown(row), name: exportRowName(row) },
    });
  });
  return shown(mustGet(ctx, id));
}
