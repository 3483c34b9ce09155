import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session, type BrowserWindowConstructorOptions } from 'electron';
import { createApp, type App } from '../core/platform/app';
import { runDailyBackup } from '../core/platform/db/backup-state';
import { isNetworkPath, openDatabase, type Db } from '../core/platform/db/connection';
import { lockDatabase } from '../core/platform/db/lock';
import { wireIpc } from './ipc';
import { registerScheme, serveRenderer } from './protocol';
import { APP_ORIGIN, denyPermissions, lockDown } from './security';
import { reportStartupFailure, StartupError } from './startup-error';

/** Beside the bundled main: out/main (worker), out/preload, out/renderer. */
const here = dirname(fileURLToPath(import.meta.url));

/** `--db <file>` or the centre in the OS user-data folder. */
export function databasePath(argv: readonly string[], userData: string): string {
  const flag = argv.indexOf('--db');
  return flag > 0 && argv[flag + 1] ? argv[flag + 1] : join(userData, 'sentra.sqlite');
}

/** The window's settings: Electron's security checklist, and no DevTools in the installed app. */
export function windowOptions(isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    title: 'Sentra Planner',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}

export interface Shell {
  window: BrowserWindow;
  centre: App;
  /**
   * The start-up daily backup; it never rejects (a failed backup must not stop the app): what
   * happened is recorded for system:info, where the screens show a failure.
   */
  backup: Promise<unknown>;
  /** Stops report workers, waits for the backup, closes the database and gives up its lock. */
  close(): Promise<void>;
}

/**
 * Refuses a network share before anything touches it, takes the centre's lock, then opens (and
 * migrates) its database; undoes the lock on failure. Every failure is a StartupError naming the
 * problem, so the dialog can say what to do.
 */
async function openCentre(dbPath: string): Promise<{ db: Db; release(): void }> {
  if (isNetworkPath(dbPath)) {
    throw new StartupError(dbPath, new Error(`The database ${dbPath} is on a network share; SQLite is not safe there.`));
  }
  let lock: { release(): void };
  try {
    // A first start with --db in a new folder: the lock file goes beside the database.
    mkdirSync(dirname(dbPath), { recursive: true });
    lock = lockDatabase(dbPath);
  } catch (error) {
    throw new StartupError(dbPath, error);
  }
  try {
    // In development the Electron build of better-sqlite3 sits apart from the Node build (see README).
    const db = await openDatabase(dbPath, { nativeBinding: process.env.SENTRA_NATIVE_BINDING || undefined });
    return { db, release: () => lock.release() };
  } catch (error) {
    lock.release();
    throw new StartupError(dbPath, error);
  }
}

/** The OS user at the desk, for the audit log; some service accounts have no name to give. */
function deskUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'user';
  }
}

/** Everything after `ready`: the centre, the IPC doors, the app:// protocol and the window. */
export async function openShell(dbPath: string): Promise<Shell> {
  denyPermissions(session.defaultSession);
  const { db, release } = await openCentre(dbPath);
  let centre: App;
  try {
    centre = createApp(db, dbPath, {
      actor: `${deskUser()} (desktop)`,
      version: app.getVersion(),
      // Bundled beside this file by electron-vite (the sources' worker-entry.mjs needs tsx, not shipped).
      workerEntry: join(here, 'report-worker.js'),
    });
  } catch (error) {
    db.close();
    release();
    throw error;
  }
  const backup = runDailyBackup(db, dbPath);
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await centre.jobs.close();
      await backup;
      db.close();
      release();
    })());

  try {
    wireIpc(centre);
    serveRenderer(join(here, '../renderer'));
    Menu.setApplicationMenu(null);
    const window = new BrowserWindow(windowOptions(app.isPackaged));
    lockDown(window.webContents);
    window.once('ready-to-show', () => window.show());
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
    app.on('window-all-closed', () => void close().finally(() => app.quit()));
    await window.loadURL(`${APP_ORIGIN}/index.html`);
    return { window, centre, backup, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The desktop app: one instance per user (a second start focuses the first), then the shell once
 * Electron is ready. Any failure to start is shown in a dialog and ends the app.
 */
export async function startShell(argv: readonly string[] = process.argv): Promise<Shell | null> {
  try {
    if (!app.requestSingleInstanceLock()) {
      app.quit();
      return null;
    }
    registerScheme();
    await app.whenReady();
    return await openShell(databasePath(argv, app.getPath('userData')));
  } catch (error) {
    reportStartupFailure(error);
    return null;
  }
}
