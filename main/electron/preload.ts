import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole surface the renderer gets: one typed object, never ipcRenderer itself. Sandboxed
 * preloads must be a single CommonJS file, so this imports nothing but electron.
 */
contextBridge.exposeInMainWorld('sentra', {
  call: (name: string, payload: unknown, locale: string) => ipcRenderer.invoke('sentra:call', name, payload, locale),
  saveFile: (fileId: string) => ipcRenderer.invoke('sentra:save-file', fileId),
  printToPdf: (fileName: string) => ipcRenderer.invoke('sentra:print-pdf', fileName),
});
