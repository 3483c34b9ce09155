import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, sentraJson as json, sentraSpawn, sentraSpawnJson } from '../helpers/cli';

let dir: string;


beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentra-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function memberWorkbook(path: string, rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anggota');
  sheet.addRow(['DAFTAR ANGGOTA KOPERASI INTAKO']);
  sheet.addRow([]);
  sheet.addRow(['No', 'No. Anggota', 'Nama Lengkap', 'NIK KTP', 'No. HP', 'Status']);
  rows.forEach((row, index) => sheet.addRow([index + 1, ...row]));
  await workbook.xlsx.writeFile(path);
}

describe('the sentra command', () => {
  const db = () => join(dir, 'centre.sqlite');

  it('creates the demo centre and counts it', async () => {
    expect((await json('demo', '--db', db(), '--seed', '7')).code).toBe(0);
    expect((await json('count', 'members', '--db', db())).value).toEqual({ count: 276 });
    expect((await json('count', 'units', '--db', db())).value).toEqual({ count: 410 });
  });

  it('imports all or nothing, and the valid rows when told to', async () => {
    const file = join(dir, 'anggota.xlsx');
    await memberWorkbook(file, [
      ['B-001', 'Sri Wahyuni', '3515064101800001', '81234567890', 'aktif'],
      ['B-002', 'Joko Santoso', '35150601018', '081234567891', 'aktif'],
    ]);
    const target = join(dir, 'import.sqlite');
    const refused = await json('import', 'members', file, '--db', target);
    expect(refused.code).toBe(1);
    expect(refused.value).toMatchObject({ valid: 1, imported: 0, errors: [{ row: 5, column: 'NIK KTP' }] });
    expect((await json('count', 'members', '--db', target)).value).toEqual({ count: 0 });
    expect((await json('import', 'members', file, '--db', target, '--dry-run', '--skip-invalid')).value).toMatchObject({ imported: 0 });
    expect((await json('count', 'members', '--db', target)).value).toEqual({ count: 0 });
    const partial = await json('import', 'members', file, '--db', target, '--skip-invalid');
    expect(partial.code).toBe(0);
    expect(partial.value).toMatchObject({ valid: 1, imported: 1 });
    expect((await json('count', 'members', '--db', target)).value).toEqual({ count: 1 });
  });

  it('says so when the file is not a workbook', async () => {
    const result = await json('import', 'members', BIN, '--db', join(dir, 'x.sqlite'));
    expect(result.code).toBe(1);
    expect(result.value).toMatchObject({ imported: 0 });
  });

  it('exports, makes templates, checks and backs up', async () => {
    const out = join(dir, 'members.xlsx');
    expect((await json('export', 'members', '--db', db(), '--out', out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0].rowCount).toBeGreaterThan(276);
    expect((await json('template', 'units', '--out', join(dir, 't.xlsx'))).code).toBe(0);
    expect(existsSync(join(dir, 't.xlsx'))).toBe(true);
    expect((await json('check', '--db', db())).value).toMatchObject({ ok: true });
    expect((await json('backup', '--db', db(), '--out', join(dir, 'b.sqlite'))).code).toBe(0);
    expect((await json('count', 'members', '--db', join(dir, 'b.sqlite'))).value).toEqual({ count: 276 });
  });

  it('serves browser mode and prints the URL with its token as the first line', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db(), '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const rl = createInterface({ input: child.stdout });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = once(child, 'exit').then(() => {
        throw new Error(`sentra serve stopped: ${stderr}`);
      });
      const [firstLine] = (await Promise.race([once(rl, 'line'), exited])) as [string];
      const url = new URL(firstLine);
      expect(url.hostname).toBe('127.0.0.1');
      const token = url.searchParams.get('token') ?? '';
      expect(token.length).toBeGreaterThan(20);
      const response = await fetch(new URL('/api/system:info', url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(await response.json()).toMatchObject({ ok: true, value: { isEmpty: false } });
      // A second server on the same centre is refused before it opens (let alone migrates) it.
      const second = await json('serve', '--db', db(), '--port', '0', '--no-open');
      expect({ code: second.code, error: second.value }).toMatchObject({ code: 1, error: { error: { code: 'IN_USE' } } });
    } finally {
      child.kill('SIGTERM');
    }
  });
});

// The tests above run `main()` in this process; these start the bin as a user does (node, tsx, the
// real streams and exit code). The serve test above and any-folder.test.ts (a report through its
// worker thread) are real processes too.
describe('the sentra command as a real process', () => {
  it('starts, prints its usage on --help with exit 0, and exits 2 on an unknown command', () => {
    const help = sentraSpawn('--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('sentra <command> [options]');
    expect(help.stdout).toBe('');
    const unknown = sentraSpawn('nonsense');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('sentra <command> [options]');
  });

  it('imports a workbook end to end: exit 1 and nothing written when a row is bad, exit 0 with the valid rows when told to', async () => {
    const file = join(dir, 'spawned-members.xlsx');
    await memberWorkbook(file, [
      ['S-001', 'Siti Aminah', '3515060101800001', '081234567890', 'aktif'],
      ['S-002', 'Joko Santoso', '35150601018', '081234567891', 'aktif'],
    ]);
    const target = join(dir, 'spawned.sqlite');
    expect(sentraSpawnJson('import', 'members', file, '--db', target)).toMatchObject({ code: 1, value: { valid: 1, imported: 0 } });
    expect(sentraSpawnJson('import', 'members', file, '--db', target, '--skip-invalid')).toMatchObject({ code: 0, value: { valid: 1, imported: 1 } });
    expect((await json('count', 'members', '--db', target)).value).toEqual({ count: 1 });
  });
});
