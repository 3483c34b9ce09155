import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportOutcome, ImportPreview } from '../../../shared/api/files';
import { call } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorMessage } from '../common/format';
import { ImportChooseFile } from './ImportChooseFile';
import { ImportDone } from './ImportDone';
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

  async function choose(file: File) {
    setIsBusy(true);
    setError(null);
    setPreview(null);
    setFileName(file.name);
    try {
      const dataBase64 = await readFileBase64(file);
      setPreview(await call('imports:preview', { kind, fileName: file.name, dataBase64 }));
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
        <ImportDone outcome={outcome} kind={kind} />
      ) : (
        <>
          <ImportChooseFile kind={kind} isBusy={isBusy} fileName={fileName} onChoose={(file) => void choose(file)} />
          {preview ? <ImportPreviewView preview={preview} /> : null}
        </>
      )}
    </Dialog>
  );
}
