import type { ImportKind, ImportOutcome, ImportPreview, PreviewRow } from '../../../shared/api/files';
import type { CallContext } from '../app';
import { listCategories } from '../db/centre';
import { allProblems, commitBatch, PendingImport, type Batch } from './commit';
import { MEMBER_COLUMNS, UNIT_COLUMNS } from './headers';
import { memberRules } from './member-rows';
import { headerResolver, parseRows } from './rows';
import { readSheet, type SheetData } from './sheet';
import { unitRules } from './unit-rows';

/** Valid rows shown in the preview grid besides every row with a problem. */
const PREVIEW_VALID_ROWS = 200;

async function readBatch(ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer): Promise<{ sheet: SheetData; batch: Batch }> {
  const sheet = await readSheet(kind, data, fileName, ctx.t);
  if (kind === 'members') {
    const headerOf = headerResolver(MEMBER_COLUMNS, sheet.columns, ctx.t);
    const rows = parseRows(memberRules, sheet.rows, headerOf, ctx.t);
    return { sheet, batch: { kind, specs: MEMBER_COLUMNS, columns: sheet.columns, rows } };
  }
  const headerOf = headerResolver(UNIT_COLUMNS, sheet.columns, ctx.t);
  const rows = parseRows(unitRules(listCategories(ctx.app.db), ctx.locale), sheet.rows, headerOf, ctx.t);
  return { sheet, batch: { kind, specs: UNIT_COLUMNS, columns: sheet.columns, rows } };
}

/**
 * Reads a workbook and checks every row without writing anything. The parsed rows wait in the
 * import store under `importId` for commitImport. Throws AppError IMPORT_UNREADABLE or
 * IMPORT_NO_HEADER when the file cannot be used at all.
 */
export async function previewImport(ctx: CallContext, kind: ImportKind, fileName: string, data: Buffer): Promise<ImportPreview> {
  const { sheet, batch } = await readBatch(ctx, kind, fileName, data);
  const { errors, byRow } = allProblems(ctx, batch);
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
    valid: batch.rows.length - byRow.size,
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

/** Read, check and (unless `dryRun`) write in one go: `sentra import members|units FILE`. */
export async function importFile(
  ctx: CallContext,
  kind: ImportKind,
  fileName: string,
  data: Buffer,
  options: { dryRun: boolean; skipInvalid: boolean },
): Promise<ImportOutcome> {
  const { batch } = await readBatch(ctx, kind, fileName, data);
  if (!options.dryRun) return commitBatch(ctx, batch, options.skipInvalid);
  const { errors, byRow } = allProblems(ctx, batch);
  return { valid: batch.rows.length - byRow.size, imported: 0, errors };
}
