import type { Widen } from './widen';
import type { shellId } from './shell.id';

export const shellEn: Widen<typeof shellId> = {
  startFailed: 'Sentra Planner cannot open.',
  alreadyOpen:
    'The database {{path}} is in use by another process: a Sentra Planner already open, or a sentra command (import, backup, restore) still running. Close it, then open Sentra Planner again.',
  cannotOpen: 'The database {{path}} cannot be opened. Check that the file is on this computer\'s disk and not damaged; if it is damaged, restore a backup.',
  cause: 'Details: {{message}}',
  excelFiles: 'Excel workbook',
  pdfFiles: 'PDF document',
  saveFailed: 'The file {{path}} could not be saved; the old file (if any) is unchanged. If it is open in Excel or a PDF reader, close it and save again.',
  printFailed: 'The page could not be printed to PDF.',
  untrustedSender: 'Request refused: it did not come from a Sentra Planner screen.',
};
