import { contextFor, createApp } from '../platform/app';
import { openDatabase } from '../platform/db/connection';
import { importFile, readPreview } from './import';
import type { ImportWorkerData, ReportWorkerMessage } from '../platform/jobs/report-messages';

/**
 * An import workbook read on a worker thread, with the thread's own connection to the centre:
 * `preview` reads and checks (nothing written), `commit` reads, checks again against what the
 * database holds now and writes the valid records in one IMMEDIATE transaction.
 */
export async function runImportTask(data: ImportWorkerData): Promise<ReportWorkerMessage> {
  const db = await openDatabase(data.dbPath, { skipQuickCheck: true, nativeBinding: process.env.SENTRA_NATIVE_BINDING || undefined });
  try {
    const app = createApp(db, data.dbPath, { actor: data.actor, today: data.today, version: data.version });
    const ctx = contextFor(app, data.locale);
    const bytes = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
    if (data.step === 'preview') return { type: 'previewed', preview: await readPreview(ctx, data.kind, data.fileName, bytes, data.isUpdate) };
    return { type: 'imported', outcome: await importFile(ctx, data.kind, data.fileName, bytes, { dryRun: false, skipInvalid: data.skipInvalid, isUpdate: data.isUpdate }) };
  } finally {
    db.close();
  }
}
