import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../main/server';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { serveTempApp } from './serve-temp-app';

let t: TempApp;
let server: RunningServer;
let base: string;

beforeEach(async () => {
  t = await tempApp();
  ({ server, base } = await serveTempApp(t, '<meta name="csp-nonce" content="%CSP_NONCE%"><div id="root"></div>'));
});
afterEach(async () => {
  await server.close();
  t.close();
});

function post(name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token', ...headers },
    body: JSON.stringify(body),
  });
}

/** fetch() will not send a forged Host header; a DNS-rebinding page's request would carry one. */
function statusWithHost(host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: server.port, path: '/api/members:list', method: 'POST', headers: { host, authorization: 'Bearer secret-token' } },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    request.on('error', reject);
    request.end('{}');
  });
}

describe('browser mode', () => {
  it('answers calls of the contract with the launch token, in the asked language', async () => {
    expect(server.url).toBe(`${base}/?token=secret-token`);
    const saved = await (await post('members:save', { memberNo: 'A-1', name: 'Siti', status: 'aktif' })).json();
    expect(saved).toMatchObject({ ok: true, value: { memberNo: 'A-1' } });
    const bad = await (await post('members:save', { memberNo: 'A-2', name: '', status: 'aktif' }, { 'accept-language': 'en' })).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(bad.error.message).toContain('is required');
  });

  it('refuses calls without the token, from another origin, with a foreign Host, or by GET', async () => {
    expect((await post('members:list', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post('members:list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await fetch(`${base}/api/members:list`)).status).toBe(405);
    expect(await statusWithHost('evil.example')).toBe(421);
    expect(await t.must('members:list', {})).toHaveLength(0);
  });

  it('serves the screens with a strict CSP and a fresh style nonce, and nothing outside them', async () => {
    const page = await fetch(`${base}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    const html = await page.text();
    const nonce = /content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(nonce).not.toBe('%CSP_NONCE%');
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).toContain("script-src 'self'");
    const escape = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(await escape.text()).not.toContain('"name"');
  });
});
