import { useTranslation } from 'react-i18next';
import type { ImportPreview, UpdateCounts } from '../../../../shared/api/files';
import { useApp } from '../appContext';
import { formatNumber } from '../common/format';

/** Update mode: how many rows are new, change a record, equal their record, or have an error. */
export function ImportUpdateCounts({ preview, counts }: { preview: ImportPreview; counts: UpdateCounts }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const tiles = [
    { key: 'new', value: counts.newRows, label: t('importUpdate.screen.newRows'), tone: counts.newRows > 0 ? ' good' : '' },
    { key: 'changed', value: counts.changedRows, label: t('importUpdate.screen.changedRows'), tone: counts.changedRows > 0 ? ' good' : '' },
    { key: 'unchanged', value: counts.unchangedRows, label: t('importUpdate.screen.unchangedRows'), tone: '' },
    { key: 'errors', value: preview.invalidRows, label: t('importUpdate.screen.errorRows'), tone: preview.invalidRows > 0 ? ' bad' : '' },
  ];
  return (
    <div className="count-tiles update-counts" data-testid="import-update-counts">
      {tiles.map((tile) => (
        <div key={tile.key} className={`count-tile${tile.tone}`}>
          <span className="count-value" data-testid={`import-update-${tile.key}`}>{formatNumber(tile.value, locale)}</span>
          <span className="count-label">{tile.label}</span>
        </div>
      ))}
    </div>
  );
}
