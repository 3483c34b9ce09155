import type { CallInput, CallName, CallOutput } from '../../../../shared/api/contract';
import type { MadeFile } from '../../../../shared/api/files';
import type { Locale } from '../../../../shared/i18n';
import { placeOf, type ErrorPlace } from '../../../../shared/errors';
import type { AppErrorShape, Result } from '../../../../shared/result';

/** What the Electron preload exposes on `window.sentra`; absent in browser mode. */
export interface DesktopBridge {
  call(name: string, payload: unknown, locale: Locale): Promise<Result<unknown>>;
  /** Moves a made file (by its outbox id) where the save dialog says. */
  saveFile(fileId: string): Promise<{ saved: boolean; path?: string }>;
  printToPdf(fileName: string): Promise<{ saved: boolean; path?: string }>;
}

declare global {
  interface Window {
    sentra?: DesktopBridge;
  }
}

/**
 * A failed call. `failure` is the contract's refusal: narrowing on `failure.code` types its
 * details. `place` is where a form shows it (the field and line the refusal names), which a
 * screen may move (a purchase line's refusal onto its material box) or clear (shown above).
 */
export class CallError extends Error {
  readonly failure: AppErrorShape;
  readonly place: ErrorPlace;
  constructor(failure: AppErrorShape, place: Partial<ErrorPlace> = {}) {
    super(failure.message);
    this.name = 'CallError';
    this.failure = failure;
    this.place = { ...placeOf(failure), ...place };
  }
  get code(): AppErrorShape['code'] {
    return this.failure.code;
  }
}

let locale: Locale = 'id';
export function setCallLocale(next: Locale): void {
  locale = next;
}

const TOKEN_KEY = 'sentra.token';

/** Browser mode's per-launch token arrives in the URL once; keep it for this tab only. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp(name: string, payload: unknown): Promise<Result<unknown>> {
  const response = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${browserToken()}`, 'accept-language': locale },
    body: JSON.stringify(payload ?? {}),
  });
  return (await response.json()) as Result<unknown>;
}

/** The renderer's one way to the backend; argument and result types come from the contract. */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = window.sentra ? await window.sentra.call(name, input, locale) : await overHttp(name, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value as CallOutput<K>;
}

/**
 * Hands a made file to the user: the desktop shell moves it where its save dialog says; in the
 * browser it is downloaded once from its URL (guarded by the launch token like the API). Its
 * bytes never come through this page.
 */
export async function deliverFile(file: MadeFile): Promise<void> {
  if (window.sentra) {
    await window.sentra.saveFile(file.fileId);
    return;
  }
  const link = document.createElement('a');
  link.href = `/download/${encodeURIComponent(file.fileId)}?token=${encodeURIComponent(browserToken())}`;
  link.download = file.fileName;
  link.click();
}

export function isDesktop(): boolean {
  return window.sentra !== undefined;
}
