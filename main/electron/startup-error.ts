import { sep } from 'node:path';
import { app, dialog } from 'electron';
import { LOCALES, translator } from '../../shared/i18n';
import { AppError } from '../../shared/result';
import { backupFolder } from '../core/platform/db/backup';
import { isNetworkPath } from '../core/platform/db/connection';

/**
 * What stopped the centre from opening, each with its own advice: another process holds it, it
 * sits on a network share, it is damaged, it was written by a newer release, its migration history
 * is refused, it is not a centre at all, the backup before its migration could not be written,
 * the disk is full, or anything else (the cause is shown).
 */
export type StartupProblem = 'lock' | 'network' | 'damaged' | 'newer' | 'refused' | 'not-a-centre' | 'backup' | 'disk-full' | 'open';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The problem from the cause: our codes first (IN_USE, NOT_A_CENTRE and its test), then SQLite's. */
export function startupProblemOf(dbPath: string, cause: unknown): StartupProblem {
  if (isNetworkPath(dbPath)) return 'network';
  if (cause instanceof AppError && cause.code === 'IN_USE') return 'lock';
  if (cause instanceof AppError && cause.code === 'NOT_A_CENTRE') {
    const test = (cause.details as { test?: unknown } | null)?.test;
    if (test === 'newer') return 'newer';
    if (test === 'unknown-migration' || test === 'checksum') return 'refused';
    if (test === 'integrity') return 'damaged';
    return 'not-a-centre';
  }
  const code = codeOf(cause);
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'damaged';
  if (code === 'ENOSPC' || code === 'EDQUOT' || /^SQLITE_FULL/.test(code)) return 'disk-full';
  // A file error in the backups folder: the backup a migration waits for could not be written.
  const path = (cause as { path?: unknown } | null)?.path;
  const folder = backupFolder(dbPath);
  if (typeof path === 'string' && (path === folder || path.startsWith(`${folder}${sep}`))) return 'backup';
  return 'open';
}

/** A failure while opening the centre, with the problem and file, so the message can say what to do. */
export class StartupError extends Error {
  readonly problem: StartupProblem;

  constructor(
    readonly dbPath: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.problem = startupProblemOf(dbPath, cause);
  }
}

const ADVICE = {
  lock: 'shell.alreadyOpen',
  network: 'shell.networkShare',
  damaged: 'shell.damaged',
  newer: 'shell.newer',
  refused: 'shell.refused',
  'not-a-centre': 'shell.notACentre',
  backup: 'shell.backupBeforeUpdate',
  'disk-full': 'shell.diskFull',
  open: 'shell.cannotOpen',
} as const satisfies Record<StartupProblem, string>;

/**
 * The start-up failure in words, in Indonesian and then English: nothing the user chose can be
 * read yet (the language is a preference inside the database that did not open).
 */
export function startupMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return LOCALES.map((locale) => {
    const t = translator(locale);
    const lines = [t('shell.startFailed')];
    if (error instanceof StartupError) lines.push(t(ADVICE[error.problem], { path: error.dbPath, backups: backupFolder(error.dbPath) }));
    lines.push(t('shell.cause', { message }));
    return lines.join('\n\n');
  }).join('\n\n――――――――\n\n');
}

/** A desktop app has no console to print to: the failure is a dialog, then the app ends. */
export function reportStartupFailure(error: unknown): void {
  dialog.showErrorBox('Sentra Planner', startupMessage(error));
  app.quit();
}
