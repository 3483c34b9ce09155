import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../main/core/platform/files/outbox';
import { sentraJson } from '../helpers/cli';

// The CLI's door for a file the app made: moved from the outbox to --out, nothing left behind.
let dir: string;
/** What the process's outbox held before: other files of this worker may have left files there. */
let outboxBefore: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-cli-made-'));
  outboxBefore = readdirSync(outbox().dir());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--out', () => {
  it('receives the made workbook whole, over an older file, and the outbox keeps nothing', async () => {
    const out = join(dir, 'template-anggota.xlsx');
    writeFileSync(out, 'an older template');
    expect(await sentraJson('template', 'members', '--out', out)).toEqual({ code: 0, value: { out } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Anggota');
    expect(readdirSync(dir)).toEqual(['template-anggota.xlsx']);
    expect(readdirSync(outbox().dir())).toEqual(outboxBefore);
  });

  it('leaves the earlier file and the outbox as they were when --out cannot be written', async () => {
    const out = join(dir, 'no-such-folder', 'template.xlsx');
    const result = await sentraJson('template', 'members', '--out', out);
    expect(result.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(outbox().dir())).toEqual(outboxBefore);
  });
});
