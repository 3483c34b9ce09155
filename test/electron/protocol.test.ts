import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerScheme, rendererResponse, serveRenderer } from '../../main/electron/protocol';
import { fake, resetFake } from './fake-electron';

// main/electron/protocol.ts against a recording fake of the electron module and a temp renderer.
vi.mock('electron', () => import('./fake-electron'));

let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sentra-protocol-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<meta name="csp-nonce" content="%CSP_NONCE%"><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app")');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  // Outside the renderer folder: must never be served.
  writeFileSync(join(base, 'secret.txt'), 'the centre database password');
  mkdirSync(join(base, 'renderer-other'));
  writeFileSync(join(base, 'renderer-other', 'x.js'), 'sibling folder');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(resetFake);

function get(url: string): Response {
  return rendererResponse(rendererDir, url);
}

describe('the app:// protocol', () => {
  it('is registered before ready as a standard, secure scheme without fetch', () => {
    registerScheme();
    expect(fake.schemes).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false } }]]);
  });

  it('serves index.html with a CSP header whose style nonce is the one written into the page, new each load', async () => {
    const first = get('app://sentra/index.html');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await first.text()).toContain(`content="${nonce}"`);
    const second = get('app://sentra/index.html');
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('serves the built assets with their types', async () => {
    const script = get('app://sentra/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app")');
    expect(get('app://sentra/assets/index-abc.css').headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for the app\'s own routes and unknown paths', async () => {
    for (const url of ['app://sentra/', 'app://sentra', 'app://sentra/orders/42', 'app://sentra/index.html?x=1#/print/roadmap', 'app://sentra/assets/missing']) {
      const response = get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<div id="root">');
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      'app://sentra/../secret.txt',
      'app://sentra/%2e%2e/secret.txt',
      'app://sentra/%2e%2e%2fsecret.txt',
      'app://sentra/assets/..%2f..%2fsecret.txt',
      'app://sentra/%2e%2e%5csecret.txt',
      'app://sentra/..%2frenderer-other%2fx.js',
      'app://sentra/%252e%252e/secret.txt',
    ];
    for (const url of attempts) {
      const response = get(url);
      const body = await response.text();
      // Resolved inside the folder (normalised at its root: the app's page) or refused.
      expect(response.status === 200 ? body : 'refused', url).toMatch(/<div id="root">|refused/);
      expect(body, url).not.toContain('password');
      expect(body, url).not.toContain('sibling folder');
    }
  });

  it('answers 404 for other hosts, credentials and malformed URLs, never throwing', () => {
    for (const url of ['app://evil/index.html', 'app://sentra.evil/index.html', 'app://sentra@evil/index.html', 'app://x@sentra/index.html', 'app://sentra/%E0%A4%A', 'app://sentra/%', 'nonsense', 'http://sentra/index.html']) {
      expect(get(url).status, url).toBe(404);
    }
  });

  it('is handled by the renderer folder once serveRenderer runs', async () => {
    serveRenderer(rendererDir);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    const handler = fake.protocolHandlers.get('app');
    const page = await handler?.(new Request('app://sentra/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
    const evil = await handler?.(new Request('app://evil/index.html'));
    expect(evil?.status).toBe(404);
  });
});
