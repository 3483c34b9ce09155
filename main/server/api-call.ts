import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale, Translate } from '../../shared/i18n';
import type { App } from '../core/platform/app';
import { dispatch } from '../core/dispatch';
import { refuseCall, send } from './reply';
import { MAX_BODY_BYTES, readBody } from './request-body';
import { bearerToken, decodedPath, isJsonContentType } from './request-checks';

export interface CallDoor {
  app: App;
  token: string;
  /** The origins our own screens have (127.0.0.1 and localhost on this port). */
  origins: readonly string[];
}

/** The launch token, compared in constant time. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * One API call over HTTP: `POST /api/<name>` from our own origin with `Authorization: Bearer
 * <token>` and a JSON body of at most 100 MB, then the same dispatch as IPC and the CLI.
 * Every refusal answers in the contract's Result shape.
 */
export async function answerCall(door: CallDoor, request: IncomingMessage, response: ServerResponse, path: string, locale: Locale, t: Translate): Promise<void> {
  if (request.method !== 'POST') return refuseCall(request, response, 405, 'INVALID_INPUT', t('server.postOnly'));
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && !door.origins.includes(requestOrigin)) {
    return refuseCall(request, response, 403, 'UNAUTHORIZED', t('server.foreignOrigin'));
  }
  const name = decodedPath(path.slice('/api/'.length));
  if (name === null) return refuseCall(request, response, 400, 'INVALID_INPUT', t('server.badUrl'));
  const token = bearerToken(request.headers.authorization);
  if (token === null || !sameToken(token, door.token)) return refuseCall(request, response, 401, 'UNAUTHORIZED', t('server.unauthorized'));
  if (!isJsonContentType(request.headers['content-type'])) {
    return refuseCall(request, response, 415, 'INVALID_INPUT', t('server.unsupportedType'));
  }
  const text = await readBody(request, response);
  if (text === null) {
    return refuseCall(request, response, 413, 'INVALID_INPUT', t('server.tooLarge', { limit: MAX_BODY_BYTES / 1024 / 1024 }));
  }
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : {};
  } catch {
    return refuseCall(request, response, 400, 'INVALID_INPUT', t('server.badJson'));
  }
  const result = await dispatch(door.app, name, payload, locale);
  return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
}
