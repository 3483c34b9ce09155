import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../shared/api/files';
import { downloadTemplate } from '../common/fileActions';

/** Step 1: the workbook to read. The template link helps whoever has no list in Excel yet. */
export function ImportChooseFile({ kind, isBusy, hasPreview, onChoose }: { kind: ImportKind; isBusy: boolean; hasPreview: boolean; onChoose(file: File): void }) {
  const { t } = useTranslation();
  return (
    <div className={`import-choose${hasPreview ? ' compact' : ''}`}>
      <label className="file-pick">
        <span className="file-pick-label">{hasPreview ? t('ui.import.chooseOther') : t('ui.import.choose')}</span>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={isBusy}
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onChoose(file);
            event.target.value = '';
          }}
        />
      </label>
      {!hasPreview ? (
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
