import { AppError } from '../../../../shared/result';
import type { Db } from './connection';

/**
 * Runs `work` in a transaction that starts IMMEDIATE: it takes the write lock at BEGIN, so when
 * another process (the CLI during an import, the app beside `sentra plan`) is writing, it waits for
 * the busy timeout. A deferred transaction reads first and fails at once with SQLITE_BUSY when it
 * then wants to write after the other writer committed: SQLite cannot wait there without breaking
 * the snapshot it read. Nested calls become savepoints of the outer transaction.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/** SQLite's "database is locked" family: another connection held the lock past the busy timeout. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The busy error as the screens and the CLI show it: try again, never "internal error". */
export function busyError(message: string): AppError {
  return new AppError('BUSY', message);
}
