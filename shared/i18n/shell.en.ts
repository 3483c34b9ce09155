import type { Widen } from './widen';
import type { shellId } from './shell.id';

export const shellEn: Widen<typeof shellId> = {
  startFailed: 'Sentra Planner cannot open.',
  alreadyOpen:
    'The database {{path}} is in use by another process: a Sentra Planner already open, or a sentra command (import, backup, restore) still running. Close it, then open Sentra Planner again.',
  cannotOpen: 'The database {{path}} cannot be opened. Check that the file is on this computer\'s disk and not damaged; if it is damaged, restore a backup.',
  networkShare:
    'The database {{path}} is in a network folder (a shared drive). SQLite is not safe there and the data can be damaged. Keep the file on this computer\'s disk; for several desks, one computer keeps the database and the others open it in office mode.',
  damaged:
    'The database {{path}} is damaged. Do not overwrite it: close Sentra Planner, then restore the latest backup from the folder {{backups}} (the sentra restore command) or ask for help.',
  newer: 'The database {{path}} was made by a newer Sentra Planner. Install the newest version, then open it again; the file was not changed.',
  refused:
    'The update history of the database {{path}} does not match this Sentra Planner, so updating it was refused; the file was not changed. Open it with the version that made it, or restore a backup from the folder {{backups}}.',
  notACentre: 'The file {{path}} is not a Sentra Planner database. Choose the right centre file; this one was not changed.',
  backupBeforeUpdate:
    'Before updating the database {{path}} for this version, Sentra Planner backs it up in the folder {{backups}}, but that folder cannot be written; the database was not changed. Check that folder (permission, read-only, or a file with the same name), then open again.',
  diskFull: 'The disk holding the database {{path}} is full. Free some space (delete files you do not need, or move old backups from {{backups}} to another disk), then open again.',
  cause: 'Details: {{message}}',
  excelFiles: 'Excel workbook',
  pdfFiles: 'PDF document',
  saveFailed: 'The file {{path}} could not be saved; the old file (if any) is unchanged. If it is open in Excel or a PDF reader, close it and save again.',
  printFailed: 'The page could not be printed to PDF.',
  untrustedSender: 'Request refused: it did not come from a Sentra Planner screen.',
};
