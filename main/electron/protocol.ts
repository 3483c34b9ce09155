import { randomBytes } from 'node:crypto';
import { protocol } from 'electron';
import { contentSecurityPolicy, rendererFile } from '../server/static';
import { APP_HOST, APP_SCHEME } from './security';

/** Registered before the app is ready: `app://` behaves like a secure standard origin. */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

/**
 * One request to app://sentra: a file of the built renderer (index.html for unknown paths, the
 * app routes by hash) with the same CSP and per-load style nonce as browser mode. Paths outside the
 * renderer folder, other hosts and malformed URLs get 404, never an exception in the handler.
 */
export function rendererResponse(rendererDir: string, requestUrl: string): Response {
  let file: ReturnType<typeof rendererFile> = null;
  const nonce = randomBytes(16).toString('base64');
  try {
    const url = new URL(requestUrl);
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password) file = rendererFile(rendererDir, url.pathname, nonce);
  } catch (error) {
    // A malformed URL or %-sequence (decodeURIComponent throws URIError): not one of our files.
    if (!(error instanceof TypeError || error instanceof URIError)) throw error;
  }
  if (!file) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy(nonce, false),
      'x-content-type-options': 'nosniff',
    },
  });
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
