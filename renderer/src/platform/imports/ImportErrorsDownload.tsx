import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportError, ImportPreview } from '../../../../shared/api/files';
import { call, deliverFile } from '../api/client';
import { useApp } from '../appContext';
import { errorMessage, formatNumber } from '../common/format';

interface ImportErrorsDownloadProps {
  preview: ImportPreview;
  dataBase64: string;
  errors: ImportError[];
  /** How many problems there are in all, when `errors` holds only the first of them (the preview's). */
  errorCount?: number;
}

/** "Unduh daftar error": the failed rows as they were in the file, with a column saying why, to fix in Excel. */
export function ImportErrorsDownload({ preview, dataBase64, errors, errorCount = errors.length }: ImportErrorsDownloadProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (errors.length === 0) return null;
  async function download() {
    setIsBusy(true);
    setFailure(null);
    try {
      const { sheetName, headerRow, fileName } = preview;
      const file = await call('imports:errorWorkbook', { fileName, dataBase64, sheetName, headerRow, errors });
      await deliverFile(file);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <p className="import-errors-download">
      <button type="button" className="button" disabled={isBusy} onClick={() => void download()} data-testid="import-errors-download">
        {t('importUpdate.screen.downloadErrors')}
      </button>
      {errorCount > errors.length ? (
        <span className="muted" data-testid="import-errors-download-cut">
          {t('importUpdate.screen.downloadErrorsCut', { shown: formatNumber(errors.length, locale), count: formatNumber(errorCount, locale) })}
        </span>
      ) : null}
      {failure ? <span className="form-error" role="alert">{failure}</span> : null}
    </p>
  );
}
