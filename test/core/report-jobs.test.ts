import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../shared/api/jobs';
import { translator } from '../../shared/i18n';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { readWorkbook } from '../fixtures/workbooks';
import { madeBytes } from '../helpers/made-file';

/**
 * Reports the screens start and watch: written on a worker thread with its own connection to the
 * centre's file, watched through jobs:progress, cancelled, and fetched once.
 */

let t: TempApp;
beforeEach(async () => {
  t = await tempApp({ today: '2026-11-23' });
  await t.must('exports:save', { year: 2026, month: 3, country: 'JP', category: 'dompet', hsCode: '4202.31', fobUsdCents: 1_234_500 });
});
afterEach(() => t.close());

/** Asks how far the job is until it has ended, the way a screen polls. */
async function untilEnded(job: JobProgress): Promise<JobProgress> {
  let progress = job;
  while (progress.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    progress = await t.must('jobs:progress', { jobId: progress.jobId });
  }
  return progress;
}

describe('a report written on a worker thread', () => {
  it('runs, reports done, and hands over a workbook with what the app had just saved, once', async () => {
    const started = await t.must('jobs:startReport', { name: 'export-performance', from: '2026-01', to: '2026-11' });
    expect(started).toMatchObject({ report: 'export-performance', state: 'running', error: null });
    const ended = await untilEnded(started);
    expect(ended.error).toBeNull();
    expect(ended.state).toBe('done');

    const file = await t.must('jobs:result', { jobId: started.jobId });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = await readWorkbook(madeBytes(file));
    const values: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    // USD 12.345,00 for March 2026, written by the worker from the row saved above.
    expect(values).toContainEqual(expect.objectContaining({ result: 12_345 }));

    const again = await t.call('jobs:result', { jobId: started.jobId });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });

  it('stops when cancelled, leaves no file, and stays cancelled', async () => {
    const started = await t.must('jobs:startReport', { name: 'registry' });
    const cancelled = await t.must('jobs:cancel', { jobId: started.jobId });
    expect(cancelled.state).toBe('cancelled');
    // The thread is gone (cancel waited for it): nothing can turn the job into "done" afterwards.
    expect((await t.must('jobs:progress', { jobId: started.jobId })).state).toBe('cancelled');
    const result = await t.call('jobs:result', { jobId: started.jobId });
    expect(result.ok ? null : result.error).toEqual({ code: 'JOB_NOT_DONE', message: translator('id')('jobs.cancelled') });
  });

  it('fails with the report\'s own message in the caller\'s language', async () => {
    const started = await t.call('jobs:startReport', { name: 'export-performance', from: '2026-01', to: '2026-12' }, 'en');
    if (!started.ok) throw new Error(started.error.message);
    const ended = await untilEnded(started.value);
    expect(ended.state).toBe('failed');
    expect(ended.error?.code).toBe('INVALID_INPUT');
    expect(ended.error?.message).toContain('November 2026');
    expect(ended.error?.message).toBe(translator('en')('exports.report.periodFuture', { month: 'November 2026' }));
    const result = await t.call('jobs:result', { jobId: started.value.jobId }, 'en');
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
  });

  it('names an unknown job instead of guessing', async () => {
    const result = await t.call('jobs:progress', { jobId: '00000000-0000-4000-8000-000000000000' });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });
});
