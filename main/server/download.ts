import { createReadStream, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Translate } from '../../shared/i18n';
import { outbox } from '../core/platform/files/outbox';
import { sameToken, type CallDoor } from './api-call';
import { refuseText } from './reply';

/** `attachment` with the file's name: a plain ASCII fallback, and the exact name per RFC 5987 / 6266. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/**
 * Browser mode's way out for a file the app made: `GET /download/<fileId>?token=<token>` (an
 * `<a download>` cannot send a header, so the launch token rides in the query), from our own
 * origin, like an API call. The file is streamed once and removed; a second GET finds nothing.
 */
export function answerDownload(door: CallDoor, request: IncomingMessage, response: ServerResponse, url: URL, t: Translate): void {
  if (request.method !== 'GET') return refuseText(request, response, 405, t('outbox.getOnly'));
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && !door.origins.includes(requestOrigin)) return refuseText(request, response, 403, t('server.foreignOrigin'));
  const token = url.searchParams.get('token');
  if (token === null || !sameToken(token, door.token)) return refuseText(request, response, 401, t('server.unauthorized'));
  const file = outbox().take(url.pathname.slice('/download/'.length));
  if (!file) return refuseText(request, response, 404, t('outbox.gone'));
  const stream = createReadStream(file.path);
  // Removed however the download ends: complete, cut off by the browser, or failed to read.
  const remove = () => rmSync(file.path, { force: true });
  stream.on('close', remove);
  stream.on('error', () => response.destroy());
  response.writeHead(200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-length': String(file.bytes),
    'content-disposition': attachment(file.fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  stream.pipe(response);
  response.on('close', () => stream.destroy());
}
