import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, sentraRun } from '../helpers/cli';

// A smoke test through a real process: the bin, tsx and a report worker thread started by it.

// A clerk runs `sentra` from wherever the shell is, not from the program's folder: the report
// workers compile the charts' JSX with the product's tsconfig wherever that is.
describe('sentra run from another folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sentra-any-folder-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a report with charts from a folder that has no tsconfig', async () => {
    const db = join(folder, 'centre.sqlite');
    expect((await sentraRun('demo', '--db', db)).code).toBe(0);
    const out = join(folder, 'kinerja.xlsx');
    const run = spawnSync(process.execPath, [BIN, 'report', 'export-performance', '--db', db, '--out', out, '--json'], { cwd: folder, encoding: 'utf8' });
    expect(run.stdout + run.stderr).not.toContain('React is not defined');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim()).current_usd).toBeGreaterThan(0);
    expect(existsSync(out)).toBe(true);
  });
});
