import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { formatNumber } from '../common/format';

/** File, sheet and header row found; rows in total, valid, with problems. */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const invalid = preview.total - preview.valid;
  return (
    <div className="import-facts">
      <dl className="facts">
        <div>
          <dt>{t('ui.import.sheet')}</dt>
          <dd data-testid="import-sheet">{preview.sheetName}</dd>
        </div>
        <div>
          <dt>{t('ui.import.headerRow')}</dt>
          <dd data-testid="import-header-row">{t('ui.import.rowNumber', { row: preview.headerRow })}</dd>
        </div>
      </dl>
      <div className="count-tiles">
        <div className="count-tile">
          <span className="count-value" data-testid="import-total">{formatNumber(preview.total, locale)}</span>
          <span className="count-label">{t('ui.import.total')}</span>
        </div>
        <div className="count-tile good">
          <span className="count-value" data-testid="import-valid">{formatNumber(preview.valid, locale)}</span>
          <span className="count-label">{t('ui.import.valid')}</span>
        </div>
        <div className={`count-tile${invalid > 0 ? ' bad' : ''}`}>
          <span className="count-value" data-testid="import-invalid">{formatNumber(invalid, locale)}</span>
          <span className="count-label">{t('ui.import.invalid')}</span>
        </div>
      </div>
    </div>
  );
}
