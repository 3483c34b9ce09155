import type { ImportKind } from '../../../shared/api/files';
import type { CallContext } from '../platform/app';
import { importKinds } from './kinds';

/**
 * Every list as a workbook an accountant accepts and the importer reads back unchanged (removed
 * rows left out); each kind's columns and rows live in its module under importers/kinds.
 */
export function registryWorkbook(ctx: CallContext, kind: ImportKind): Promise<Buffer> {
  return importKinds[kind].workbook(ctx, true);
}

/** The empty import workbook: the export's layout with an instruction line and no rows. */
export function templateWorkbook(ctx: CallContext, kind: ImportKind): Promise<Buffer> {
  return importKinds[kind].workbook(ctx, false);
}

/** `produk-2026-11-23.xlsx`: the list and the day it was taken. */
export function exportFileName(ctx: CallContext, kind: ImportKind): string {
  return `${importKinds[kind].fileWord}-${ctx.app.today()}.xlsx`;
}

export function templateFileName(kind: ImportKind): string {
  return `template-${importKinds[kind].fileWord}.xlsx`;
}
