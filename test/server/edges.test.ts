import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../main/server';
import { tempApp, type TempApp } from '../helpers/temp-app';
import { serveTempApp } from './serve-temp-app';
import { rawRequest, streamingPost } from './raw-http';

/** Browser mode's edges: the token's form, broken URLs, missing Host, oversized and non-JSON bodies. */

let t: TempApp;
let server: RunningServer;
let base: string;
let host: string;

beforeEach(async () => {
  t = await tempApp();
  ({ server, host, base } = await serveTempApp(t));
});
afterEach(async () => {
  await server.close();
  t.close();
});

function post(name: string, headers: Record<string, string>, body = '{}') {
  return fetch(`${base}/api/${name}`, { method: 'POST', headers, body });
}

const json = { 'content-type': 'application/json' };
const bearer = { authorization: 'Bearer secret-token' };

describe('the token', () => {
  it('is accepted only as Authorization: Bearer <token>', async () => {
    expect((await post('members:list', { ...json, ...bearer })).status).toBe(200);
    for (const authorization of ['secret-token', 'Basic secret-token', 'Bearer  secret-token', 'Bearer secret-token x', 'Bearersecret-token', 'bearer secret-token', 'Bearer ']) {
      const answer = await post('members:list', { ...json, authorization });
      expect(answer.status, authorization).toBe(401);
      expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
  });
});

describe('malformed requests', () => {
  it('answers 400 with a short message for a broken %-sequence, on the API and for files', async () => {
    const api = await rawRequest(server.port, `POST /api/%E0%A4%A HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer secret-token\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Alamat permintaan tidak valid (urutan % yang rusak).' } });
    const file = await rawRequest(server.port, `GET /%zz HTTP/1.1\r\nHost: ${host}\r\nAccept-Language: en\r\nConnection: close\r\n\r\n`);
    expect(file.status).toBe(400);
    expect(file.body).toBe('The request address is not valid (a broken % sequence).');
    expect(file.body).not.toContain('URI malformed');
    expect((await rawRequest(server.port, `GET /assets/%E0%A4%A.js HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).status).toBe(400);
  });

  it('answers 400 to a request without a Host, or with an empty one, in HTTP/1.1 and 1.0', async () => {
    for (const request of [
      'GET / HTTP/1.1\r\nConnection: close\r\n\r\n',
      'GET / HTTP/1.0\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n',
      'POST /api/members:list HTTP/1.0\r\nAuthorization: Bearer secret-token\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
    ]) {
      const answer = await rawRequest(server.port, request);
      expect(answer.status, request).toBe(400);
      expect(answer.body, request).not.toContain('Invalid URL');
    }
  });
});

describe('bodies', () => {
  it('refuses a Content-Length over 100 MB with 413 before reading the body', async () => {
    const answer = await streamingPost(server.port, '/api/members:list', { ...json, ...bearer, 'content-length': String(100 * 1024 * 1024 + 1), expect: '100-continue' }, 0);
    expect(answer.status).toBe(413);
    expect(answer.sent).toBe(0);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('100 MB') } });
  });

  it('refuses a declared oversized body with 413 while the client is sending it', async () => {
    const answer = await streamingPost(server.port, '/api/members:list', { ...json, ...bearer, 'content-length': String(150 * 1024 * 1024) }, 150 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a chunked body with 413 once it passes 100 MB, and answers the next call', async () => {
    const answer = await streamingPost(server.port, '/api/members:list', { ...json, ...bearer }, 400 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(400 * 1024 * 1024);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('100 MB') } });
    expect((await post('members:list', { ...json, ...bearer })).status).toBe(200);
  });

  it('takes a body just under the limit', async () => {
    // A valid JSON document of nearly 100 MB: the call itself then refuses the unknown field's size, not the door.
    const body = `{"pad":"${'x'.repeat(100 * 1024 * 1024 - 20)}"}`;
    const answer = await post('members:list', { ...json, ...bearer }, body);
    expect(answer.status).toBe(200);
  });
});

describe('content type', () => {
  it('needs application/json (a UTF-8 charset allowed) on API calls, else 415', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) {
      expect((await post('members:list', { ...bearer, 'content-type': type })).status, type).toBe(200);
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'application/json; charset=latin1']) {
      const answer = await post('members:list', { ...bearer, 'content-type': type });
      expect(answer.status, type).toBe(415);
      expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const member = JSON.stringify({ memberNo: 'A-1', name: 'Siti', status: 'aktif' });
    const untyped = await rawRequest(server.port, `POST /api/members:save HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer secret-token\r\nContent-Length: ${member.length}\r\nConnection: close\r\n\r\n${member}`);
    expect(untyped.status).toBe(415);
    expect(await t.must('members:list', {})).toHaveLength(0);
  });
});
