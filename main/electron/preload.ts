import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole surface the renderer gets: one typed object, never ipcRenderer itself. Sandboxed
 * preloads must be a single CommonJS file, so this imports nothing but electron.
 */
contextBridge.exposeInMainWorld('sentra', {
  call: (name: string, payload: unknown, locale: string) => ipcRenderer.invoke('sentra:call', name, payload, locale),
  saveFile: (fileName: string, dataBase64: string) => ipcRenderer.invoke('sentra:save-file', fileName, dataBase64),
  printToPdf: (fileName: string) => ipcRenderer.invoke('sentra:print-pdf', fileName),
});
