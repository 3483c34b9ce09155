import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { translator } from '../../shared/i18n';
import { AppError } from '../../shared/result';
import { contextFor, createApp } from './platform/app';
import { openDatabase } from './platform/db/connection';
import { REPORTS } from './reports';
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
    const report = REPORTS[data.name];
    const period = resolvePeriod(ctx, data.from, data.to);
    if (data.outPath) {
      const written = report.writeFile
        ? await report.writeFile(ctx, period, data.outPath)
        : await report.workbook(ctx, period).then(async (file) => {
            await writeFile(data.outPath ?? '', file.data);
            return file;
          });
      send({ type: 'done', fileName: written.fileName, data: null });
      return;
    }
    const file = await report.workbook(ctx, period);
    // A copy the thread can hand over whole: Buffer slices may share a larger pool.
    const bytes = new Uint8Array(file.data);
    send({ type: 'done', fileName: file.fileName, data: bytes }, [bytes.buffer]);
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
