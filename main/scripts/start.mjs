// `npm start`: install what is missing, build what is stale, then open the desktop window where
// the Electron runtime exists and browser mode (127.0.0.1) where it does not.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies, electronRuntimeAvailable, root, run } from './ensure-deps.mjs';
import { electronNativeBinding } from './electron-native.mjs';

const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser');
ensureDependencies({ wantElectron: !wantBrowser });

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtIsStale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((folder) => newest(join(root, folder)) > built);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const useElectron = !wantBrowser && electronRuntimeAvailable();

if (useElectron) {
  if (builtIsStale(join(root, 'out/main/index.js'), ['main', 'shared', 'renderer'])) {
    if (run(npx, ['electron-vite', 'build']) !== 0) process.exit(1);
  }
  const binding = electronNativeBinding();
  const electron = (await import('electron')).default;
  const child = spawn(electron, [root, ...args], {
    stdio: 'inherit',
    env: { ...process.env, SENTRA_NATIVE_BINDING: binding ?? '' },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (builtIsStale(join(root, 'out/renderer/index.html'), ['renderer', 'shared'])) {
    if (run(npx, ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
  }
  if (!wantBrowser) console.error('The Electron runtime is not installed here: Sentra Planner opens in your browser (browser mode).');
  const child = spawn(process.execPath, [join(root, 'main/cli/bin.mjs'), 'serve', ...args.filter((a) => a !== '--browser')], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
