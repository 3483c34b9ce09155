// `npm test`: install what is missing, build the screens the browser tests load, type-check, lint,
// then run every test layer once and end with one plain summary line.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies, run } from './ensure-deps.mjs';

ensureDependencies({ wantElectron: false });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!existsSync('/usr/bin/chromium') && !process.env.SENTRA_CHROMIUM) {
  console.error('Chromium is not installed: the end-to-end tests need /usr/bin/chromium (Debian: apt-get install chromium) or SENTRA_CHROMIUM.');
}
// The whole desktop build (main, sandboxed preload, renderer): it must keep building even where
// the Electron runtime itself cannot run.
let failed = run(npx, ['electron-vite', 'build', '--logLevel', 'warn']);
if (failed === 0) failed = run(npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (failed !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// Lint (eslint.config.mjs) after the type check, so a type error is named as such first.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const lint = run(npm, ['run', '--silent', 'lint']);
if (lint !== 0) {
  console.log(lint === 1
    ? 'Lint failed: eslint found the errors listed above (`npx eslint --fix .` fixes the mechanical ones).'
    : 'Lint failed: eslint could not run (see its message above).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), 'sentra-vitest-')), 'report.json');
const status = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(status);
