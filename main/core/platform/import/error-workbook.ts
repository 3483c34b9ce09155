import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';
import type { ImportError } from '../../../../shared/api/files';
import { AppError } from '../../../../shared/result';
import type { CallContext } from '../app';
import { checkWorkbookParts } from './zip-guard';

/** Where the list was found in the file (the preview says it). */
export interface ListPlace {
  sheetName: string;
  headerRow: number;
}

/**
 * A cell's value as it is to be copied: what a formula showed (never the formula: its references
 * would point elsewhere in the new sheet), a link's text (links are never made from a user's file).
 */
function plainValue(value: CellValue): CellValue {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result ?? null);
  if ('hyperlink' in value) return value.text;
  return value;
}

function copyRow(from: Worksheet, to: Worksheet, fromRow: number, toRow: number, width: number): void {
  const source = from.getRow(fromRow);
  const target = to.getRow(toRow);
  for (let column = 1; column <= width; column++) {
    const cell = source.getCell(column);
    const copy = target.getCell(column);
    // A merged title repeats its value in every cell it covers: only its first cell holds it.
    copy.value = cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value);
    if (cell.numFmt) copy.numFmt = cell.numFmt;
  }
}

/** Excel holds at most 32,767 characters in a cell. */
const CELL_CHARACTERS = 32_767;

/** The problems of one row in one cell: "baris 12 · Telepon: nomor HP harus diawali 08 atau +62; …". */
function reasonOf(ctx: CallContext, row: number, errors: ImportError[]): string {
  const parts = errors.map((error) => (error.column ? `${error.column}: ${error.message}` : error.message));
  const text = `${ctx.t('importUpdate.errorsOut.row', { row })} · ${parts.join('; ')}`;
  return text.length > CELL_CHARACTERS ? `${text.slice(0, CELL_CHARACTERS - 1)}…` : text;
}

/**
 * The rows of an import that failed, as they were in the file (the rows above and the header,
 * then each failed row with the same cells), and a last column saying what is wrong: fixed in
 * Excel, the workbook imports again as it is.
 */
export async function errorWorkbook(ctx: CallContext, data: Buffer, place: ListPlace, errors: ImportError[]): Promise<Buffer> {
  await checkWorkbookParts(data, 'file', ctx.t);
  const source = new ExcelJS.Workbook();
  try {
    await source.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    throw new AppError('IMPORT_UNREADABLE', ctx.t('importUpdate.errorsOut.unreadable'));
  }
  const sheet = source.getWorksheet(place.sheetName) ?? source.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_UNREADABLE', ctx.t('importUpdate.errorsOut.unreadable'));
  const byRow = new Map<number, ImportError[]>();
  // Rows the sheet does not have are no rows of this file: nothing to copy.
  for (const error of errors) {
    if (error.row <= place.headerRow || error.row > sheet.rowCount) continue;
    const known = byRow.get(error.row);
    if (known) known.push(error);
    else byRow.set(error.row, [error]);
  }
  const width = sheet.getRow(place.headerRow).cellCount;
  const out = new ExcelJS.Workbook();
  const target = out.addWorksheet(sheet.name);
  for (let row = 1; row <= place.headerRow; row++) copyRow(sheet, target, row, row, width);
  for (const range of sheet.model.merges) {
    const lastRow = Number(/(\d+)$/.exec(String(range))?.[1] ?? Infinity);
    if (lastRow < place.headerRow) target.mergeCells(String(range));
  }
  const reasonColumn = width + 1;
  const header = target.getRow(place.headerRow).getCell(reasonColumn);
  header.value = ctx.t('importUpdate.errorsOut.reason');
  header.font = { bold: true, color: { argb: 'FFB00020' } };
  let next = place.headerRow + 1;
  for (const [row, rowErrors] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    copyRow(sheet, target, row, next, width);
    const reason = target.getRow(next).getCell(reasonColumn);
    reason.value = reasonOf(ctx, row, rowErrors);
    reason.font = { color: { argb: 'FFB00020' } };
    next++;
  }
  for (let column = 1; column <= width; column++) target.getColumn(column).width = sheet.getColumn(column).width ?? 14;
  target.getColumn(reasonColumn).width = 60;
  target.views = [{ state: 'frozen', ySplit: place.headerRow }];
  return Buffer.from(await out.xlsx.writeBuffer());
}

/** The error workbook's file name: `anggota-error-asli.xlsx` beside the file it came from. */
export function errorFileName(ctx: CallContext, fileName: string): string {
  const stem = fileName.replace(/\.xlsx$/i, '');
  return `${stem}-${ctx.t('importUpdate.errorsOut.fileWord')}.xlsx`;
}
