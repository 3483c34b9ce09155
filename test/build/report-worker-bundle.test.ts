import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFor, createApp, type App } from '../../main/core/platform/app';
import { openDatabase } from '../../main/core/platform/db/connection';
import { dispatch } from '../../main/core/dispatch';
import { previewImport } from '../../main/core/lists/import';
import { memberSheet, readWorkbook, workbookBuffer } from '../fixtures/workbooks';
import { madeBytes } from '../helpers/made-file';

/**
 * The desktop app starts its reports from the bundled out/main/report-worker.js (the sources'
 * worker-entry.mjs needs tsx, which is not shipped), and that bundle must still find resvg's wasm
 * (a dependency, kept external) and the font under resources/fonts from out/main, as it will inside
 * app.asar. `npm test` builds first, so a worker entry or a file the build forgot fails here.
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
  it.skipIf(!existsSync(BUNDLED))('writes a report with its charts from the desktop build', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-chart-bundle-'));
    const dbPath = join(dir, 'centre.sqlite');
    app = createApp(await openDatabase(dbPath), dbPath, { today: '2026-11-23', workerEntry: BUNDLED });
    const saved = await dispatch(app, 'exports:save', { year: 2026, month: 3, country: 'JP', category: 'tas', hsCode: '4202.21', fobUsdCents: 12_500 }, 'id');
    expect(saved.ok).toBe(true);
    const file = await app.jobs.runReport({ name: 'export-performance', from: '2026-01', to: '2026-06', locale: 'id' });
    const workbook = await readWorkbook(madeBytes(file));
    expect(workbook.getWorksheet('Ringkasan')?.getImages()).toHaveLength(2);
  });

  it.skipIf(!existsSync(BUNDLED))('reads and writes an import workbook from the desktop build', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-import-bundle-'));
    const dbPath = join(dir, 'centre.sqlite');
    app = createApp(await openDatabase(dbPath), dbPath, { today: '2026-11-23', workerEntry: BUNDLED });
    const file = await workbookBuffer(memberSheet([[1, 'INT-0001', 'Siti Aminah', null, null, 'Kludan', null, 'aktif']]));
    const preview = await previewImport(contextFor(app, 'id'), 'members', 'a.xlsx', file);
    expect({ valid: preview.valid, errors: preview.errorCount }).toEqual({ valid: 1, errors: 0 });
    const outcome = await dispatch(app, 'imports:commit', { importId: preview.importId }, 'id');
    expect(outcome.ok ? outcome.value : outcome.error).toEqual({ valid: 1, imported: 1, errors: [] });
  });
});
