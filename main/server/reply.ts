import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/result';

const SAFE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** After refusing a body, how much more of it is read (and thrown away) before the connection is cut. */
const DRAIN_BYTES = 16 * 1024 * 1024;

export function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, ...SAFE_HEADERS, ...extra });
  response.end(body);
}

/**
 * A refusal while the client may still be sending its body. Closing at once would reset the
 * connection with unread data in it, and a client (Windows above all) then loses the answer
 * before reading it: so the whole answer goes out first, the rest of the body is read and
 * thrown away, and the connection closes when the client stops — or after 16 MB more.
 */
function refuseWhileSending(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, ...SAFE_HEADERS, 'content-length': String(Buffer.byteLength(body)), connection: 'close' });
  response.write(body);
  let drained = 0;
  const finish = () => {
    request.off('data', onData).off('end', finish).off('close', finish);
    response.end();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained <= DRAIN_BYTES) return;
    finish();
    request.socket.destroy();
  };
  request.on('data', onData).on('end', finish).on('close', finish);
  request.resume();
}

function refuse(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: string): void {
  if (request.complete) send(response, status, type, body);
  else refuseWhileSending(request, response, status, type, body);
}

/** A refusal of a page or file request: a short plain text. */
export function refuseText(request: IncomingMessage, response: ServerResponse, status: number, message: string): void {
  refuse(request, response, status, 'text/plain; charset=utf-8', message);
}

/** A refusal of an API call, in the contract's Result shape so the screens show its message. */
export function refuseCall(request: IncomingMessage, response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  refuse(request, response, status, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: { code, message } }));
}
