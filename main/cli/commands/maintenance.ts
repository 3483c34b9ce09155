import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { translator, type Translate } from '../../../shared/i18n';
import { AppError, type ErrorDetails } from '../../../shared/result';
import { backupDatabase, backupFolder } from '../../core/platform/db/backup';
import { recordBackupSuccess } from '../../core/platform/db/backup-state';
import { inspectCentreFile, notACentre, readHeader, type CentreFileReport } from '../../core/platform/db/centre-file';
import { removeOrphanParts } from '../../core/platform/db/part-file';
import { restoreDatabase } from '../../core/platform/db/restore';
import { defaultDatabasePath } from '../../core/platform/paths';
import type { CliArgs } from '../index';
import type { Output } from '../output';

/** NOT_A_CENTRE's details, or the path the other refusals name. */
type Details = Partial<ErrorDetails<'NOT_A_CENTRE'>>;

/** The failed test of a centre file in the user's language. */
function reason(t: Translate, details: Details): string {
  return t(`maintenance.test.${details.test ?? 'not-sqlite'}`, {
    version: details.version ?? '?',
    integrity: (details.integrity ?? []).slice(0, 3).join('; '),
    count: details.foreignKeys ?? 0,
  });
}

/** Refusals of the maintenance commands, worded again in the user's language (`--lang`). */
function fail(out: Output, t: Translate, error: AppError): number {
  const refusal = error.toShape();
  const details: Details = refusal.code === 'NOT_A_CENTRE' || refusal.code === 'IN_USE' || refusal.code === 'NOT_FOUND' ? (refusal.details ?? {}) : {};
  const path = details.path ?? '';
  const message =
    error.code === 'NOT_A_CENTRE' ? t('maintenance.notACentre', { path, reason: reason(t, details) })
    : error.code === 'IN_USE' ? t('maintenance.inUse', { path })
    : error.code === 'NOT_FOUND' ? t('maintenance.notFound', { path })
    : error.message;
  return out.fail({ ...error.toShape(), message });
}

async function guarded(args: CliArgs, out: Output, work: (t: Translate) => Promise<number>): Promise<number> {
  const t = translator(args.locale);
  try {
    return await work(t);
  } catch (error) {
    if (error instanceof AppError) return fail(out, t, error);
    throw error;
  }
}

/**
 * The full check of a centre file, read-only: never migrated, created or written, nothing new
 * beside it. It passes exactly when `sentra restore` would take the file.
 */
export async function checkCommand(args: CliArgs, out: Output): Promise<number> {
  return guarded(args, out, async (t) => {
    const path = args.db ?? defaultDatabasePath();
    if (!existsSync(path)) throw new AppError('NOT_FOUND', `No database at ${path}`, { path });
    const report: CentreFileReport = await inspectCentreFile(path, { depth: 'full', requireCentre: true });
    const version = report.schemaVersion ?? 0;
    const note = report.pending > 0 ? t('maintenance.pendingNote', { version, count: report.pending }) : null;
    const message = report.failed ? t('maintenance.notACentre', { path, reason: reason(t, { ...report, test: report.failed }) }) : null;
    const ok = report.failed === null;
    out.result(
      { ok, path, schemaVersion: report.schemaVersion, pending: report.pending, integrity: report.integrity, foreignKeys: report.foreignKeys, hasCentre: report.hasCentre, test: report.failed, message, note },
      [ok ? t('maintenance.checkOk', { path, version }) : t('maintenance.checkFailed', { message }), note].filter(Boolean).join('\n'),
    );
    return ok ? 0 : 1;
  });
}

/** A checked copy of the centre, made with SQLite's backup API; the centre is not migrated. */
export async function backupCommand(args: CliArgs, out: Output): Promise<number> {
  return guarded(args, out, async (t) => {
    const path = args.db ?? defaultDatabasePath();
    if (!args.out) throw new AppError('INVALID_INPUT', t('maintenance.missingOption', { option: '--out' }));
    if (!existsSync(path)) throw new AppError('NOT_FOUND', `No database at ${path}`, { path });
    if (resolve(args.out) === resolve(path)) throw new AppError('INVALID_INPUT', t('maintenance.sameFile'));
    const header = readHeader(path);
    if (typeof header === 'string') throw notACentre(path, header);
    removeOrphanParts(backupFolder(path));
    const db = new Database(path, { fileMustExist: true });
    try {
      await backupDatabase(db, args.out);
      // A copy made by hand is a good backup too: the screens' notice counts it as the last one.
      recordBackupSuccess(db, resolve(args.out), new Date());
    } finally {
      db.close();
    }
    out.result({ out: args.out }, t('maintenance.backupWritten', { out: args.out }));
    return 0;
  });
}

export async function restoreCommand(args: CliArgs, out: Output): Promise<number> {
  return guarded(args, out, async (t) => {
    const path = args.db ?? defaultDatabasePath();
    if (!args.from) throw new AppError('INVALID_INPUT', t('maintenance.missingOption', { option: '--from' }));
    if (resolve(args.from) === resolve(path)) throw new AppError('INVALID_INPUT', t('maintenance.sameFile'));
    const result = await restoreDatabase(args.from, path);
    const lines = [t('maintenance.restored', { path, from: args.from })];
    if (result.replacedBackup) lines.push(t('maintenance.replacedKept', { path: result.replacedBackup }));
    if (result.pending > 0) lines.push(t('maintenance.pendingNote', { version: result.schemaVersion, count: result.pending }));
    out.result(result, lines.join('\n'));
    return 0;
  });
}
