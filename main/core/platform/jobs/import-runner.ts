import type { ImportKind, ImportOutcome } from '../../../../shared/api/files';
import { translator, type Locale } from '../../../../shared/i18n';
import { AppError } from '../../../../shared/result';
import type { JobSettings } from './job-runner';
import type { PreviewBody } from './report-messages';
import { workerPool, type PoolTask } from './worker-pool';

export interface ImportSpec {
  step: 'preview' | 'commit';
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  skipInvalid: boolean;
  isUpdate: boolean;
  locale: Locale;
}

export type ImportResult<S extends ImportSpec['step']> = S extends 'preview' ? PreviewBody : ImportOutcome;

/**
 * Import workbooks are read on the report threads: a large file takes seconds of parsing that
 * would otherwise stop every other call of the server (or the window). At most this many are read
 * at once; a further one is refused (TOO_MANY) rather than queued with its bytes held in memory.
 */
export const MAX_IMPORTS_AT_ONCE = 2;

/**
 * Import threads have their own pool with a heap ceiling: a member list at the row limit keeps
 * about 240 MB of parsed rows, and near the ceiling V8 collects instead of growing its heap; a
 * small young generation keeps the garbage of the row-by-row reading small too. The whole import
 * of such a file, thread included, takes about 400 MB (`npm run bench`; budget 500 MB). A file that needs more ends its thread,
 * and the user is told to split it.
 */
const IMPORT_THREAD_LIMITS = { maxOldGenerationSizeMb: 352, maxYoungGenerationSizeMb: 8 };

export class ImportRunner {
  private readonly running = new Set<PoolTask>();
  constructor(
    private readonly settings: JobSettings,
    private readonly entry: string,
  ) {}

  private pool() {
    return workerPool(this.entry, IMPORT_THREAD_LIMITS);
  }

  run<S extends ImportSpec['step']>(spec: ImportSpec & { step: S }): Promise<ImportResult<S>> {
    const t = translator(spec.locale);
    if (this.running.size >= MAX_IMPORTS_AT_ONCE) {
      return Promise.reject(new AppError('TOO_MANY', t('guard.importsBusy', { count: this.running.size })));
    }
    // The thread gets its own copy to own: the caller may keep the file for the commit.
    const bytes = new Uint8Array(spec.bytes);
    return new Promise((resolve, reject) => {
      const task: PoolTask = {
        data: {
          job: 'import', dbPath: this.settings.dbPath, today: this.settings.today(), version: this.settings.version,
          actor: this.settings.actor, locale: spec.locale, step: spec.step, kind: spec.kind, fileName: spec.fileName,
          bytes, skipInvalid: spec.skipInvalid, isUpdate: spec.isUpdate,
        },
        transfer: [bytes.buffer],
        onMessage: (message) => {
          if (message.type === 'progress') return;
          this.running.delete(task);
          if (message.type === 'failed') reject(AppError.from(message.error));
          else if (message.type === 'previewed' && spec.step === 'preview') resolve(message.preview as ImportResult<S>);
          else if (message.type === 'imported' && spec.step === 'commit') resolve(message.outcome as ImportResult<S>);
          else reject(new AppError('INTERNAL', t('errors.internal', { message: `unexpected ${message.type}` })));
        },
        onCrash: (reason) => {
          this.running.delete(task);
          if (/memory limit|out of memory/i.test(reason)) reject(new AppError('IMPORT_TOO_LARGE', t('guard.importOutOfMemory', { file: spec.fileName })));
          else reject(new AppError('INTERNAL', t('jobs.errors.importStopped', { code: reason })));
        },
      };
      this.running.add(task);
      this.pool().submit(task);
    });
  }

  /** The app is closing its database: running reads are stopped, their callers told. */
  async close(): Promise<void> {
    await Promise.all([...this.running].map(async (task) => {
      await this.pool().cancel(task);
      task.onCrash('closed');
    }));
  }
}
