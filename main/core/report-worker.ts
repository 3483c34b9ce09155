import { parentPort } from 'node:worker_threads';
import { translator } from '../../shared/i18n';
import { AppError } from '../../shared/result';
import { contextFor, createApp } from './platform/app';
import { openDatabase } from './platform/db/connection';
import { makeReport } from './reports';
import { resolvePeriod } from './reports/period';
import { runImportTask } from './lists/import-task';
import type { ReportWorkerData, ReportWorkerMessage, WorkerData } from './platform/jobs/report-messages';

/**
 * Reports written (and import workbooks read, import-task.ts) on a thread of the pool (worker-pool.ts), each with its own connection to the
 * centre's database (WAL lets it read while the app writes), opened and closed per report.
 * Progress goes back at most every 100 ms; the app cancels by terminating the thread, which leaves
 * nothing behind because the file only exists as bytes here until it is handed over.
 */

const PROGRESS_EVERY_MS = 100;

function send(message: ReportWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

async function writeReport(data: ReportWorkerData): Promise<void> {
  // The app checked the file when it opened it; a second quick_check would only cost time.
  const db = await openDatabase(data.dbPath, { skipQuickCheck: true, nativeBinding: process.env.SENTRA_NATIVE_BINDING || undefined });
  try {
    const app = createApp(db, data.dbPath, { actor: data.actor, today: data.today, version: data.version });
    let sentAt = 0;
    const ctx = {
      ...contextFor(app, data.locale),
      progress(done: number, total: number) {
        const now = Date.now();
        if (now - sentAt < PROGRESS_EVERY_MS && done < total) return;
        sentAt = now;
        send({ type: 'progress', done, total });
      },
    };
    // Computed once: the workbook and the headline the CLI prints come from the same figures.
    const made = await makeReport(ctx, data.name, resolvePeriod(ctx, data.from, data.to), { path: data.outPath ?? null });
    // A copy the thread can hand over whole: Buffer slices may share a larger pool.
    const bytes = made.data ? new Uint8Array(made.data) : null;
    send({ type: 'done', fileName: made.fileName, data: bytes, headline: made.headline }, bytes ? [bytes.buffer] : []);
  } finally {
    db.close();
  }
}

function fail(locale: ReportWorkerData['locale'], error: unknown): void {
  if (error instanceof AppError) return send({ type: 'failed', error: error.toShape() });
  const message = translator(locale)('errors.internal', { message: error instanceof Error ? error.message : String(error) });
  send({ type: 'failed', error: { code: 'INTERNAL', message } });
}

// One task at a time: the pool sends the next only after this one said how it ended.
parentPort?.on('message', (message: { type: 'run'; data: WorkerData }) => {
  const { data } = message;
  const work = data.job === 'import' ? runImportTask(data).then(send) : writeReport(data);
  work.catch((error: unknown) => fail(data.locale, error));
});
