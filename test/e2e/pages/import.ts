import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// The import wizard (toolbar Impor): choose a file, see the preview, save.

/** The import wizard: file, header row, preview, problems, save, update counts. */
export function importWizard(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    changeRow: part('import-change-row'),
    close: part('import-close'),
    columns: part('import-columns'),
    error: part('import-error'),
    errorsDownload: part('import-errors-download'),
    file: part('import-file'),
    headerRow: part('import-header-row'),
    ignored: part('import-ignored'),
    preview: part('import-preview'),
    problemRow: part('import-problem-row'),
    saveAll: part('import-save-all'),
    saved: part('import-saved'),
    saveValid: part('import-save-valid'),
    total: part('import-total'),
    updateChanged: part('import-update-changed'),
    updateCounts: part('import-update-counts'),
    updateErrors: part('import-update-errors'),
    updateMode: part('import-update-mode'),
    updateNew: part('import-update-new'),
    updateUnchanged: part('import-update-unchanged'),
    valid: part('import-valid'),
    wizard: part('import-wizard'),
  };
}
