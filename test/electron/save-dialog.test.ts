import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../main/core/platform/atomic-file';
import { safeFileName } from '../../main/electron/save-dialog';

// main/electron/save-dialog.ts's name rules and the atomic writer it saves with.
vi.mock('electron', () => import('./fake-electron'));

describe('a file name from the renderer', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Laporan Roadmap 2026 (Jan–Okt).xlsx')).toBe('Laporan Roadmap 2026 (Jan–Okt).xlsx');
    expect(safeFileName('Kartu-ekspor_2026.pdf')).toBe('Kartu-ekspor_2026.pdf');
  });

  it('loses folder parts, reserved and control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\System32\\drivers.xlsx')).toBe('drivers.xlsx');
    expect(safeFileName('a:b*c?d"e<f>g|h.xlsx')).toBe('a-b-c-d-e-f-g-h.xlsx');
    expect(safeFileName('line\nbreak\u0000nul\u202Eright-to-left.xlsx')).toBe('line-break-nul-right-to-left.xlsx');
  });

  it('loses leading and trailing dots and spaces, and avoids Windows device names', () => {
    expect(safeFileName('  .hidden.xlsx ')).toBe('hidden.xlsx');
    expect(safeFileName('report.xlsx. . ')).toBe('report.xlsx');
    expect(safeFileName('CON.xlsx')).toBe('_CON.xlsx');
    expect(safeFileName('lpt1')).toBe('_lpt1');
    expect(safeFileName('console.xlsx')).toBe('console.xlsx');
  });

  it('falls back to a plain name when nothing is left', () => {
    for (const name of ['', '..', '/', '\\\\server\\share\\', '...', ' ', '::']) expect(safeFileName(name), JSON.stringify(name)).toBe('sentra');
  });

  it('is at most 150 characters, keeping its extension', () => {
    const name = safeFileName(`${'Laporan '.repeat(40)}.xlsx`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sentra-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new file and replaces an old one whole, leaving no temp file', () => {
    const target = join(dir, 'Stok.xlsx');
    writeFileAtomic(target, Buffer.alloc(300_000, 7));
    expect(readFileSync(target)).toEqual(Buffer.alloc(300_000, 7));
    writeFileAtomic(target, 'short');
    expect(readFileSync(target, 'utf8')).toBe('short');
    expect(readdirSync(dir)).toEqual(['Stok.xlsx']);
  });

  it('leaves the old file untouched and no temp file when the rename fails', () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');
    expect(() => writeFileAtomic(target, 'new bytes')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('throws and creates nothing when the folder does not exist', () => {
    const target = join(dir, 'gone', 'Stok.xlsx');
    expect(() => writeFileAtomic(target, 'x')).toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'gone'))).toBe(false);
  });
});
