import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createApp, type App } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { dispatch } from '../../main/core/dispatch';
import { writeMembersWorkbook } from './workbook';

/**
 * The centre a fuzz runs against: the demonstration centre in a temp folder, with what some
 * calls need to exist first (an import preview, a finished report job), and a second connection
 * that tells whether a call committed anything.
 */
export interface FuzzCentre {
  app: App;
  dir: string;
  /** Values the seeds cannot read from tables: the preview's id, a job's id, a workbook. */
  extraSeeds: Record<string, unknown[]>;
  /** Changes whenever any connection commits a change to the file (SQLite's data_version). */
  version(): number;
  close(): Promise<void>;
}

async function must(app: App, name: string, input: unknown): Promise<unknown> {
  const result = await dispatch(app, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function finishedJob(app: App): Promise<string> {
  const started = (await must(app, 'jobs:startReport', { name: 'registry' })) as { jobId: string };
  for (;;) {
    const progress = (await must(app, 'jobs:progress', { jobId: started.jobId })) as { state: string };
    if (progress.state !== 'running') return started.jobId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function openFuzzCentre(today = '2026-11-23'): Promise<FuzzCentre> {
  const dir = mkdtempSync(join(tmpdir(), 'sentra-fuzz-'));
  const dbPath = join(dir, 'centre.sqlite');
  const db = await openDatabase(dbPath);
  const app = createApp(db, dbPath, { actor: 'fuzz', today });
  await must(app, 'demo:create', {});
  const workbook = join(dir, 'members.xlsx');
  await writeMembersWorkbook(workbook, 2, 'FZW');
  const dataBase64 = readFileSync(workbook).toString('base64');
  const preview = (await must(app, 'imports:preview', { kind: 'members', fileName: 'anggota.xlsx', dataBase64 })) as { importId: string };
  const jobId = await finishedJob(app);
  // Read-only and outside any transaction: its data_version moves only when another connection commits.
  const watcher = new Database(dbPath, { readonly: true, fileMustExist: true });
  return {
    app,
    dir,
    extraSeeds: { dataBase64: [dataBase64], importId: [preview.importId], jobId: [jobId], fileName: ['anggota.xlsx'] },
    version: () => watcher.pragma('data_version', { simple: true }) as number,
    async close() {
      await app.jobs.close();
      watcher.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
