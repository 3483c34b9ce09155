import type { Widen } from './widen';
import type { maintenanceId } from './maintenance.id';

export const maintenanceEn: Widen<typeof maintenanceId> = {
  test: {
    empty: 'the file is empty (0 bytes)',
    'not-sqlite': 'the file is not an SQLite database',
    'no-schema': 'the database has no Sentra migration history (an empty database or another program’s)',
    newer: 'it was written by a newer Sentra Planner (schema {{version}}); use a newer version of the app',
    'unknown-migration': 'it records migration {{version}}, which this app does not know',
    checksum: 'its recorded migration {{version}} differs from this app’s',
    integrity: 'the SQLite integrity check failed ({{integrity}})',
    'foreign-keys': '{{count}} rows refer to rows that do not exist (foreign key check)',
    'no-centre': 'the centre’s details (centre and cooperative name) are not recorded in it',
  },
  notACentre: '{{path}} is not a Sentra Planner centre: {{reason}}.',
  inUse: '{{path}} is open in Sentra Planner or another program. Close the app first, then try again.',
  notFound: 'There is no file {{path}}.',
  missingOption: 'Option {{option}} is required.',
  sameFile: 'A centre cannot be restored from its own file.',
  checkOk: 'OK: {{path}} is sound (schema {{version}}).',
  checkFailed: 'FAILED: {{message}}',
  pendingNote: 'Schema {{version}} of an older release: {{count}} migrations run when the file is next opened (after a backup).',
  backupWritten: 'Backup written to {{out}} and checked.',
  restored: '{{path}} restored from {{from}}.',
  replacedKept: 'The replaced centre is kept in {{path}}.',
};
