import type { ImportKind, ImportOutcome, ImportPreview, PreviewRow } from '../../../shared/api/files';
import type { Translate } from '../../../shared/i18n';
import type { CallContext } from '../platform/app';
import type { PreviewBody } from '../platform/jobs/report-messages';
import { AppError } from '../../../shared/result';
import { allProblems, commitBatch, updateCounts, written } from '../platform/import/commit';
import { PendingFile } from '../platform/import/import-store';
import type { Batch } from '../platform/import/kind';
import { importKinds } from './kinds';
import { streamSheet, type SheetHeader } from '../platform/import/sheet';

/** Valid rows shown in the preview grid besides the rows with a problem. */
const PREVIEW_VALID_ROWS = 200;
/** Problems listed in a preview: enough to see what is wrong; the counts say how many in all. */
export const PREVIEW_PROBLEMS = 1_000;
/** A value quoted in a message or shown in the preview: a glimpse, never the whole cell. */
const EXCERPT_CHARACTERS = 60;

function excerpt(value: unknown): unknown {
  return typeof value === 'string' && value.length > EXCERPT_CHARACTERS ? `${value.slice(0, EXCERPT_CHARACTERS)}…` : value;
}

/** Messages about a file quote its values only in part: a 30.000-character cell is not echoed back. */
function excerpting(t: Translate): Translate {
  return (key, params) => t(key, params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, excerpt(value)])));
}

/** Stock is a ledger: movements are added, never updated from a file. Refused before the file is read. */
export function checkUpdatable(ctx: CallContext, kind: ImportKind, isUpdate: boolean): void {
  if (isUpdate && !importKinds[kind].canUpdate) {
    throw new AppError('INVALID_INPUT', ctx.t('importUpdate.notForKind', { kind: ctx.t(`imports.sheet.${kind}`) }), { field: 'update' });
  }
}

async function readBatch(
  ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer, isUpdate: boolean,
): Promise<{ sheet: SheetHeader; batch: Batch; ctx: CallContext }> {
  checkUpdatable(ctx, kind, isUpdate);
  const quoting = { ...ctx, t: excerpting(ctx.t) };
  const handle = importKinds[kind];
  const started: { reader?: ReturnType<typeof handle.reader> } = {};
  const sheet = await streamSheet(handle.specs, data, fileName, quoting.t, (header) => {
    started.reader = handle.reader(quoting, header, isUpdate);
    return started.reader.add;
  });
  if (!started.reader) throw new Error(`no rows were read from ${fileName}`);
  return { sheet, batch: started.reader.batch(), ctx: quoting };
}

/**
 * Reads a workbook and checks every row without writing anything: what the preview shows. Runs on
 * a worker thread (jobs/import-task.ts). Throws AppError IMPORT_UNREADABLE, IMPORT_NO_HEADER or
 * IMPORT_TOO_LARGE when the file cannot be used at all.
 */
export async function readPreview(ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer, isUpdate = false): Promise<PreviewBody> {
  const read = await readBatch(ctx, kind, fileName, data, isUpdate);
  const { sheet, batch } = read;
  const { errors, byRow, validRows, writable } = allProblems(read.ctx, batch);
  const shownErrors = errors.slice(0, PREVIEW_PROBLEMS);
  const problemRows = new Set(shownErrors.map((error) => error.row));
  const rows: PreviewRow[] = [];
  let validShown = 0;
  for (const row of batch.rows) {
    const rowErrors = byRow.get(row.row) ?? [];
    const change = rowErrors.length === 0 ? batch.changes?.get(row.row) : undefined;
    // In update mode the rows to look at are the new and the changed ones.
    if (change?.state === 'unchanged') continue;
    if (rowErrors.length === 0 ? validShown >= PREVIEW_VALID_ROWS : !problemRows.has(row.row)) continue;
    if (rowErrors.length === 0) validShown++;
    const values = Object.fromEntries(Object.entries(row.display()).map(([key, value]) => [key, excerpt(value)])) as PreviewRow['values'];
    rows.push({ row: row.row, values, errors: rowErrors, ...(change ? { change } : {}) });
  }
  const counts = batch.changes === null ? null : updateCounts(batch, writable);
  return {
    kind,
    fileName,
    sheetName: sheet.sheetName,
    headerRow: sheet.headerRow,
    columns: sheet.columns
      .filter((c) => c.spec.field !== null)
      .map((c) => ({ key: c.spec.key, header: c.header, column: c.letter })),
    ignoredHeaders: sheet.ignoredHeaders,
    total: batch.rows.length,
    valid: validRows,
    rows,
    errors: shownErrors,
    errorCount: errors.length,
    invalidRows: byRow.size,
    ...(counts ? { update: { newRows: counts.imported, changedRows: counts.updated, unchangedRows: counts.unchanged } } : {}),
  };
}

/**
 * Reads and checks a workbook on a worker thread, and keeps the file (not its rows) under
 * `importId` for the user's "save": the commit reads it again and checks it against the database
 * as it is then. IMPORT_* refusals as readPreview; TOO_MANY when two files are being read already.
 */
export async function previewImport(ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer, isUpdate = false): Promise<ImportPreview> {
  checkUpdatable(ctx, kind, isUpdate);
  const body = await ctx.app.jobs.runImport({ step: 'preview', kind, fileName, bytes: data, skipInvalid: false, isUpdate, locale: ctx.locale });
  return { importId: ctx.app.imports.put(new PendingFile(kind, fileName, data, isUpdate)), ...body };
}

/**
 * Writes a previewed import in one transaction on a worker thread; null when the id is unknown or
 * expired (a preview is used once). With any invalid row and no `skipInvalid`, nothing is written
 * and the outcome lists the problems with `imported: 0`.
 */
export async function commitImport(ctx: CallContext, importId: string, skipInvalid: boolean): Promise<ImportOutcome | null> {
  const pending = ctx.app.imports.take(importId);
  if (!pending) return null;
  const { kind, fileName, bytes, isUpdate } = pending;
  return ctx.app.jobs.runImport({ step: 'commit', kind, fileName, bytes, skipInvalid, isUpdate, locale: ctx.locale });
}

/** Read, check and (unless `dryRun`) write in one go, on the calling thread. */
export async function importFile(
  ctx: CallContext,
  kind: ImportKind,
  fileName: string,
  data: Buffer,
  options: { dryRun: boolean; skipInvalid: boolean; isUpdate?: boolean },
): Promise<ImportOutcome> {
  const read = await readBatch(ctx, kind, fileName, data, options.isUpdate === true);
  if (!options.dryRun) return commitBatch(read.ctx, read.batch, options.skipInvalid);
  const { errors, validRows, writable } = allProblems(read.ctx, read.batch);
  if (read.batch.changes === null) return { valid: validRows, imported: 0, errors };
  // Update mode: the counts the same run without --dry-run would print (nothing of it when a bad row stops it).
  return { valid: validRows, ...written(read.batch, writable, validRows, errors.length === 0 || options.skipInvalid), errors };
}
