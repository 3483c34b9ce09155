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
 * nothing the app keeps: it removes the outbox file of a job that did not end done.
 */

const PROGRESS_EVERY_MS = 100;

function send(message: ReportWorkerMessage): void {
  parentPort?.postMessage(message);
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
    // Written straight into the app's outbox file: no bytes travel back (a streamed report never holds them all).
    const made = await makeReport(ctx, data.name, resolvePeriod(ctx, data.from, data.to), { path: data.outPath });
    send({ type: 'done', fileName: made.fileName, headline: made.headline });
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
