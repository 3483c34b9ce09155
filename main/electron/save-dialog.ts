import { dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';
import type { Translate } from '../../shared/i18n';

/** What the renderer gets back from a save or print: where it went, or that nothing was written. */
export type SaveResult = { saved: false } | { saved: true; path: string };

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A file name suggested by the renderer, made safe as the dialog's default: its last path part
 * only (as a browser does with a download's name), no characters Windows refuses, no control characters, no leading dots (hidden files, `..`), no
 * trailing dots or spaces, no device names, at most 150 characters with the extension kept.
 * The user still picks the folder and may change the name.
 */
export function safeFileName(name: string, fallback = 'sentra'): string {
  const cleaned = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]/gu, '-')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(cleaned)?.[0] ?? '';
  const short = cleaned.length > 150 ? cleaned.slice(0, 150 - extension.length) + extension : cleaned;
  if (!short.replace(/[-.\s]/g, '')) return fallback;
  return WINDOWS_DEVICE.test(short) ? `_${short}` : short;
}

export interface SaveRequest {
  /** The name the renderer suggests; sanitised here. */
  fileName: string;
  filter: FileFilter;
  /** Puts the file at the chosen path so that it only ever holds a whole file (a move, or an atomic write). */
  write: (path: string) => void;
}

/**
 * Asks where to save, then writes (or moves) atomically. Cancelled: nothing is written. A failed write (the
 * file open in Excel, a full or read-only disk) leaves the old file as it was, no partial file,
 * and tells the user why in a dialog.
 */
export async function saveThroughDialog(window: BrowserWindow | null, request: SaveRequest, t: Translate): Promise<SaveResult> {
  const options: SaveDialogOptions = { defaultPath: safeFileName(request.fileName), filters: [request.filter] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    request.write(choice.filePath);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Sentra Planner', `${t('shell.saveFailed', { path: choice.filePath })}\n\n${t('shell.cause', { message })}`);
    return { saved: false };
  }
  return { saved: true, path: choice.filePath };
}

