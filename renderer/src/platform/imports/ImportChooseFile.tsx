import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../shared/api/files';
import { downloadTemplate } from '../common/fileActions';

interface ImportChooseFileProps {
  kind: ImportKind;
  isBusy: boolean;
  fileName: string | null;
  onChoose(file: File): void;
}

/** Step 1: the workbook to read, chosen or dropped. The template helps whoever has no list yet. */
export function ImportChooseFile({ kind, isBusy, fileName, onChoose }: ImportChooseFileProps) {
  const { t } = useTranslation();
  const [isOver, setIsOver] = useState(false);
  const hasFile = fileName !== null;
  return (
    <div className={`import-choose${hasFile ? ' compact' : ''}`}>
      <label
        className={`file-drop${isOver ? ' over' : ''}${hasFile ? ' compact' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setIsOver(false);
          const file = event.dataTransfer.files[0];
          if (file && !isBusy) onChoose(file);
        }}
      >
        <input
          type="file"
          className="visually-hidden"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={isBusy}
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onChoose(file);
            event.target.value = '';
          }}
        />
        <span className="button primary file-drop-button">{hasFile ? t('ui.import.chooseOther') : t('ui.import.choose')}</span>
        <span className="file-drop-text">{hasFile ? fileName : t('ui.import.dropHint')}</span>
      </label>
      {!hasFile ? (
        <div className="import-help">
          <p>{t(`ui.import.help.${kind}`)}</p>
          <p>
            {t('ui.import.templateHint')}{' '}
            <button type="button" className="link-button" onClick={() => void downloadTemplate(kind)} data-testid="import-template">
              {t('ui.toolbar.template')}
            </button>
          </p>
        </div>
      ) : null}
      {isBusy ? <p className="muted" data-testid="import-busy">{t('ui.import.reading')}</p> : null}
    </div>
  );
}
