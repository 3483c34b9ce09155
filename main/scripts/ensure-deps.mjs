// Installs the npm packages when they are missing or older than package-lock.json, so that the
// README's two commands work on a fresh machine. Plain Node: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function stale() {
  const marker = `${root}node_modules/.package-lock.json`;
  if (!existsSync(marker)) return true;
  const lock = `${root}package-lock.json`;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
}

export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/** The Electron runtime is downloaded separately, so that a machine without access still installs. */
export function electronRuntimeAvailable() {
  const pathFile = `${root}node_modules/electron/path.txt`;
  return existsSync(pathFile) && existsSync(`${root}node_modules/electron/dist`);
}

export function ensureDependencies({ wantElectron }) {
  if (stale()) {
    console.error('Sentra Planner: installing packages (the first time takes a few minutes)…');
    const ci = existsSync(`${root}package-lock.json`) ? 'ci' : 'install';
    if (run(npm, [ci, '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) !== 0) {
      console.error('npm could not install the packages; see the messages above.');
      process.exit(1);
    }
  }
  if (wantElectron && !electronRuntimeAvailable() && !process.env.CI && !recentlyFailed()) {
    console.error('Sentra Planner: fetching the Electron runtime…');
    const result = spawnSync(process.execPath, [`${root}node_modules/electron/install.js`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
    });
    if (result.status !== 0 || !electronRuntimeAvailable()) {
      const reason = (result.stderr || result.stdout || '').split('\n').find((l) => l.trim()) ?? 'unknown error';
      console.error(`The Electron runtime could not be fetched (${reason.trim()}); the app opens in your browser instead. Trying again tomorrow.`);
      mkdirSync(`${root}.cache`, { recursive: true });
      writeFileSync(FAILED_MARKER, new Date().toISOString());
    }
  }
}

const FAILED_MARKER = `${root}.cache/electron-fetch-failed`;

/** A machine without access to Electron's download host should not wait for it at every start. */
function recentlyFailed() {
  return existsSync(FAILED_MARKER) && Date.now() - statSync(FAILED_MARKER).mtimeMs < 24 * 3600_000;
}
