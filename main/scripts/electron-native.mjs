// better-sqlite3 is a native module: Node and Electron need different builds of it. Tests and
// the CLI use node_modules' Node build; for the desktop window a second build for Electron's ABI
// is kept in .cache/, so neither side has to be rebuilt back and forth.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-deps.mjs';

function runIn(cwd, args) {
  return spawnSync(process.execPath, args, { cwd, stdio: 'inherit' }).status ?? 1;
}

export function electronNativeBinding() {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const source = join(root, 'node_modules/better-sqlite3');
  const folder = join(root, '.cache', `electron-${version}`, 'better-sqlite3');
  const binary = join(folder, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binary)) return binary;
  console.error(`Sentra Planner: preparing the database module for Electron ${version}…`);
  cpSync(source, folder, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  // The prebuilt Electron binary where it can be downloaded; otherwise compile against Electron's headers.
  if (runIn(folder, [join(root, 'node_modules/prebuild-install/bin.js'), '--runtime=electron', `--target=${version}`]) !== 0 || !existsSync(binary)) {
    runIn(folder, [join(root, 'node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers']);
  }
  return existsSync(binary) ? binary : null;
}
