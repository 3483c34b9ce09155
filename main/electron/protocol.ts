import { randomBytes } from 'node:crypto';
import { protocol } from 'electron';
import { contentSecurityPolicy, rendererFile } from '../server/static';

/** Registered before the app is ready: `app://` behaves like a secure standard origin. */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

/** Serves the built renderer with the same CSP and per-load style nonce as browser mode. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    const nonce = randomBytes(16).toString('base64');
    const file = url.host === 'sentra' ? rendererFile(rendererDir, url.pathname, nonce) : null;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': contentSecurityPolicy(nonce, false) },
    });
  });
}
