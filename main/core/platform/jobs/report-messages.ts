import type { ReportName } from '../../../../shared/api/exports';
import type { ReportHeadline } from '../../../../shared/api/jobs';
import type { ImportKind, ImportOutcome, ImportPreview } from '../../../../shared/api/files';
import type { Locale } from '../../../../shared/i18n';
import type { AppErrorShape } from '../../../../shared/result';

/** What every worker task is given: where the centre's database is, the calendar, and for whom. */
interface CentreOfTask {
  dbPath: string;
  today: string;
  version: string;
  actor: string;
  locale: Locale;
}

/** A report to write. */
export interface ReportWorkerData extends CentreOfTask {
  job: 'report';
  name: ReportName;
  from: string | undefined;
  to: string | undefined;
  /** The outbox file the thread writes the workbook into (platform/files/outbox.ts). */
  outPath: string;
}

/** A workbook to read and check (`preview`), or to read, check and write in one transaction (`commit`). */
export interface ImportWorkerData extends CentreOfTask {
  job: 'import';
  step: 'preview' | 'commit';
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  skipInvalid: boolean;
  /** Rows naming a stored record update it (lists with a key). */
  isUpdate: boolean;
}

export type WorkerData = ReportWorkerData | ImportWorkerData;

/** The preview as the thread reads it; the app adds the id under which it keeps the file. */
export type PreviewBody = Omit<ImportPreview, 'importId'>;

/** What a worker says back, in order: progress any number of times, then one ending. */
export type ReportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; fileName: string; headline: ReportHeadline }
  | { type: 'previewed'; preview: PreviewBody }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'failed'; error: AppErrorShape };
