import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveInto, Outbox } from '../../main/core/platform/files/outbox';

// The outbox keeps the files the app made until a door (save dialog, download, --out) takes them.
afterEach(() => {
  vi.useRealTimers();
});

describe('the outbox', () => {
  it('keeps made files in a private folder under unguessable ids, with their name and size', () => {
    const box = new Outbox();
    const a = box.put('Anggota.xlsx', Buffer.from('PK a workbook'));
    const b = box.put('Anggota.xlsx', Buffer.from('PK another'));
    expect(a).toEqual({ fileId: a.fileId, fileName: 'Anggota.xlsx', bytes: 13 });
    expect(a.fileId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(b.fileId).not.toBe(a.fileId);
    if (process.platform !== 'win32') expect(statSync(box.dir()).mode & 0o777).toBe(0o700);
    expect(readdirSync(box.dir())).toHaveLength(2);
  });

  it('hands a file over once; an unknown id or one still being written gives nothing', () => {
    const box = new Outbox();
    const file = box.put('Stok.xlsx', Buffer.from('PK'));
    const taken = box.take(file.fileId);
    expect(taken).toMatchObject({ fileName: 'Stok.xlsx', bytes: 2 });
    expect(readFileSync(taken!.path, 'utf8')).toBe('PK');
    expect(box.take(file.fileId)).toBeNull();
    expect(box.take('not-an-id')).toBeNull();
    const reserved = box.reserve('Laporan.xlsx');
    expect(box.take(reserved.fileId)).toBeNull();
    writeFileSync(reserved.path, 'PK whole');
    expect(box.made(reserved.fileId, 'Laporan Ekspor.xlsx')).toEqual({ fileId: reserved.fileId, fileName: 'Laporan Ekspor.xlsx', bytes: 8 });
    expect(box.take(reserved.fileId)).toMatchObject({ fileName: 'Laporan Ekspor.xlsx' });
  });

  it('removes files nobody took after an hour', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const box = new Outbox();
    const old = box.put('Lama.xlsx', Buffer.from('PK old'));
    vi.setSystemTime(Date.now() + 59 * 60_000);
    const recent = box.put('Baru.xlsx', Buffer.from('PK new'));
    expect(readdirSync(box.dir())).toHaveLength(2);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    box.put('Pemicu.xlsx', Buffer.from('PK'));
    expect(box.take(old.fileId)).toBeNull();
    expect(readdirSync(box.dir())).toHaveLength(2);
    expect(box.take(recent.fileId)).toMatchObject({ fileName: 'Baru.xlsx' });
  });

  it('removes its folder when the process ends', () => {
    const script = [
      "import { outbox } from './main/core/platform/files/outbox.ts';",
      "outbox().put('Sisa.xlsx', Buffer.from('PK'));",
      'console.log(outbox().dir());',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: join(__dirname, '../..') });
    expect(result.stderr).toBe('');
    const folder = result.stdout.trim();
    expect(folder).toContain('sentra-outbox-');
    expect(existsSync(folder)).toBe(false);
  });

  it('removes the folder of a process that was killed, and keeps one whose process runs', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const orphan = mkdtempSync(join(tmpdir(), `sentra-outbox-${dead}-`));
    writeFileSync(join(orphan, 'left.part'), 'PK left by a killed process');
    const live = mkdtempSync(join(tmpdir(), `sentra-outbox-${process.ppid}-`));
    try {
      new Outbox().put('Baru.xlsx', Buffer.from('PK'));
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(live)).toBe(true);
    } finally {
      rmSync(orphan, { recursive: true, force: true });
      rmSync(live, { recursive: true, force: true });
    }
  });

  it('moves a taken file over an existing target, whole, and leaves nothing in the outbox', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentra-move-'));
    try {
      const box = new Outbox();
      const target = join(dir, 'Anggota.xlsx');
      writeFileSync(target, 'an older export');
      const file = box.put('Anggota.xlsx', Buffer.from('PK the new one'));
      moveInto(box.take(file.fileId)!, target);
      expect(readFileSync(target, 'utf8')).toBe('PK the new one');
      expect(readdirSync(dir)).toEqual(['Anggota.xlsx']);
      expect(readdirSync(box.dir())).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
