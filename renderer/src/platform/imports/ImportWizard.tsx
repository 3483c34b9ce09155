import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UPDATABLE_KINDS, type ImportKind, type ImportOutcome, type ImportPreview } from '../../../../shared/api/files';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorMessage } from '../common/format';
import { ImportChooseFile } from './ImportChooseFile';
import { ImportDone } from './ImportDone';
import { ImportErrorsDownload } from './ImportErrorsDownload';
import { ImportUpdateChoice } from './ImportUpdateChoice';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportWizardFooter } from './ImportWizardFooter';
import { readFileBase64 } from './readFileBase64';

interface ImportWizardProps {
  kind: ImportKind;
  onClose(): void;
  /** After rows were saved: the page reloads its table. */
  onImported(): void;
}

/**
 * Impor Excel in three steps: choose the file, look at what was understood (recognised columns,
 * rows with problems first, named by Excel row and column), then save all or only the valid rows.
 */
export function ImportWizard({ kind, onClose, onImported }: ImportWizardProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [isUpdate, setIsUpdate] = useState(false);
  // Kept for a second look in the other mode and for the error workbook.
  const [dataBase64, setDataBase64] = useState<string | null>(null);

  async function read(name: string, data: string, update: boolean) {
    setIsBusy(true);
    setError(null);
    setPreview(null);
    try {
      setPreview(await call('imports:preview', { kind, fileName: name, dataBase64: data, update }));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsBusy(false);
    }
  }

  async function choose(file: File) {
    setIsBusy(true);
    setError(null);
    setPreview(null);
    setFileName(file.name);
    try {
      const data = await readFileBase64(file);
      setDataBase64(data);
      await read(file.name, data, isUpdate);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsBusy(false);
    }
  }

  async function commit(skipInvalid: boolean) {
    if (!preview) return;
    setIsBusy(true);
    setError(null);
    try {
      setOutcome(await call('imports:commit', { importId: preview.importId, skipInvalid }));
      onImported();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Dialog
      title={t(`ui.import.title.${kind}`)}
      onClose={onClose}
      testId="import-wizard"
      size="large"
      footer={
        <ImportWizardFooter
          preview={outcome ? null : preview}
          isDone={outcome !== null}
          isBusy={isBusy}
          onCommit={(skipInvalid) => void commit(skipInvalid)}
          onClose={onClose}
        />
      }
    >
      {error ? (
        <div className="form-error import-error" role="alert" data-testid="import-error">
          <strong>{t('ui.import.failed')}</strong> {error}
        </div>
      ) : null}
      {outcome ? (
        <>
          <ImportDone outcome={outcome} kind={kind} />
          {preview && dataBase64 !== null ? <ImportErrorsDownload preview={preview} dataBase64={dataBase64} errors={outcome.errors} /> : null}
        </>
      ) : (
        <>
          {UPDATABLE_KINDS.includes(kind) ? (
            <ImportUpdateChoice
              isUpdate={isUpdate}
              isBusy={isBusy}
              onChange={(update) => {
                setIsUpdate(update);
                if (fileName !== null && dataBase64 !== null) void read(fileName, dataBase64, update);
              }}
            />
          ) : null}
          <ImportChooseFile kind={kind} isBusy={isBusy} fileName={fileName} onChoose={(file) => void choose(file)} />
          {preview && dataBase64 !== null ? <ImportErrorsDownload preview={preview} dataBase64={dataBase64} errors={preview.errors} errorCount={preview.errorCount} /> : null}
          {preview ? <ImportPreviewView preview={preview} /> : null}
        </>
      )}
    </Dialog>
  );
}
