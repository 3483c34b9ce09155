import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { sentraJson as sentra } from '../helpers/cli';
import { outbox } from '../../main/core/platform/files/outbox';

/**
 * `sentra report … --out F.xlsx` writes `F.xlsx.<pid>-<n>.part` and renames it when complete.
 * A part whose writer died (kill -9, power cut) is removed by the next run; one whose writer
 * still runs is left alone.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-report-part-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


/** The id of a process that has just ended: no process runs under it now. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', '']);
  if (ended.pid === undefined) throw new Error('could not start a process');
  return ended.pid;
}

function partsOf(name: string): string[] {
  return readdirSync(dir).filter((file) => file.startsWith(`${name}.`) && file.includes('part')).sort();
}

describe('sentra report and its part files', () => {
  const db = () => join(dir, 'centre.sqlite');

  it('removes the parts of runs that died and keeps one whose writer still runs', async () => {
    const out = join(dir, 'registry.xlsx');
    const dead = deadPid();
    writeFileSync(`${out}.part`, 'left by a version before the pid was in the name');
    writeFileSync(`${out}.${dead}-1.part`, 'left by a run killed halfway');
    // The process that started this test's is alive (the CLI runs in this one): its part may be a
    // report being written right now.
    const live = `registry.xlsx.${process.ppid}-7.part`;
    writeFileSync(join(dir, live), 'being written');
    writeFileSync(join(dir, `other.xlsx.${dead}-1.part`), 'another file\'s part, not this run\'s business');

    expect(await sentra('report', 'registry', '--db', db(), '--out', out, '--today', '2026-11-23')).toMatchObject({ code: 0, value: { members: 0 } });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(partsOf('registry.xlsx')).toEqual([live]);
    expect(partsOf('other.xlsx')).toEqual([`other.xlsx.${dead}-1.part`]);
  });

  it('leaves the earlier file as it was and no part when the report fails', async () => {
    const out = join(dir, 'roadmap.xlsx');
    writeFileSync(out, 'the earlier report');
    writeFileSync(`${out}.${deadPid()}-1.part`, 'left by a run killed halfway');
    // No roadmap in this centre: the report refuses after its worker started writing.
    expect(await sentra('report', 'roadmap', '--db', db(), '--out', out, '--today', '2026-11-23')).toMatchObject({ code: 1, value: { error: { code: 'NOT_FOUND' } } });
    expect(readFileSync(out, 'utf8')).toBe('the earlier report');
    expect(partsOf('roadmap.xlsx')).toEqual([]);
  });
});

describe('a report job writing into the outbox', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await tempApp();
  });
  afterEach(() => t.close());

  it('removes what the thread had written when the job is cancelled', async () => {
    const before = readdirSync(outbox().dir());
    const job = t.app.jobs.startReport({ name: 'registry', from: undefined, to: undefined, locale: 'id' });
    expect(readdirSync(outbox().dir())).toHaveLength(before.length + 1);
    const cancelled = await t.app.jobs.cancel(job.jobId, 'id');
    expect(cancelled.state).toBe('cancelled');
    expect(readdirSync(outbox().dir())).toEqual(before);
    await expect(t.call('jobs:result', { jobId: job.jobId })).resolves.toMatchObject({ ok: false, error: { code: 'JOB_NOT_DONE' } });
  });

  it('removes what the thread had written when the report fails', async () => {
    const before = readdirSync(outbox().dir());
    await expect(t.app.jobs.runReport({ name: 'roadmap', from: undefined, to: undefined, locale: 'id' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(readdirSync(outbox().dir())).toEqual(before);
  });
});
