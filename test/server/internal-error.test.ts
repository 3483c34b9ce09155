import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../main/server';
import { tempApp, type TempApp } from '../helpers/temp-app';

/** A fault the server did not foresee: the caller gets a generic 500, the log gets the details. */

vi.mock('../../main/core/dispatch', () => ({
  dispatch: () => Promise.reject(new Error('SQLITE_CORRUPT at /home/koperasi/centre.sqlite')),
}));

let t: TempApp;
let server: RunningServer;
beforeEach(async () => {
  t = await tempApp();
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), 'x');
  server = await startServer({ app: t.app, staticDir, token: 'secret-token' });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await server.close();
  t.close();
});

describe('an unexpected fault', () => {
  it('answers 500 with a generic message and writes the raw one to stderr only', async () => {
    const logged: unknown[][] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    const answer = await fetch(`http://127.0.0.1:${server.port}/api/members:list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token', 'accept-language': 'en' },
      body: '{}',
    });
    expect(answer.status).toBe(500);
    const text = await answer.text();
    expect(text).not.toContain('SQLITE_CORRUPT');
    expect(text).not.toContain('/home/koperasi');
    expect(JSON.parse(text)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in the server; the details are in its log.' } });
    expect(String(logged.flat().find((part) => part instanceof Error))).toContain('SQLITE_CORRUPT at /home/koperasi/centre.sqlite');
  });
});
