import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n';
import { tempApp, type TempApp } from '../helpers/temp-app';

/**
 * Another process writing the same centre (the CLI importing while the app is open): it takes the
 * write lock, says so on stdout, holds it for `holdMs` and commits.
 */
function otherWriter(dbPath: string, holdMs: number): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO preference (key, value_json) VALUES ('other.writer', '1') ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json").run();
    console.log('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script, dbPath, String(holdMs)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => line === 'locked' && resolve(child));
    child.once('exit', (code) => reject(new Error(`the other writer stopped first (${code})`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

const siti = { memberNo: 'INT-0001', name: 'Siti Aminah', status: 'aktif' as const, joinedOn: '2010-03-01' };
let t: TempApp;
beforeEach(async () => {
  t = await tempApp();
});
afterEach(() => t.close());

describe('two processes writing one centre', () => {
  it('reproduces the old failure: a deferred read-then-write fails at once although the busy timeout is 5 s', async () => {
    const other = await otherWriter(t.dbPath, 1500);
    const deferred = t.app.db.transaction(() => {
      t.app.db.prepare('SELECT COUNT(*) FROM member').get();
      t.app.db.prepare("INSERT INTO preference (key, value_json) VALUES ('x', '1')").run();
    });
    expect(() => deferred()).toThrow(/database is locked/);
    await exited(other);
  });

  it('a save from the app waits for the other writer and is stored', async () => {
    const other = await otherWriter(t.dbPath, 800);
    const result = await t.call('members:save', siti);
    expect(result.ok ? result.value.name : result.error).toBe('Siti Aminah');
    await exited(other);
    expect((await t.must('members:list', {})).map((m) => m.memberNo)).toEqual(['INT-0001']);
  });

  it('a plan run waits for the other writer too', async () => {
    const other = await otherWriter(t.dbPath, 800);
    const result = await t.call('plan:run', {});
    expect(result.ok ? 'planned' : result.error.code).toBe('planned');
    await exited(other);
  });

  it('past the busy timeout the answer is BUSY with a sentence to try again, and nothing is half-written', async () => {
    t.app.db.pragma('busy_timeout = 200');
    const other = await otherWriter(t.dbPath, 4000);
    const result = await t.call('members:save', siti);
    expect(result.ok ? 'saved' : { code: result.error.code, message: result.error.message }).toEqual({ code: 'BUSY', message: translator('id')('guard.busy') });
    await exited(other);
    expect(await t.must('members:list', {})).toEqual([]);
    const again = await t.call('members:save', siti, 'en');
    expect(again.ok).toBe(true);
  });
});
