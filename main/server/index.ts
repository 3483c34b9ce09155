import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLocale, translator } from '../../shared/i18n';
import type { App } from '../core/platform/app';
import { answerCall, type CallDoor } from './api-call';
import { answerDownload } from './download';
import { refuseCall, refuseText, send } from './reply';
import { hostOrigin } from './request-checks';
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

function answerFile(staticDir: string, request: IncomingMessage, response: ServerResponse, path: string, t: (key: string) => string): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuseText(request, response, 405, t('server.getOnly'));
  const nonce = randomBytes(16).toString('base64');
  let file: ReturnType<typeof rendererFile>;
  try {
    file = rendererFile(staticDir, path, nonce);
  } catch (error) {
    // rendererFile decodes the path; a broken %-sequence is the request's fault, not ours.
    if (error instanceof URIError) return refuseText(request, response, 400, t('server.badUrl'));
    throw error;
  }
  if (!file) return refuseText(request, response, 404, t('server.notFound'));
  return send(response, 200, file.type, file.body, { 'content-security-policy': contentSecurityPolicy(nonce) });
}

/**
 * Browser mode: the same handler table over HTTP, on 127.0.0.1 only. Every API call needs the
 * per-launch token; the Host and Origin headers must be ours (no DNS rebinding, no other site).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const door: CallDoor = { app: options.app, token, origins: [] };
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const language = request.headers['accept-language'];
    const locale = isLocale(language) ? language : 'id';
    const t = translator(locale);
    const isCall = (request.url ?? '').startsWith('/api/');
    try {
      // HTTP/1.1 requires Host; without it (or with another) the DNS-rebinding check cannot pass.
      const host = hostOrigin(request.headers.host);
      if (host === null) return refuseText(request, response, 400, t('server.missingHost'));
      if (!door.origins.includes(host)) return refuseText(request, response, 421, t('server.wrongHost'));
      let url: URL;
      try {
        url = new URL(request.url ?? '/', host);
      } catch {
        return refuseText(request, response, 400, t('server.badUrl'));
      }
      const path = url.pathname;
      if (path.startsWith('/api/')) return await answerCall(door, request, response, path, locale, t);
      if (path.startsWith('/download/')) return answerDownload(door, request, response, url, t);
      return answerFile(options.staticDir, request, response, path, t);
    } catch (error) {
      // The details go to the log of the person who started the server, never to the caller.
      console.error('sentra server:', request.method, request.url, error);
      if (response.headersSent) return void response.destroy();
      if (isCall) return refuseCall(request, response, 500, 'INTERNAL', t('server.internal'));
      return refuseText(request, response, 500, t('server.internal'));
    }
  };
  const server = createServer((request, response) => void answer(request, response));
  // A client that asks before sending a large body gets its 413 (or 401) without sending it.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => void answer(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  door.origins = [origin, `http://localhost:${port}`];
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
