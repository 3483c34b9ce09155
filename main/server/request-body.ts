import type { IncomingMessage, ServerResponse } from 'node:http';

/** Imports send a workbook base64 inside JSON (imports:preview caps it at 80,000,000 characters). */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

/**
 * The request's body as text, or null when it is over the limit: refused up front from its
 * Content-Length without reading a byte (and without the 100 Continue a careful client waits
 * for), else as soon as the stream passes the limit. What arrives after that is not kept.
 */
export function readBody(request: IncomingMessage, response: ServerResponse, limit = MAX_BODY_BYTES): Promise<string | null> {
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return Promise.resolve(null);
  if (request.headers.expect?.toLowerCase() === '100-continue') response.writeContinue();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      chunks.length = 0;
      // Keep the socket flowing (and thrown away) while the refusal goes out.
      request.resume();
      resolve(null);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // A client that goes away mid-body: nobody is left to answer.
    const onClose = () => onError(new Error('the request closed before its body ended'));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
