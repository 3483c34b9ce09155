import { session, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';

/** The renderer is served from this origin only (a custom protocol, never file://). */
export const APP_ORIGIN = 'app://sentra';

/** IPC is answered only for our own top frame at our own origin (VS Code's validated IPC). */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Items of Electron's security checklist that are settings rather than code paths. */
export function lockDown(window: BrowserWindow): void {
  const contents: WebContents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
