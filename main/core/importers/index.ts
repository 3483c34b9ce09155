import type { ImportKind, ImportOutcome, ImportPreview, PreviewRow } from '../../../shared/api/files';
import type { CallContext } from '../app';
import { allProblems, commitBatch, PendingImport } from './commit';
import type { Batch } from './kind';
import { importKinds } from './kinds';
import { readSheet, type SheetData } from './sheet';

/** Valid rows shown in the preview grid besides every row with a problem. */
const PREVIEW_VALID_ROWS = 200;

async function readBatch(ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer): Promise<{ sheet: SheetData; batch: Batch }> {
  const handle = importKinds[kind];
  const sheet = await readSheet(handle.specs, data, fileName, ctx.t);
  return { sheet, batch: handle.read(ctx, sheet) };
}

/**
 * Reads a workbook and checks every row without writing anything. The parsed rows wait in the
 * import store under `importId` for commitImport. Throws AppError IMPORT_UNREADABLE or
 * IMPORT_NO_HEADER when the file cannot be used at all.
 */
export async function previewImport(ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer): Promise<ImportPreview> {
  const { sheet, batch } = await readBatch(ctx, kind, fileName, data);
  const { errors, byRow, validRows } = allProblems(ctx, batch);
  const rows: PreviewRow[] = [];
  let validShown = 0;
  for (const row of batch.rows) {
    const rowErrors = byRow.get(row.row) ?? [];
    if (rowErrors.length === 0 && validShown >= PREVIEW_VALID_ROWS) continue;
    if (rowErrors.length === 0) validShown++;
    rows.push({ row: row.row, values: row.display, errors: rowErrors });
  }
  return {
    importId: ctx.app.imports.put(new PendingImport(batch)),
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
    errors,
  };
}

/**
 * Writes a previewed import in one transaction; null when the id is unknown or expired (a
 * preview is used once). With any invalid row and no `skipInvalid`, nothing is written and the
 * outcome lists the problems with `imported: 0`.
 */
export function commitImport(ctx: CallContext, importId: string, skipInvalid: boolean): ImportOutcome | null {
  const pending = ctx.app.imports.take(importId);
  if (!(pending instanceof PendingImport)) return null;
  return commitBatch(ctx, pending.batch, skipInvalid);
}

/** Read, check and (unless `dryRun`) write in one go: `sentra import <kind> FILE`. */
export async function importFile(
  ctx: CallContext,
  kind: ImportKind,
  fileName: string,
  data: Buffer,
  options: { dryRun: boolean; skipInvalid: boolean },
): Promise<ImportOutcome> {
  const { batch } = await readBatch(ctx, kind, fileName, data);
  if (!options.dryRun) return commitBatch(ctx, batch, options.skipInvalid);
  const { errors, validRows } = allProblems(ctx, batch);
  return { valid: validRows, imported: 0, errors };
}
