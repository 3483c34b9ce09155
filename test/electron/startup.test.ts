import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databasePath, startShell, windowOptions, type Shell } from '../../main/electron/shell';
import { app as fakeApp, eventFrom, fake, invoke, navigationAllowed } from './fake-electron';
import { freshShellFolder } from './shell-folder';

// main/electron/shell.ts, the desktop start-up, against a recording fake of the electron module
// and real SQLite files in a temp folder.
vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let dbPath: string;
let shell: Shell | null = null;

beforeEach(() => ({ dir, dbPath } = freshShellFolder('sentra-shell-')));

afterEach(async () => {
  await shell?.close();
  shell = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('the desktop start-up', () => {
  it('opens the centre and one locked-down window on app://sentra, with every door wired', async () => {
    shell = await startShell(['electron', '.', '--db', dbPath]);
    expect(shell).not.toBeNull();
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.schemes).toHaveLength(1);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(['sentra:call', 'sentra:print-pdf', 'sentra:save-file']);
    expect(fake.menus).toEqual([null]);
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window.loaded).toEqual(['app://sentra/index.html']);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: true });
    expect(String(window.options.webPreferences?.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(existsSync(`${dbPath}.lock`)).toBe(true);

    // The screens reach the centre's database; other pages do not.
    expect(await invoke('sentra:call', eventFrom('app://sentra/index.html'), 'system:info', {}, 'id')).toMatchObject({ ok: true, value: { dbPath, isEmpty: true, appVersion: '0.1.0-test' } });
    expect(await invoke('sentra:call', eventFrom('https://evil.example/'), 'system:info', {}, 'id')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    // The window is the locked-down one: no way out of app://sentra, no new windows.
    expect(navigationAllowed(window.webContents, 'will-navigate', 'https://evil.example/')).toBe(false);
    expect(navigationAllowed(window.webContents, 'will-redirect', 'app://sentra.evil/')).toBe(false);
    expect(navigationAllowed(window.webContents, 'will-navigate', 'app://sentra/index.html#/orders')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    let granted: boolean | null = null;
    fake.permissionRequest?.(window.webContents, 'media', (answer) => (granted = answer), {});
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.(window.webContents, 'notifications', 'app://sentra', {})).toBe(false);

    window.emit('ready-to-show');
    expect(window.isShown).toBe(true);
    fakeApp.emit('second-instance');
    expect(window.focusCount).toBe(1);
  });

  it('closes the database, gives up its lock and quits when the window closes', async () => {
    shell = await startShell(['electron', '.', '--db', dbPath]);
    const centre = shell?.centre;
    fakeApp.emit('window-all-closed');
    await shell?.close();
    expect(centre?.db.open).toBe(false);
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
    expect(fake.quits).toBe(1);
  });

  it('disables DevTools in the installed (packaged) app', async () => {
    fake.isPackaged = true;
    shell = await startShell(['electron', '.', '--db', dbPath]);
    expect(fake.windows[0].options.webPreferences?.devTools).toBe(false);
    expect(windowOptions(true).webPreferences?.devTools).toBe(false);
    expect(windowOptions(false).webPreferences?.devTools).toBe(true);
  });

  it('hands over to the running instance when it is already open', async () => {
    fake.hasSingleInstanceLock = false;
    shell = await startShell(['electron', '.', '--db', dbPath]);
    expect(shell).toBeNull();
    expect(fake.quits).toBe(1);
    expect(fake.windows).toEqual([]);
    expect(existsSync(dbPath)).toBe(false);
  });

  it('uses --db, or the centre in the user-data folder', () => {
    expect(databasePath(['electron', '.', '--db', '/data/a.sqlite'], '/home/u/.config/Sentra')).toBe('/data/a.sqlite');
    expect(databasePath(['electron', '.'], '/home/u/.config/Sentra')).toBe(join('/home/u/.config/Sentra', 'sentra.sqlite'));
    expect(databasePath(['electron', '.', '--db'], '/u')).toBe(join('/u', 'sentra.sqlite'));
  });
});

describe('a failed start', () => {
  it('says in Indonesian and English that another process holds the centre, and quits', async () => {
    // The lock of another running process (our parent stands in for a second app).
    writeFileSync(`${dbPath}.lock`, String(process.ppid));
    shell = await startShell(['electron', '.', '--db', dbPath]);
    expect(shell).toBeNull();
    expect(fake.windows).toEqual([]);
    expect(fake.quits).toBe(1);
    expect(fake.errorBoxes).toHaveLength(1);
    const { title, content } = fake.errorBoxes[0];
    expect(title).toBe('Sentra Planner');
    expect(content).toContain('Sentra Planner tidak dapat dibuka.');
    expect(content).toContain(`Basis data ${dbPath} sedang dipakai proses lain`);
    expect(content).toContain('Sentra Planner cannot open.');
    expect(content).toContain(`The database ${dbPath} is in use by another process`);
    expect(content.indexOf('tidak dapat dibuka')).toBeLessThan(content.indexOf('cannot open'));
    // The other process's lock is left alone, and nothing was created.
    expect(readFileSync(`${dbPath}.lock`, 'utf8')).toBe(String(process.ppid));
    expect(existsSync(dbPath)).toBe(false);
  });

  it('says the file is not a centre, with the cause, gives up the lock and quits', async () => {
    writeFileSync(dbPath, 'Ini bukan basis data SQLite, hanya teks biasa. '.repeat(100));
    shell = await startShell(['electron', '.', '--db', dbPath]);
    expect(shell).toBeNull();
    expect(fake.windows).toEqual([]);
    expect(fake.quits).toBe(1);
    const content = fake.errorBoxes[0]?.content ?? '';
    expect(content).toContain(`Berkas ${dbPath} bukan basis data Sentra Planner.`);
    expect(content).toContain(`The file ${dbPath} is not a Sentra Planner database.`);
    // The cause as openDatabase words it (English: core messages are not translated).
    expect(content).toMatch(/Rincian: .*(database|SQLite)/i);
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
  });

  it('closes the centre again when the window cannot load, and says why', async () => {
    fake.loadFailure = new Error('ERR_FILE_NOT_FOUND (-6) loading app://sentra/index.html');
    shell = await startShell(['electron', '.', '--db', dbPath]);
    expect(shell).toBeNull();
    expect(fake.quits).toBe(1);
    expect(fake.errorBoxes[0]?.content).toContain('ERR_FILE_NOT_FOUND');
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
  });
});
