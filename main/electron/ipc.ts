import { BrowserWindow, ipcMain } from 'electron';
import { isLocale, translator, type Locale } from '../../shared/i18n';
import type { App } from '../core/platform/app';
import { dispatch } from '../core/dispatch';
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

  ipcMain.handle('sentra:save-file', async (event, fileName: unknown, dataBase64: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string' || typeof dataBase64 !== 'string') return refusedSave;
    const t = translator(locale);
    const filter = { name: t('shell.excelFiles'), extensions: ['xlsx'] };
    return saveThroughDialog(BrowserWindow.fromWebContents(event.sender), { fileName, filter, data: () => Buffer.from(dataBase64, 'base64') }, t);
  });

  ipcMain.handle('sentra:print-pdf', async (event, fileName: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string') return refusedSave;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return refusedSave;
    return printPageToPdf(window, event.sender, fileName, translator(locale));
  });
}
