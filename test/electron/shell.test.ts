import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const runtime = existsSync(join(root, 'node_modules/electron/dist'));
const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY);
const built = existsSync(join(root, 'out/main/index.js'));
const reason = !runtime
  ? 'the Electron runtime is not installed (its download host is unreachable here)'
  : !display
    ? 'no display (run under Xvfb)'
    : 'the desktop build is missing (npx electron-vite build)';
if (!(runtime && display && built)) console.log(`Electron shell test not run: ${reason}.`);

describe.skipIf(!(runtime && display && built))('the desktop shell', () => {
  it('opens a sandboxed window that reaches the backend only through window.sentra', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentra-electron-'));
    const app = await electron.launch({ args: [root, '--db', join(dir, 'centre.sqlite')], env: { ...process.env, SENTRA_NATIVE_BINDING: '' } });
    try {
      const window = await app.firstWindow();
      expect(await window.title()).toContain('Sentra');
      const surface = await window.evaluate(() => ({
        bridge: typeof (window as unknown as { sentra?: object }).sentra,
        node: typeof (globalThis as { require?: unknown }).require,
        origin: location.origin,
      }));
      expect(surface).toEqual({ bridge: 'object', node: 'undefined', origin: 'app://sentra' });
      const info = await window.evaluate(() =>
        (window as unknown as { sentra: { call(n: string, p: unknown, l: string): Promise<unknown> } }).sentra.call('system:info', {}, 'id'),
      );
      expect(info).toMatchObject({ ok: true, value: { isEmpty: true } });
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
