import { rmSync } from 'node:fs';
import { BrowserWindow, ipcMain } from 'electron';
import { isLocale, translator, type Locale } from '../../shared/i18n';
import type { App } from '../core/platform/app';
import { dispatch } from '../core/dispatch';
import { moveInto, outbox } from '../core/platform/files/outbox';
import { printPageToPdf } from './print';
import { saveThroughDialog, type SaveResult } from './save-dialog';
import { isTrustedSender } from './security';

/** The three channels the preload exposes; nothing else is handled. */
export const CHANNELS = ['sentra:call', 'sentra:save-file', 'sentra:print-pdf'] as const;

/**
 * Wires the three channels. Every one refuses a sender that is not our own top frame, and
 * validates its payload (a call's by the contract, the others' here). The dialogs speak the
 * language the screens last called in.
 */
export function wireIpc(app: App): void {
  let locale: Locale = 'id';
  const refusedSave: SaveResult = { saved: false };

  ipcMain.handle('sentra:call', async (event, name: unknown, payload: unknown, callLocale: unknown) => {
    const language = isLocale(callLocale) ? callLocale : 'id';
    if (!isTrustedSender(event) || typeof name !== 'string') {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: translator(language)('shell.untrustedSender') } };
    }
    locale = language;
    return dispatch(app, name, payload, language);
  });

  // A file the app made, by its outbox id: moved (never copied through here) where the user says.
  ipcMain.handle('sentra:save-file', async (event, fileId: unknown) => {
    if (!isTrustedSender(event) || typeof fileId !== 'string') return refusedSave;
    const file = outbox().take(fileId);
    if (!file) return refusedSave;
    const t = translator(locale);
    const filter = { name: t('shell.excelFiles'), extensions: ['xlsx'] };
    try {
      return await saveThroughDialog(BrowserWindow.fromWebContents(event.sender), { fileName: file.fileName, filter, write: (path) => moveInto(file, path) }, t);
    } finally {
      // Not saved (cancelled, or the write failed): the file is not kept for another try.
      rmSync(file.path, { force: true });
    }
  });

  ipcMain.handle('sentra:print-pdf', async (event, fileName: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string') return refusedSave;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return refusedSave;
    return printPageToPdf(window, event.sender, fileName, translator(locale));
  });
}
