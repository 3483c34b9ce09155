import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLocale } from '../../shared/i18n';
import type { App } from '../core/app';
import { dispatch } from '../core/dispatch';
import { contentSecurityPolicy, rendererFile } from './static';

export interface ServerOptions {
  app: App;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 100 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  response.end(body);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Browser mode: the same handler table over HTTP, on 127.0.0.1 only. Every API call needs the
 * per-launch token; the Host and Origin headers must be ours (no DNS rebinding, no other site).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', origin);
      const host = request.headers.host ?? '';
      if (new URL(`http://${host}`).origin !== origin && new URL(`http://${host}`).origin !== origin.replace('127.0.0.1', 'localhost')) {
        return send(response, 421, 'text/plain', 'wrong host');
      }
      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
        const requestOrigin = request.headers.origin;
        if (requestOrigin && requestOrigin !== origin && requestOrigin !== origin.replace('127.0.0.1', 'localhost')) {
          return send(response, 403, 'text/plain', 'foreign origin');
        }
        const auth = request.headers.authorization ?? '';
        if (!sameToken(auth.replace(/^Bearer /, ''), token)) {
          return send(response, 401, 'application/json', JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'token' } }));
        }
        const name = decodeURIComponent(url.pathname.slice('/api/'.length));
        const text = await readBody(request);
        let payload: unknown;
        try {
          payload = text ? JSON.parse(text) : {};
        } catch {
          return send(response, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'JSON' } }));
        }
        const language = request.headers['accept-language'];
        const result = await dispatch(options.app, name, payload, isLocale(language) ? language : 'id');
        return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only');
      const nonce = randomBytes(16).toString('base64');
      const file = rendererFile(options.staticDir, url.pathname, nonce);
      if (!file) return send(response, 404, 'text/plain', 'not found');
      return send(response, 200, file.type, file.body, { 'content-security-policy': contentSecurityPolicy(nonce) });
    } catch (error) {
      return send(response, 500, 'text/plain', error instanceof Error ? error.message : 'error');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
