import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import type { MadeFile } from '../../shared/api/files';
import type { Result } from '../../shared/result';
import { createApp, type App } from '../../main/core/platform/app';
import { outbox } from '../../main/core/platform/files/outbox';
import { openDatabase } from '../../main/core/platform/db/connection';
import { CHANNELS, wireIpc } from '../../main/electron/ipc';
import { BrowserWindow, eventFrom, fake, invoke, resetFake, type FakeWebContents } from './fake-electron';

// main/electron/ipc.ts (and save-dialog.ts, print.ts) against a recording fake of the electron
// module, the real handler table and a real SQLite file in a temp folder.
vi.mock('electron', () => import('./fake-electron'));
// Passes through, recording each rename: a save must be a temp file renamed, never a direct write.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const OURS = 'app://sentra/index.html';
let dir: string;
let centre: App;
let window: BrowserWindow;

beforeEach(async () => {
  resetFake();
  vi.mocked(renameSync).mockClear();
  dir = mkdtempSync(join(tmpdir(), 'sentra-ipc-'));
  const dbPath = join(dir, 'centre.sqlite');
  centre = createApp(await openDatabase(dbPath), dbPath, { actor: 'test', today: '2026-11-23' });
  window = new BrowserWindow({});
  wireIpc(centre);
});

afterEach(async () => {
  await centre.jobs.close();
  centre.db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Files in a folder, temporary ones included (they start with a dot). */
function filesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}

describe('the IPC channels', () => {
  it('are exactly the three the preload exposes', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(CHANNELS).toEqual(['sentra:call', 'sentra:save-file', 'sentra:print-pdf']);
  });
});

describe('sentra:call', () => {
  it('runs the real handler table on the centre database for our own page', async () => {
    expect(await invoke('sentra:call', eventFrom(OURS), 'system:info', {}, 'id')).toMatchObject({ ok: true, value: { isEmpty: true, dbPath: centre.dbPath } });
    const saved = await invoke('sentra:call', eventFrom(OURS), 'centre:save', { name: 'Sentra IKM Tanggulangin', cooperativeName: 'Koperasi INTAKO' }, 'id');
    expect(saved).toMatchObject({ ok: true, value: { name: 'Sentra IKM Tanggulangin' } });
    expect(centre.db.prepare('SELECT name FROM centre').pluck().get()).toBe('Sentra IKM Tanggulangin');
  });

  it('validates through the contract, in the caller\'s language', async () => {
    const unknown = await invoke('sentra:call', eventFrom(OURS), 'members:drop', {}, 'en');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const invalid = await invoke('sentra:call', eventFrom(OURS), 'centre:save', { name: 42 }, 'en');
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const oddLocale = await invoke('sentra:call', eventFrom(OURS), 'system:info', {}, 'fr');
    expect(oddLocale).toMatchObject({ ok: true });
  });

  it('refuses other pages, subframes, vanished frames and a name that is not a string, writing nothing', async () => {
    const write = { name: 'Sentra Palsu', cooperativeName: 'Koperasi Palsu' };
    const senders = [
      eventFrom('https://evil.example/'),
      eventFrom('app://sentra.evil/index.html'),
      eventFrom('app://sentra@evil/index.html'),
      eventFrom('http://sentra/index.html'),
      eventFrom(OURS, { subframe: true }),
      eventFrom(null),
    ];
    for (const event of senders) {
      const answer = await invoke('sentra:call', event, 'centre:save', write, 'en');
      expect(answer, event.senderFrame?.url ?? 'no frame').toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Request refused: it did not come from a Sentra Planner screen.' } });
    }
    expect(await invoke('sentra:call', eventFrom(OURS), { name: 'centre:save' }, write, 'id')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(centre.db.prepare('SELECT count(*) FROM centre').pluck().get()).toBe(0);
    expect(centre.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  });
});

describe('sentra:save-file', () => {
  /** A file the app made, through the same channel a screen asks for it. */
  async function made(locale = 'id'): Promise<MadeFile> {
    const answer = (await invoke('sentra:call', eventFrom(OURS), 'files:template', { kind: 'members' }, locale)) as Result<MadeFile>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  }
  const waiting = () => filesIn(outbox().dir());

  it('writes nothing when the dialog is cancelled, and the file is not kept', async () => {
    const file = await made();
    fake.saveAnswer = { canceled: true };
    const before = filesIn(dir);
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: false });
    expect(fake.saveDialogs).toHaveLength(1);
    expect(fake.saveDialogs[0].window).toBe(window);
    expect(filesIn(dir)).toEqual(before);
    expect(renameSync).not.toHaveBeenCalled();
    expect(waiting()).toEqual([]);
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: false });
    expect(fake.saveDialogs).toHaveLength(1);
  });

  it('moves the made file to the chosen path in one rename, once', async () => {
    const file = await made();
    const target = join(dir, 'out', 'Anggota 2026.xlsx');
    mkdirSync(dirname(target));
    writeFileSync(target, 'an older export');
    fake.saveAnswer = { canceled: false, filePath: target };
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: true, path: target });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Anggota');
    expect(statSync(target).size).toBe(file.bytes);
    expect(renameSync).toHaveBeenCalledTimes(1);
    const [from, to] = vi.mocked(renameSync).mock.calls[0];
    expect(to).toBe(target);
    expect(dirname(String(from))).toBe(outbox().dir());
    expect(filesIn(dirname(target))).toEqual(['Anggota 2026.xlsx']);
    expect(waiting()).toEqual([]);
    // Taken: a second save finds nothing and shows no dialog.
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: false });
    expect(fake.saveDialogs).toHaveLength(1);
  });

  it('copies beside the target and renames it when the chosen folder is on another disk', async () => {
    const file = await made();
    const target = join(dir, 'Anggota.xlsx');
    writeFileSync(target, 'an older export');
    fake.saveAnswer = { canceled: false, filePath: target };
    vi.mocked(renameSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: true, path: target });
    expect(statSync(target).size).toBe(file.bytes);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    const [from, to] = vi.mocked(renameSync).mock.calls[1];
    expect(to).toBe(target);
    expect(dirname(String(from))).toBe(dir);
    expect(filesIn(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(waiting()).toEqual([]);
  });

  it('suggests the made file\'s name and offers Excel in the screens\' language', async () => {
    await invoke('sentra:save-file', eventFrom(OURS), (await made('en')).fileId);
    expect(fake.saveDialogs[0].options).toEqual({ defaultPath: 'template-anggota.xlsx', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
    await invoke('sentra:save-file', eventFrom(OURS), (await made('id')).fileId);
    expect(fake.saveDialogs[1].options.filters).toEqual([{ name: 'Buku kerja Excel', extensions: ['xlsx'] }]);
  });

  it('leaves no partial file under the final name when the move fails, and says why', async () => {
    const file = await made();
    // A folder under the chosen name: the rename onto it fails.
    const target = join(dir, 'Laporan.xlsx');
    mkdirSync(target);
    fake.saveAnswer = { canceled: false, filePath: target };
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: false });
    expect(renameSync).toHaveBeenCalledTimes(1);
    expect(filesIn(target)).toEqual([]);
    expect(filesIn(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(waiting()).toEqual([]);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0].content).toContain(`Berkas ${target} tidak dapat disimpan`);
  });

  it('refuses untrusted senders, unknown ids and malformed payloads without showing a dialog', async () => {
    const file = await made();
    fake.saveAnswer = { canceled: false, filePath: join(dir, 'x.xlsx') };
    expect(await invoke('sentra:save-file', eventFrom('https://evil.example/'), file.fileId)).toEqual({ saved: false });
    expect(await invoke('sentra:save-file', eventFrom(OURS, { subframe: true }), file.fileId)).toEqual({ saved: false });
    expect(await invoke('sentra:save-file', eventFrom(OURS), 42)).toEqual({ saved: false });
    expect(await invoke('sentra:save-file', eventFrom(OURS), { fileId: file.fileId })).toEqual({ saved: false });
    expect(await invoke('sentra:save-file', eventFrom(OURS), 'x'.repeat(32))).toEqual({ saved: false });
    expect(await invoke('sentra:save-file', eventFrom(OURS), '../../etc/passwd')).toEqual({ saved: false });
    expect(fake.saveDialogs).toEqual([]);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    // The refused attempts did not use it up: our own screen still gets it.
    expect(await invoke('sentra:save-file', eventFrom(OURS), file.fileId)).toEqual({ saved: true, path: join(dir, 'x.xlsx') });
  });
});

describe('sentra:print-pdf', () => {
  function contents(): FakeWebContents {
    return fake.windows[0].webContents;
  }

  it('prints the page to A4 and writes nothing when the dialog is cancelled', async () => {
    fake.saveAnswer = { canceled: true };
    const before = filesIn(dir);
    expect(await invoke('sentra:print-pdf', eventFrom(OURS), 'Roadmap.pdf')).toEqual({ saved: false });
    expect(contents().printOptions).toEqual([{ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }]);
    expect(fake.saveDialogs[0].options).toEqual({ defaultPath: 'Roadmap.pdf', filters: [{ name: 'Dokumen PDF', extensions: ['pdf'] }] });
    expect(filesIn(dir)).toEqual(before);
  });

  it('writes the PDF atomically to the chosen path', async () => {
    const target = join(dir, 'Roadmap 2026.pdf');
    fake.saveAnswer = { canceled: false, filePath: target };
    expect(await invoke('sentra:print-pdf', eventFrom(OURS), 'Roadmap/2026.pdf')).toEqual({ saved: true, path: target });
    expect(fake.saveDialogs[0].options.defaultPath).toBe('2026.pdf');
    expect(readFileSync(target)).toEqual(contents().pdf);
    expect(vi.mocked(renameSync).mock.calls.map(([, to]) => to)).toEqual([target]);
  });

  it('says so when printing fails, and asks nothing', async () => {
    contents().printFailure = new Error('render process gone');
    fake.saveAnswer = { canceled: false, filePath: join(dir, 'x.pdf') };
    expect(await invoke('sentra:print-pdf', eventFrom(OURS), 'x.pdf')).toEqual({ saved: false });
    expect(fake.saveDialogs).toEqual([]);
    expect(fake.errorBoxes[0].content).toContain('Halaman tidak dapat dicetak ke PDF.');
    expect(fake.errorBoxes[0].content).toContain('render process gone');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses untrusted senders, malformed names and pages without a window, printing nothing', async () => {
    expect(await invoke('sentra:print-pdf', eventFrom('https://evil.example/'), 'x.pdf')).toEqual({ saved: false });
    expect(await invoke('sentra:print-pdf', eventFrom(null), 'x.pdf')).toEqual({ saved: false });
    expect(await invoke('sentra:print-pdf', eventFrom(OURS), ['x.pdf'])).toEqual({ saved: false });
    const orphan = { sender: new BrowserWindow({}).webContents, senderFrame: { url: OURS, parent: null } };
    fake.windows.pop();
    expect(await invoke('sentra:print-pdf', orphan, 'x.pdf')).toEqual({ saved: false });
    expect(contents().printOptions).toEqual([]);
    expect(orphan.sender.printOptions).toEqual([]);
    expect(fake.saveDialogs).toEqual([]);
  });
});
