import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The renderer's strict CSP. ag-grid injects its styles at run time, so they carry a per-launch
 * nonce (the grid's `styleNonce`, read from the meta tag) instead of allowing inline styles.
 */
export function contentSecurityPolicy(nonce: string, connectSelf = true): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    connectSelf ? "connect-src 'self'" : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * A file of the built renderer, never outside its folder. Unknown paths get index.html (the app
 * routes by hash, but a reload of a deep link must still land in the app).
 */
export function rendererFile(root: string, urlPath: string, nonce: string): StaticFile | null {
  const relative = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^([/\\])+/, '');
  const candidate = join(root, relative);
  if (!candidate.startsWith(root + sep) && candidate !== root) return null;
  const path = relative && existsSync(candidate) && extname(candidate) ? candidate : join(root, 'index.html');
  if (!existsSync(path)) return null;
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  let body = readFileSync(path);
  if (path.endsWith('index.html')) body = Buffer.from(body.toString('utf8').replaceAll('%CSP_NONCE%', nonce));
  return { body, type };
}
