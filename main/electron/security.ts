import type { Session, WebContents } from 'electron';

/** The renderer is served from this scheme and host only (a custom protocol, never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sentra';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Is this a page of our own renderer? Compared by protocol and host, never by `origin`: a custom
 * scheme's URL has the origin 'null' under Node (and so in Electron's main process), so an origin
 * comparison refuses every one of our own screens. Malformed URLs, credentials (`app://sentra@x`
 * has host 'x'), ports and look-alike hosts are refused.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** What the sender check reads of an IPC event (Electron's IpcMainInvokeEvent has it). */
export interface IpcSender {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * IPC is answered only for our own top frame (VS Code's validated IPC): a subframe, a frame gone
 * since it sent, or any other page is refused.
 */
export function isTrustedSender(event: IpcSender): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Items of Electron's security checklist that are code paths: our pages never leave app://sentra
 * (links, redirects), never open windows and never attach a <webview>.
 */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The planner needs no camera, microphone, notifications, location or devices: all refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
