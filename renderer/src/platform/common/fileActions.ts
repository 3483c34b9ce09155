import type { ImportKind } from '../../../../shared/api/files';
import { call, deliverFile } from '../api/client';

/** The registry as an Excel workbook (built on the main side, handed to the user here). */
export async function exportWorkbook(kind: ImportKind): Promise<string> {
  const file = await call('files:export', { kind });
  await deliverFile(file);
  return file.fileName;
}

/** An empty workbook with the headers the importer understands, to fill in Excel. */
export async function downloadTemplate(kind: ImportKind): Promise<string> {
  const file = await call('files:template', { kind });
  await deliverFile(file);
  return file.fileName;
}
