import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { createApp } from '../core/app';
import { dailyBackup } from '../core/db/backup';
import { openDatabase } from '../core/db/connection';
import { lockDatabase } from '../core/db/lock';
import { wireIpc } from './ipc';
import { registerScheme, serveRenderer } from './protocol';
import { APP_ORIGIN, denyPermissions, lockDown } from './security';

// One app instance per database: two would fight over the same SQLite file.
if (!app.requestSingleInstanceLock()) app.quit();

registerScheme();

const here = dirname(fileURLToPath(import.meta.url));

function databasePath(): string {
  const flag = process.argv.indexOf('--db');
  return flag > 0 && process.argv[flag + 1] ? process.argv[flag + 1] : join(app.getPath('userData'), 'sentra.sqlite');
}

async function start(): Promise<void> {
  denyPermissions();
  const dbPath = databasePath();
  const lock = lockDatabase(dbPath);
  // In development the Electron build of better-sqlite3 sits apart from the Node build (see README).
  const db = await openDatabase(dbPath, { nativeBinding: process.env.SENTRA_NATIVE_BINDING || undefined });
  const centre = createApp(db, dbPath, {
    actor: `${userInfo().username} (desktop)`,
    version: app.getVersion(),
    // Bundled beside this file by electron-vite (the sources' worker-entry.mjs needs tsx, not shipped).
    workerEntry: join(here, 'report-worker.js'),
  });
  void dailyBackup(db, dbPath).catch(() => undefined);
  wireIpc(centre);
  serveRenderer(join(here, '../renderer'));
  Menu.setApplicationMenu(null);

  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    title: 'Sentra Planner',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  lockDown(window);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    void centre.jobs.close();
    db.close();
    lock.release();
    app.quit();
  });
}

app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('Sentra Planner', error instanceof Error ? error.message : String(error));
  app.quit();
});
