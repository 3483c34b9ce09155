import type { Widen } from './widen';
import type { backupId } from './backup.id';

export const backupEn: Widen<typeof backupId> = {
  failedTitle: 'The daily backup of the database failed',
  failedAt: 'Last attempt: {{when}}.',
  lastGood: 'Last successful backup: {{when}}.',
  noneYet: 'No backup has succeeded yet.',
  reason: {
    'disk-full': 'The disk is full: there is no room for a copy of the database. Delete files you do not need or move old backups to another disk.',
    'not-writable': 'The backup folder {{folder}} cannot be written (no permission, read-only, or a file with the same name). Check that folder.',
    damaged: 'The copy of the database failed its check: the database may be damaged. Do not delete old backups; ask whoever helps you.',
    other: 'The copy of the database could not be made.',
  },
  retry: 'The backup is tried again each time Sentra Planner opens; this notice goes away once a backup succeeds.',
  details: 'Technical details: {{message}}',
  sideLast: 'Last backup: {{when}}',
  sideNone: 'No backup yet',
  sideFailed: 'Last backup failed',
};
