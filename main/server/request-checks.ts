/** The token of `Authorization: Bearer <token>`; null for anything else (a bare token, Basic, extra words). */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(header ?? '');
  return match ? match[1] : null;
}

/**
 * Whether a Content-Type is JSON: `application/json`, with at most a UTF-8 charset (JSON is
 * UTF-8 by its RFC). A form or text/plain body, which a foreign page may send without asking, is not.
 */
export function isJsonContentType(header: string | undefined): boolean {
  const [type, ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === '' || /^charset="?utf-8"?$/.test(parameter));
}

/** A URL path with its %-sequences decoded; null where one is broken (`%zz`, `%E0%A4%A`). */
export function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The origin a Host header names (`http://127.0.0.1:5173`); null for a missing or unreadable one. */
export function hostOrigin(host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).origin;
  } catch {
    return null;
  }
}
