import type { ReportName } from '../../../shared/api/exports';
import type { Locale } from '../../../shared/i18n';
import type { AppErrorShape } from '../../../shared/result';

/** What a report worker is given: where the centre's database is and which report to write for whom. */
export interface ReportWorkerData {
  dbPath: string;
  today: string;
  version: string;
  actor: string;
  locale: Locale;
  name: ReportName;
  from: string | undefined;
  to: string | undefined;
  /** Where the CLI wants the file: written there by the thread instead of handed back as bytes. */
  outPath?: string;
}

/** What a report worker says back, in order: progress any number of times, then done or failed once. */
export type ReportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; fileName: string; data: Uint8Array | null }
  | { type: 'failed'; error: AppErrorShape };
