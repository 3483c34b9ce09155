import { z } from 'zod';
import { monthField, REPORT_NAMES, type ReportName } from './exports';
import type { AppErrorShape } from '../result';
import type { MadeFile } from './files';

/**
 * Long work the screens start and watch: a report runs in a worker beside the app, so the window
 * (and the server's other calls) stay responsive, and the user sees how far it is and may cancel it.
 * A screen starts a job, asks for its progress every few hundred milliseconds, and fetches the file
 * once it is done; the file is kept until fetched or the job is forgotten.
 */

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobProgress {
  jobId: string;
  report: ReportName;
  state: JobState;
  /** Rows (or steps) done of `total`; `total` is 0 while the report does not yet know its size. */
  done: number;
  total: number;
  /** Why it failed, in the caller's language. */
  error: AppErrorShape | null;
}

/** What the CLI prints for a report: `--json`'s figures in the contract's keys, and one line for a terminal. */
export interface ReportHeadline {
  json: Record<string, unknown>;
  text: string;
}

/** A finished report: its file and the headline of the very figures the file was made from. */
export interface ReportFile extends MadeFile {
  headline: ReportHeadline;
}

const jobId = z.object({ jobId: z.uuid({ error: 'invalid.required' }) });

export const jobsInputs = {
  'jobs:startReport': z.object({ name: z.enum(REPORT_NAMES), from: monthField.optional(), to: monthField.optional() }),
  'jobs:progress': jobId,
  'jobs:cancel': jobId,
  /** The finished report's file; the job is forgotten once its file is taken. */
  'jobs:result': jobId,
};

export interface JobsOutputs {
  'jobs:startReport': JobProgress;
  'jobs:progress': JobProgress;
  'jobs:cancel': JobProgress;
  'jobs:result': ReportFile;
}
