import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportName } from '../../../../shared/api/exports';
import type { JobProgress, JobState, ReportFile } from '../../../../shared/api/jobs';
import { translator, type Locale } from '../../../../shared/i18n';
import { AppError, type AppErrorShape } from '../../../../shared/result';
import { outbox } from '../files/outbox';
import type { ReportWorkerData } from './report-messages';
import { ImportRunner, type ImportResult, type ImportSpec } from './import-runner';
import { workerPool, type PoolTask } from './worker-pool';

/** What every report worker of this app needs besides the report: the database and the calendar. */
export interface JobSettings {
  dbPath: string;
  today(): string;
  version: string;
  actor: string;
  /** The worker's script: the bundled report-worker.js in the desktop build, else worker-entry.mjs. */
  workerEntry?: string;
}

export interface ReportJobSpec {
  name: ReportName;
  from: string | undefined;
  to: string | undefined;
  locale: Locale;
}

interface Job {
  id: string;
  report: ReportName;
  state: JobState;
  done: number;
  total: number;
  error: AppErrorShape | null;
  file: ReportFile | null;
  task: PoolTask | null;
  /** The outbox file the thread writes: removed unless the job ends done and someone takes it. */
  fileId: string;
  endedAt: number;
  ended: Promise<void>;
}

/** Finished jobs whose file nobody fetched are forgotten after this long. */
const KEEP_MS = 30 * 60_000;

const SOURCE_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'worker-entry.mjs');

/** A job that did not end done leaves nothing behind: a thread ended mid-write left half a file. */
function discardOutput(job: Job): void {
  try {
    outbox().discard(job.fileId);
  } catch (error) {
    // Windows refuses while a handle is still open; the outbox folder goes at exit.
    // eslint-disable-next-line no-console -- the one trace of a leftover file, on stderr (not the CLI's JSON stdout)
    console.error(`sentra: could not remove the file of report job ${job.id}:`, error);
  }
}

/**
 * Reports written on worker threads, so a long one neither freezes the window nor holds up the
 * server's other calls; the app keeps each job's progress and, once done, its file until fetched.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly imports: ImportRunner;
  constructor(private readonly settings: JobSettings) {
    this.imports = new ImportRunner(settings, this.settings.workerEntry ?? SOURCE_ENTRY);
  }

  private get pool() {
    return workerPool(this.settings.workerEntry ?? SOURCE_ENTRY);
  }

  startReport(spec: ReportJobSpec): JobProgress {
    this.sweep();
    const id = randomUUID();
    const { fileId, path } = outbox().reserve(`${spec.name}.xlsx`);
    const data: ReportWorkerData = {
      job: 'report',
      dbPath: this.settings.dbPath, today: this.settings.today(), version: this.settings.version, actor: this.settings.actor,
      locale: spec.locale, name: spec.name, from: spec.from, to: spec.to, outPath: path,
    };
    let settle = () => {};
    const job: Job = {
      id, report: spec.name, state: 'running', done: 0, total: 0, error: null, file: null, task: null, fileId, endedAt: 0,
      ended: new Promise<void>((resolve) => (settle = resolve)),
    };
    const end = (state: JobState, error: Job['error'] = null) => {
      if (job.state !== 'running') return;
      Object.assign(job, { state, error, task: null, endedAt: Date.now() });
      if (state !== 'done') discardOutput(job);
      settle();
    };
    job.task = {
      data,
      onMessage: (message) => {
        if (message.type === 'progress') Object.assign(job, { done: message.done, total: message.total });
        else if (message.type === 'failed') end('failed', message.error);
        else if (message.type === 'done') {
          job.file = { ...outbox().made(fileId, message.fileName), headline: message.headline };
          if (job.total > 0) job.done = job.total;
          end('done');
        }
      },
      onCrash: (reason) => end('failed', { code: 'INTERNAL', message: translator(spec.locale)('jobs.errors.stopped', { code: reason }) }),
    };
    this.jobs.set(id, job);
    this.pool.submit(job.task);
    return this.view(job);
  }

  progress(id: string, locale: Locale): JobProgress {
    return this.view(this.find(id, locale));
  }

  async cancel(id: string, locale: Locale): Promise<JobProgress> {
    const job = this.find(id, locale);
    if (job.state === 'running' && job.task) {
      const task = job.task;
      Object.assign(job, { state: 'cancelled', task: null, endedAt: Date.now() });
      await this.pool.cancel(task);
      discardOutput(job);
    } else if (job.state === 'done') {
      // Finished before the cancel reached it: the file is not wanted any more.
      this.jobs.delete(id);
      discardOutput(job);
    }
    return this.view(job);
  }

  /** The finished file (in the outbox, taken from there by the door) and its headline, once; the job is forgotten with it. */
  take(id: string, locale: Locale): ReportFile {
    const job = this.find(id, locale);
    if (job.state === 'failed' && job.error) throw AppError.from(job.error);
    if (job.state === 'cancelled') throw new AppError('JOB_NOT_DONE', translator(locale)('jobs.cancelled'));
    if (job.state !== 'done' || !job.file) throw new AppError('JOB_NOT_DONE', translator(locale)('jobs.errors.notDone'));
    this.jobs.delete(id);
    return job.file;
  }

  /** Starts a report and waits for its file: for callers that want it in one call. */
  async runReport(spec: ReportJobSpec): Promise<ReportFile> {
    const { jobId } = this.startReport(spec);
    await this.find(jobId, spec.locale).ended;
    return this.take(jobId, spec.locale);
  }

  /** Reads (and for `commit`, writes) an import workbook on a thread; see import-runner.ts. */
  runImport<S extends ImportSpec['step']>(spec: ImportSpec & { step: S }): Promise<ImportResult<S>> {
    return this.imports.run(spec);
  }

  /** Stops this app's running reports: it is closing its database. */
  async close(): Promise<void> {
    const running = [...this.jobs.values()].filter((job) => job.task !== null);
    await Promise.all(running.map(async (job) => {
      if (job.task) await this.pool.cancel(job.task);
      discardOutput(job);
    }));
    await this.imports.close();
    this.jobs.clear();
  }

  private find(id: string, locale: Locale): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', translator(locale)('jobs.errors.unknown', { jobId: id }));
    return job;
  }

  private view(job: Job): JobProgress {
    return { jobId: job.id, report: job.report, state: job.state, done: job.done, total: job.total, error: job.error };
  }

  private sweep(): void {
    const cutoff = Date.now() - KEEP_MS;
    for (const [id, job] of this.jobs) {
      if (job.state === 'running' || job.endedAt >= cutoff) continue;
      this.jobs.delete(id);
      discardOutput(job);
    }
  }
}
