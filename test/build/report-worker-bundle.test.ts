import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../main/core/app';
import { openDatabase } from '../../main/core/db/connection';
import { readWorkbook } from '../fixtures/workbooks';

/**
 * The desktop app starts its reports from the bundled out/main/report-worker.js (the sources'
 * worker-entry.mjs needs tsx, which is not shipped). `npm test` builds first; this runs a report on
 * that bundle, so a worker entry the build forgot fails here rather than on the manager's PC.
 */
const BUNDLED = resolve(__dirname, '../../out/main/report-worker.js');

let app: App | undefined;
let dir = '';
afterEach(async () => {
  await app?.jobs.close();
  app?.db.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the bundled report worker', () => {
  it.skipIf(!existsSync(BUNDLED))('writes a report from the desktop build', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-bundle-'));
    const dbPath = join(dir, 'centre.sqlite');
    app = createApp(await openDatabase(dbPath), dbPath, { today: '2026-11-23', workerEntry: BUNDLED });
    const file = await app.jobs.runReport({ name: 'registry', from: '2026-01', to: '2026-11', locale: 'en' });
    const workbook = await readWorkbook(Buffer.from(file.dataBase64, 'base64'));
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    expect(file.fileName).toMatch(/\.xlsx$/);
  });
});
