import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends exactly these bytes and reads until the server closes: for requests fetch() will not
 * make (no Host, a broken %-sequence, HTTP/1.0). The request should ask for `Connection: close`.
 */
export function rawRequest(port: number, text: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const whole = Buffer.concat(chunks).toString('utf8');
      const split = whole.indexOf('\r\n\r\n');
      const headers = whole.slice(0, split);
      let body = whole.slice(split + 4);
      if (/transfer-encoding: chunked/i.test(headers)) body = unchunk(body);
      resolve({ status: Number(/^HTTP\/1\.\d (\d{3})/.exec(headers)?.[1]), headers, body });
    });
  });
}

function unchunk(text: string): string {
  let rest = text;
  let out = '';
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, end), 16);
    if (!size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}

export interface StreamedAnswer {
  status: number;
  body: string;
  /** Bytes the client had written when the answer came. */
  sent: number;
}

/**
 * POSTs `total` bytes in 1 MB chunks (chunked unless a Content-Length is given), stopping as
 * soon as the answer arrives, as a browser does when a server refuses mid-upload.
 */
export function streamingPost(port: number, path: string, headers: Record<string, string>, total: number): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sent }));
      response.on('error', reject);
    });
    // Writing after the server closed fails; that is expected once the answer is in.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    if (headers.expect) request.flushHeaders();
    else pump();
    request.on('continue', pump);
  });
}
