import { writeFileSync } from 'node:fs';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { isLocale } from '../../shared/i18n';
import type { App } from '../core/app';
import { dispatch } from '../core/dispatch';
import { isTrustedSender } from './security';

const refused = { ok: false, error: { code: 'UNAUTHORIZED', message: 'sender' } } as const;

/** Three channels; every payload is validated (the call's by the contract, the others here). */
export function wireIpc(app: App): void {
  ipcMain.handle('sentra:call', async (event, name: unknown, payload: unknown, locale: unknown) => {
    if (!isTrustedSender(event) || typeof name !== 'string') return refused;
    return dispatch(app, name, payload, isLocale(locale) ? locale : 'id');
  });

  ipcMain.handle('sentra:save-file', async (event, fileName: unknown, dataBase64: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string' || typeof dataBase64 !== 'string') return { saved: false };
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: fileName.replace(/[\\/:*?"<>|]/g, '-'), filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    writeFileSync(choice.filePath, Buffer.from(dataBase64, 'base64'));
    return { saved: true, path: choice.filePath };
  });

  ipcMain.handle('sentra:print-pdf', async (event, fileName: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string') return { saved: false };
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return { saved: false };
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    const choice = await dialog.showSaveDialog(window, {
      defaultPath: fileName.replace(/[\\/:*?"<>|]/g, '-'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    writeFileSync(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  });
}
