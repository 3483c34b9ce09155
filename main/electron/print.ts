import { dialog, type BrowserWindow, type WebContents } from 'electron';
import type { Translate } from '../../shared/i18n';
import { saveThroughDialog, type SaveResult } from './save-dialog';
import { writeFileAtomic } from '../core/platform/atomic-file';

/**
 * The print view as an A4 PDF, saved where the user chooses. The page is printed first, while it
 * is the one the user asked for; a failed print says so and writes nothing.
 */
export async function printPageToPdf(window: BrowserWindow, page: WebContents, fileName: string, t: Translate): Promise<SaveResult> {
  let pdf: Uint8Array;
  try {
    pdf = await page.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Sentra Planner', `${t('shell.printFailed')}\n\n${t('shell.cause', { message })}`);
    return { saved: false };
  }
  return saveThroughDialog(window, { fileName, filter: { name: t('shell.pdfFiles'), extensions: ['pdf'] }, write: (path) => writeFileAtomic(path, pdf) }, t);
}
